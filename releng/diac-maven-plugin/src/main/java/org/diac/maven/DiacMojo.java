package org.diac.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the documents of the project (by default every {@code .diac} and {@code .tosca} file under
 * {@code src/main/diac}), where results are written, and {@code skip}.
 */
public abstract class DiacMojo extends AbstractMojo {

    /** The documents; default: the {@code .diac} and {@code .tosca} files under {@code src/main/diac}, sorted. */
    @Parameter(property = "diac.documents")
    List<File> documents;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    /** Where allocations, instance models and plans are written. */
    @Parameter(property = "diac.outputDirectory", defaultValue = "${project.build.directory}/diac")
    File outputDirectory;

    @Parameter(property = "diac.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("diac: skipped");
            return;
        }
        List<Path> files = documentFiles();
        if (files.isEmpty()) {
            throw new MojoFailureException("diac: no documents: none under " + basedir.toPath().resolve("src/main/diac")
                    + " and none configured in <documents>");
        }
        run(files);
    }

    /** The goal's work on the project's documents (at least one, each an existing file). */
    protected abstract void run(List<Path> files) throws MojoExecutionException, MojoFailureException;

    List<Path> documentFiles() throws MojoFailureException {
        if (documents != null && !documents.isEmpty()) {
            List<Path> files = new ArrayList<>();
            for (File f : documents) {
                Path p = f.isAbsolute() ? f.toPath() : basedir.toPath().resolve(f.toPath());
                if (!Files.isRegularFile(p)) {
                    throw new MojoFailureException("diac: document " + p + " does not exist (configured in <documents>)");
                }
                files.add(p.normalize());
            }
            return files;
        }
        Path dir = basedir.toPath().resolve("src/main/diac");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".diac") || p.toString().endsWith(".tosca")).sorted().toList();
        } catch (IOException e) {
            throw new MojoFailureException("diac: cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    Path output(String fileName) throws MojoExecutionException {
        try {
            Files.createDirectories(outputDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("diac: cannot create " + outputDirectory + ": " + e.getMessage(), e);
        }
        return outputDirectory.toPath().resolve(fileName);
    }

    void write(Path file, String text) throws MojoExecutionException {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Path base = basedir.toPath().toAbsolutePath();
            getLog().info("diac: wrote " + (file.toAbsolutePath().startsWith(base) ? base.relativize(file.toAbsolutePath()) : file));
        } catch (IOException e) {
            throw new MojoExecutionException("diac: cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
