package org.diac.maven;

import com.google.gson.GsonBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.EpochRecord;
import org.diac.chain.client.EpochTurn;
import org.diac.chain.client.Submitted;
import org.diac.cli.epoch.VrfKeyFile;
import org.diac.cli.mapper.AllocationTable;
import org.diac.cli.mapper.Documents;
import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.vrf.Ecvrf;
import org.diac.mapper.vrf.VrfSecretKey;

/**
 * {@code diac:map}: the next epoch on chain, as {@code diac epoch register} and {@code diac epoch propose} do it: each
 * operator of {@code operators} registers a VRF key (made once into {@code keys/OPERATOR.key}) unless it has one,
 * then the operator in turn proves the epoch's alpha and stores the epoch; every peer verifies the proof and
 * recomputes the allocation. With {@code seed}, the document is mapped on this machine instead (no chain), as
 * {@code diac map FILE --seed HEX} does. Writes {@code NAME.allocation.json} and logs a table per shard and operator.
 */
@Mojo(name = "map", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class MapMojo extends ChainMojo {

    /** A 32-byte seed in hex: map on this machine, without the chain. */
    @Parameter(property = "diac.seed")
    String seed;

    /** The epoch number of an offline mapping. */
    @Parameter(property = "diac.epoch", defaultValue = "1")
    long epoch;

    /** The operators who take turns proposing epochs (each an identity of the network); default: the document's. */
    @Parameter
    List<String> operators;

    /** Where the operators' VRF secret keys are kept; default: {@code DIAC_HOME/vrf/NAME}. */
    @Parameter(property = "diac.keys")
    File keys;

    @Override
    protected void run(List<Path> files) throws MojoExecutionException, MojoFailureException {
        for (Path file : files) {
            String onChain = nameOf(file, files);
            Allocation allocation;
            if (seed != null) {
                Documents.Mapped mapped = OfflineMapping.map("map", file, seed, epoch);
                allocation = mapped.allocation();
                getLog().info("diac: " + file.getFileName() + " mapped on this machine:\n"
                        + AllocationTable.of(allocation, mapped.input().request()));
            } else {
                allocation = proposeEpoch(onChain);
            }
            getLog().info("diac: " + onChain + " epoch " + allocation.epoch() + " by shard and operator:\n"
                    + ShardTable.of(allocation));
            write(output(onChain + ".allocation.json"), new GsonBuilder().disableHtmlEscaping().setPrettyPrinting()
                    .create().toJson(allocation) + "\n");
        }
    }

    private Allocation proposeEpoch(String onChain) throws MojoFailureException {
        Path keyDir = keys != null ? keys.toPath() : paths().home().resolve("vrf").resolve(onChain);
        try (DiacLedger any = connect(null)) {
            List<String> turns = operators != null && !operators.isEmpty() ? operators : EpochState.operators(any, onChain);
            EpochTurn turn = any.nextEpoch(onChain);
            Set<String> registered = Arrays.stream(turn.candidates().split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).collect(Collectors.toSet());
            for (String operator : turns) {
                if (!registered.contains(operator)) {
                    register(onChain, operator, key(keyDir, operator, true));
                }
            }
            turn = any.nextEpoch(onChain);
            if (turn.proposer().isEmpty()) {
                throw new MojoFailureException("diac:map " + onChain + ": no operator has a VRF key eligible for epoch "
                        + turn.epoch());
            }
            VrfSecretKey key = key(keyDir, turn.proposer(), false);
            try (DiacLedger proposer = connect(turn.proposer())) {
                String proof = HexFormat.of().formatHex(Ecvrf.prove(key, HexFormat.of().parseHex(turn.alpha())).toBytes());
                Submitted<EpochRecord> r = proposer.proposeEpoch(onChain, turn.epoch(), turn.alpha(), proof);
                getLog().info(String.format("diac: epoch %d of %s stored (tx %s, block %d): proposer %s, seed %s, "
                        + "allocation %s of version %d", r.value().epoch(), onChain, r.txId(), r.block(),
                        r.value().proposer(), r.value().seed(), r.value().allocationDigest(), r.value().documentVersion()));
                if (!r.value().violations().isEmpty()) {
                    getLog().warn("diac: decentralization re-check: " + r.value().violations());
                }
                return new com.google.gson.Gson().fromJson(r.value().allocation(), Allocation.class);
            }
        } catch (ChainException e) {
            throw failure("map", onChain, e);
        }
    }

    private void register(String onChain, String operator, VrfSecretKey key) throws MojoFailureException {
        try (DiacLedger l = connect(operator)) {
            var k = l.registerVrfKey(onChain, operator, HexFormat.of().formatHex(key.publicKey().toBytes()));
            getLog().info("diac: " + operator + " registered VRF key " + k.value().publicKey() + " (tx " + k.txId() + ")");
        } catch (ChainException e) {
            if (e.reason() != ChainException.Reason.REFUSED) {
                throw failure("map", onChain, e);
            }
            // registered in the last epoch: eligible from the one after next, so not among this turn's candidates
            getLog().info("diac: " + operator + ": " + e.getMessage());
        }
    }

    /** The operator's key from {@code dir}; with {@code create}, made and written (owner-only) when missing. */
    private static VrfSecretKey key(Path dir, String operator, boolean create) throws MojoFailureException {
        Path file = dir.resolve(operator + ".key");
        try {
            if (Files.isRegularFile(file)) {
                Optional<VrfSecretKey> key = VrfKeyFile.read(file);
                return key.orElseThrow(() -> new MojoFailureException("diac:map: " + file
                        + " does not hold a P-256 secret key (64 hex digits)"));
            }
            if (!create) {
                throw new MojoFailureException("diac:map: it is " + operator + "'s turn, and " + file + " does not exist");
            }
            Files.createDirectories(dir);
            VrfSecretKey key = VrfSecretKey.generate(new SecureRandom());
            Files.writeString(file, HexFormat.of().formatHex(key.toBytes()) + "\n");
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            return key;
        } catch (IOException e) {
            throw new MojoFailureException("diac:map: cannot read or write " + file + ": " + e.getMessage(), e);
        }
    }
}
