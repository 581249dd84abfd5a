package org.diac.cli.chain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diac.chain.client.ImportedFile;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The local files a document imports, directly or through other imports, to publish with it: every {@code imports}
 * entry that is a relative path (a string or {@code file:}), not a URL and not in a {@code repository}. Paths are kept relative to the document's
 * folder, so an export writes them back where the document finds them; a file outside that folder cannot be
 * published (the chain refuses such paths, so that an export never writes outside the folder it is given).
 */
public final class LocalImports {

    /** Why the imports cannot be published, naming the file and the import. */
    public static final class Unpublishable extends Exception {
        private static final long serialVersionUID = 1L;

        Unpublishable(String message) {
            super(message);
        }
    }

    private LocalImports() {
    }

    public static List<ImportedFile> of(Path document) throws Unpublishable {
        Path root = document.toAbsolutePath().normalize().getParent();
        Map<Path, String> found = new LinkedHashMap<>();
        Deque<Path> todo = new ArrayDeque<>(List.of(document.toAbsolutePath().normalize()));
        while (!todo.isEmpty()) {
            Path importer = todo.pop();
            for (String written : importsOf(importer)) {
                Path target = importer.getParent().resolve(written).normalize();
                if (!target.startsWith(root)) {
                    throw new Unpublishable(importer + ": import '" + written + "' is outside the document's folder "
                            + root + "; only files in that folder or below it are published with the document");
                }
                if (!Files.isRegularFile(target)) {
                    throw new Unpublishable(importer + ": import '" + written + "' is not a file at " + target
                            + "; the chain needs the file where the document's folder has it");
                }
                if (!found.containsKey(target) && !target.equals(document.toAbsolutePath().normalize())) {
                    found.put(target, read(target));
                    todo.push(target);
                }
            }
        }
        List<ImportedFile> files = new ArrayList<>();
        found.forEach((path, text) -> files.add(new ImportedFile(root.relativize(path).toString().replace('\\', '/'),
                text)));
        return files;
    }

    /** The relative paths {@code file} imports (URLs and absolute paths are not local files to publish). */
    static List<String> importsOf(Path file) throws Unpublishable {
        Object tree;
        try {
            tree = new Load(LoadSettings.builder().build()).loadFromString(read(file));
        } catch (RuntimeException e) {
            throw new Unpublishable(file + ": not readable YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        List<String> result = new ArrayList<>();
        if (tree instanceof Map<?, ?> map && map.get("imports") instanceof List<?> imports) {
            for (Object entry : imports) {
                if (entry instanceof Map<?, ?> m && m.get("repository") != null) {
                    continue; // relative to a repository's URL, not to this folder
                }
                Object written = entry instanceof Map<?, ?> m ? m.get("file") : entry;
                if (written instanceof String s && !s.isBlank() && !s.contains("://") && !Path.of(s).isAbsolute()) {
                    result.add(s.trim());
                }
            }
        }
        return result;
    }

    private static String read(Path file) throws Unpublishable {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Unpublishable("cannot read " + file + ": " + e.getMessage());
        }
    }
}
