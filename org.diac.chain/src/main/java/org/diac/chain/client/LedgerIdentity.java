package org.diac.chain.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.diac.chain.network.ConnectionProfile;

/**
 * Who signs: an MSP ID, a PEM certificate and a PEM private key. Found by name, in this order: an identity of the
 * connection profile ({@code User1@org1}, {@code Admin@org2}, ...), then a named operator's folder beside the
 * profile, {@code identities/<name>/} with {@code cert.pem}, {@code key.pem} and {@code msp-id} (what
 * {@code ./diac network up} issues for the examples' operators). Without a name: the profile's {@code User1@org1}.
 */
public record LedgerIdentity(String name, String mspId, Path certificate, Path privateKey) {

    /** The identity used when none is named. */
    public static final String DEFAULT = "User1@org1";
    /** The folder, beside the connection profile, that holds named operators' identities. */
    public static final String FOLDER = "identities";

    public static LedgerIdentity resolve(ConnectionProfile profile, Path profileFile, String name) {
        String wanted = name == null || name.isBlank() ? DEFAULT : name.trim();
        for (ConnectionProfile.Identity i : profile.identities()) {
            if (i.name().equalsIgnoreCase(wanted)) {
                return new LedgerIdentity(i.name(), i.mspId(), Path.of(i.certificate()), Path.of(i.privateKey()));
            }
        }
        Path folder = identitiesFolder(profileFile);
        if (folder != null && !wanted.contains("/") && !wanted.contains("\\") && !wanted.startsWith(".")) {
            Path dir = folder.resolve(wanted);
            if (Files.isDirectory(dir)) {
                return fromFolder(wanted, dir);
            }
        }
        throw new ChainException(ChainException.Reason.SETUP, "no identity '" + wanted + "': known are "
                + String.join(", ", known(profile, folder)) + " (the profile's identities and the folders in "
                + (folder == null ? FOLDER + "/" : folder) + ")");
    }

    static LedgerIdentity fromFolder(String name, Path dir) {
        Path msp = dir.resolve("msp-id");
        try {
            String mspId = Files.readString(msp, StandardCharsets.UTF_8).trim();
            if (mspId.isEmpty()) {
                throw new ChainException(ChainException.Reason.SETUP, msp + " is empty: it holds the MSP ID");
            }
            return new LedgerIdentity(name, mspId, dir.resolve("cert.pem"), dir.resolve("key.pem"));
        } catch (IOException e) {
            throw new ChainException(ChainException.Reason.SETUP, null, "cannot read the MSP ID of identity '" + name
                    + "' (" + msp + "): " + e.getMessage(), e);
        }
    }

    private static Path identitiesFolder(Path profileFile) {
        Path parent = profileFile == null ? null : profileFile.toAbsolutePath().getParent();
        return parent == null ? null : parent.resolve(FOLDER);
    }

    private static List<String> known(ConnectionProfile profile, Path folder) {
        List<String> names = new ArrayList<>();
        profile.identities().forEach(i -> names.add(i.name()));
        if (folder != null && Files.isDirectory(folder)) {
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(names::add);
            } catch (IOException e) {
                // the list is only a hint
            }
        }
        return names;
    }
}
