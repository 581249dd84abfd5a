package org.diac.cli.chain;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.Submitted;
import org.diac.chain.client.VersionRecord;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The operators' own membership transactions: join, leave, and blacklisting a certificate. */
public final class MembershipCommands {

    private MembershipCommands() {
    }

    static void print(PrintWriter out, String what, Submitted<VersionRecord> v) {
        out.printf("%s: %s version %d (tx %s, block %d)%n", what, v.value().name(), v.value().version(), v.txId(),
                v.block());
        out.flush();
    }

    /** {@code diac join NAME OPERATOR --stake N}. */
    @Command(name = "join", mixinStandardHelpOptions = true, description = {
            "The signer joins document NAME as operator OPERATOR: a new version whose identity module gains an "
                    + "operator bound to the signer's MSP ID and certificate subject. The chaincode checks the "
                    + "Staking policy (stake threshold, max operators), the other policies and the blacklists.",
            "Exit: 0 joined, 1 refused (the chaincode's reason), 2 wrong usage, 3 network not reachable, "
                    + "4 transaction failed."})
    public static class Join implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LedgerOptions ledger;

        @Parameters(index = "0", paramLabel = "NAME", description = "the document on chain")
        String name;

        @Parameters(index = "1", paramLabel = "OPERATOR", description = "the operator's template name")
        String operator;

        @Option(names = "--stake", required = true, description = "the stake the operator puts up")
        long stake;

        @Option(names = "--property", paramLabel = "KEY=VALUE", description = "another operator property "
                + "(continent, cloud_provider, ...); repeatable")
        Map<String, String> properties = new LinkedHashMap<>();

        @Override
        public Integer call() {
            Map<String, Object> request = new LinkedHashMap<>(properties);
            request.put("stake", stake);
            String yaml = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build())
                    .dumpToString(request);
            return ledger.run("join", spec.commandLine().getErr(), l -> {
                print(spec.commandLine().getOut(), l.identity().name() + " joined as " + operator,
                        l.join(name, operator, yaml));
                return LedgerOptions.OK;
            });
        }
    }

    /** {@code diac leave NAME OPERATOR}. */
    @Command(name = "leave", mixinStandardHelpOptions = true, description = {
            "Operator OPERATOR, the signer, leaves document NAME: a new version without its template and without "
                    + "its name in policy targets and group members.",
            "Exit: 0 left, 1 refused, 3 network not reachable, 4 transaction failed."})
    public static class Leave implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LedgerOptions ledger;

        @Parameters(index = "0", paramLabel = "NAME", description = "the document on chain")
        String name;

        @Parameters(index = "1", paramLabel = "OPERATOR", description = "the signer's operator template")
        String operator;

        @Override
        public Integer call() {
            return ledger.run("leave", spec.commandLine().getErr(), l -> {
                print(spec.commandLine().getOut(), operator + " left", l.leave(name, operator));
                return LedgerOptions.OK;
            });
        }
    }

    /** {@code diac blacklist NAME (FINGERPRINT | --cert FILE)}. */
    @Command(name = "blacklist", mixinStandardHelpOptions = true, description = {
            "Adds a certificate's SHA-256 fingerprint to document NAME's blacklist (a new version of the security "
                    + "module), if the adopted Permissions rule lets the signer change that module directly. A "
                    + "blacklisted certificate can submit nothing to the document afterwards.",
            "Exit: 0 blacklisted, 1 refused, 2 wrong usage or unreadable certificate, 3 network not reachable, "
                    + "4 transaction failed."})
    public static class Blacklist implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        LedgerOptions ledger;

        @Parameters(index = "0", paramLabel = "NAME", description = "the document on chain")
        String name;

        static final class Which {
            @Parameters(index = "1", paramLabel = "FINGERPRINT", description = "SHA-256 of the certificate (hex, "
                    + "colons optional)")
            String fingerprint;

            @Option(names = "--cert", paramLabel = "FILE", description = "the certificate (PEM) to blacklist")
            Path cert;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            String fingerprint;
            try {
                fingerprint = which.cert != null ? fingerprintOf(which.cert) : which.fingerprint;
            } catch (IOException | CertificateException e) {
                err.println("diac blacklist: cannot read the certificate " + which.cert + ": " + e.getMessage());
                return LedgerOptions.USAGE;
            }
            return ledger.run("blacklist", err, l -> {
                print(spec.commandLine().getOut(), "blacklisted " + fingerprint, l.blacklist(name, fingerprint));
                return LedgerOptions.OK;
            });
        }

        /** The SHA-256 of the certificate's DER encoding, as the chaincode writes it (colon-separated hex). */
        static String fingerprintOf(Path pem) throws IOException, CertificateException {
            try (var in = Files.newInputStream(pem)) {
                X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(in);
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
                return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
