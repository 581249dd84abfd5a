package org.diac.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.network.ConnectionProfile;
import org.diac.chain.network.DiacPaths;
import org.diac.cli.chain.ValidatedDocument;

/**
 * Goals that talk to a Fabric network: which network (the connection profile of {@code diac network up} in the
 * DiaC state folder, or {@code profile}), who signs, and each document's name on chain.
 */
public abstract class ChainMojo extends DiacMojo {

    /** The DiaC state folder ({@code DIAC_HOME}); default: {@code -Ddiac.home}, {@code $DIAC_HOME}, {@code <repo>/.diac}. */
    @Parameter(property = "diac.home")
    File home;

    /** The connection profile; default: the local network's, in the state folder. */
    @Parameter(property = "diac.profile")
    File profile;

    /** Who signs (an identity of the profile or an operator issued by {@code diac network up}). */
    @Parameter(property = "diac.identity")
    String identity;

    /** The document's name on chain (one document only); default: its {@code metadata.template_name}. */
    @Parameter(property = "diac.name")
    String name;

    DiacPaths paths() {
        return DiacPaths.resolve(home == null ? null : home.toPath());
    }

    Path profileFile() {
        return profile != null ? profile.toPath() : paths().networkDir().resolve(ConnectionProfile.FILE_NAME);
    }

    /** A client signing as {@code who} (null: {@code identity}, else the profile's default). */
    DiacLedger connect(String who) throws MojoFailureException {
        Path file = profileFile();
        if (!Files.isRegularFile(file)) {
            throw new MojoFailureException("diac: no connection profile at " + file + ": start the network (./diac "
                    + "network up, with the same DIAC_HOME) or configure <profile>");
        }
        return DiacLedger.builder().profile(file).identity(who != null ? who : identity).connect();
    }

    /** The name {@code file} has on chain. */
    String nameOf(Path file, List<Path> all) throws MojoFailureException {
        if (name != null) {
            if (all.size() > 1) {
                throw new MojoFailureException("diac: <name> " + name + " names one document, but " + all.size()
                        + " are configured");
            }
            return name;
        }
        try {
            String onChain = new ValidatedDocument(file, Files.readString(file, StandardCharsets.UTF_8), List.of())
                    .templateName();
            if (onChain == null) {
                throw new MojoFailureException("diac: " + file + " has no metadata.template_name: configure <name>");
            }
            return onChain;
        } catch (IOException e) {
            throw new MojoFailureException("diac: cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A refusal or a failed transaction, with the chaincode's reason, as a build failure. */
    static MojoFailureException failure(String goal, String document, ChainException e) {
        return new MojoFailureException("diac:" + goal + " " + document + ": " + e.reason() + ": " + e.getMessage(), e);
    }
}
