package org.diac.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.ImportedFile;
import org.diac.chain.client.Submitted;
import org.diac.chain.client.VersionRecord;
import org.diac.cli.chain.LocalImports;

/**
 * {@code diac:publish}: what {@code diac publish} does for each document: validate (an error fails the build, nothing
 * is sent), then publish it with the local files it imports as the next version of its name.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class PublishMojo extends ChainMojo {

    @Override
    protected void run(List<Path> files) throws MojoFailureException {
        Language.requireValid(files, getLog());
        for (Path file : files) {
            String onChain = nameOf(file, files);
            List<ImportedFile> imports;
            String text;
            try {
                imports = LocalImports.of(file);
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (LocalImports.Unpublishable e) {
                throw new MojoFailureException("diac:publish " + file + ": " + e.getMessage() + "; nothing was sent");
            } catch (IOException e) {
                throw new MojoFailureException("diac:publish: cannot read " + file + ": " + e.getMessage(), e);
            }
            try (DiacLedger l = connect(null)) {
                long same = unchangedVersion(l, onChain, text, imports);
                if (same > 0) {
                    // a build run again: the chaincode refuses a version equal to the last, and nothing is lost
                    getLog().info("diac: " + onChain + " is unchanged from version " + same + " on chain; not published");
                    continue;
                }
                long t = System.nanoTime();
                Submitted<VersionRecord> v = l.publish(onChain, text, imports);
                getLog().info(String.format("diac: published %s version %d (tx %s, block %d, %d ms, as %s)%s",
                        v.value().name(), v.value().version(), v.txId(), v.block(), (System.nanoTime() - t) / 1_000_000,
                        l.identity().name(), imports.isEmpty() ? "" : " with " + imports.size() + " imported files"));
            } catch (ChainException e) {
                throw failure("publish", onChain, e);
            }
        }
    }

    /** The latest version of {@code name} if it holds the same document tree and imported files, else 0. */
    static long unchangedVersion(DiacLedger l, String name, String text, List<ImportedFile> imports) {
        List<VersionRecord> versions;
        try {
            versions = l.versions(name);
        } catch (ChainException e) {
            if (e.reason() == ChainException.Reason.NOT_FOUND) {
                return 0;
            }
            throw e;
        }
        if (versions.isEmpty()) {
            return 0;
        }
        boolean same = EpochState.tree(l.export(name, 0, DiacLedger.Format.YAML, false)).equals(EpochState.tree(text))
                && new HashSet<>(l.imports(name, 0)).equals(new HashSet<>(imports));
        return same ? versions.get(versions.size() - 1).version() : 0;
    }
}
