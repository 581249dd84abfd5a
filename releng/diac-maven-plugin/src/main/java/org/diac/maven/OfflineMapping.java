package org.diac.maven;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.diac.cli.mapper.Documents;

/**
 * A document mapped on this machine with a given seed, as {@code diac map FILE --seed HEX} does (no chain): for
 * trying a document's allocation and plan before it is published.
 */
final class OfflineMapping {

    private OfflineMapping() {
    }

    static Documents.Mapped map(String goal, Path file, String seedHex, long epoch) throws MojoFailureException {
        byte[] seed;
        try {
            seed = HexFormat.of().parseHex(seedHex);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("diac:" + goal + ": <seed> is not hex: " + seedHex);
        }
        if (seed.length != 32) {
            throw new MojoFailureException("diac:" + goal + ": <seed> is " + seed.length + " bytes; it must be 32 (64 hex digits)");
        }
        StringWriter err = new StringWriter();
        Documents documents = Language.documents(goal, err);
        try {
            Documents.Mapped mapped = documents.map(file, null, seed, epoch);
            if (mapped == null) {
                throw new MojoFailureException("diac:" + goal + ": " + file + " cannot be mapped:\n" + err.toString().strip());
            }
            if (!mapped.violations().isEmpty()) {
                throw new MojoFailureException("diac:" + goal + ": " + file + ": the allocation breaks the Decentralization "
                        + "policy: " + mapped.violations());
            }
            return mapped;
        } catch (IOException e) {
            throw new MojoFailureException("diac:" + goal + ": cannot read " + file + ": " + e.getMessage(), e);
        } catch (ExecutionException e) {
            throw new MojoFailureException("diac:" + goal + ": " + file + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoFailureException("diac:" + goal + ": interrupted");
        }
    }

    /** The language's errors in an instance model read beside {@code file}; the build fails on any. */
    static void requireValidModel(String goal, Path file, String yaml) throws MojoFailureException {
        StringWriter err = new StringWriter();
        try {
            java.util.List<String> errors = Language.documents(goal, err).errors(yaml, Documents.instancesUri(file));
            if (!errors.isEmpty()) {
                throw new MojoFailureException("diac:" + goal + ": the instance model of " + file + " does not validate:\n"
                        + String.join("\n", errors));
            }
        } catch (ExecutionException e) {
            throw new MojoFailureException("diac:" + goal + ": " + file + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoFailureException("diac:" + goal + ": interrupted");
        }
    }
}
