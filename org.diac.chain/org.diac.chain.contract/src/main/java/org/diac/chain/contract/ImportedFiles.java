package org.diac.chain.contract;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The set of local files published with a version (path to text), read from a transaction argument and checked:
 * paths are plain relative paths inside the document's folder (no {@code ..}, no absolute paths, no URLs), so an
 * export can never write outside the folder it is given; every file is a YAML mapping; sizes are bounded. Stored
 * under {@code diac~import~<name>~<version>~<path>}, one key per file.
 */
final class ImportedFiles {

    static final int MAX_FILES = 64;
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,127}");
    private static final Gson GSON = new Gson();

    /** The JSON a client sends: {@code [{"path": "types/a.yaml", "content": "..."}]}. */
    record Entry(String path, String content) {
    }

    private ImportedFiles() {
    }

    /** {@code json} (an empty text means none) as path → content, checked. */
    static Map<String, String> parse(String json) {
        Map<String, String> files = new TreeMap<>();
        if (json == null || json.isBlank()) {
            return files;
        }
        Entry[] entries;
        try {
            entries = GSON.fromJson(json, Entry[].class);
        } catch (JsonParseException e) {
            throw ChainError.INVALID_ARGUMENT.exception("imports must be a JSON array of {path, content}: "
                    + Documents.abbreviate(e.getMessage()));
        }
        if (entries == null) {
            return files;
        }
        if (entries.length > MAX_FILES) {
            throw ChainError.INVALID_ARGUMENT.exception(entries.length + " imported files; the limit is " + MAX_FILES);
        }
        long total = 0;
        for (Entry e : entries) {
            if (e == null || e.path() == null || e.content() == null) {
                throw ChainError.INVALID_ARGUMENT.exception("every imported file needs a path and a content");
            }
            checkPath(e.path());
            if (files.put(e.path(), e.content()) != null) {
                throw ChainError.INVALID_ARGUMENT.exception("imported file '" + e.path() + "' is given twice");
            }
            total += e.content().getBytes(StandardCharsets.UTF_8).length;
            if (total > Documents.MAX_BYTES) {
                throw ChainError.INVALID_ARGUMENT.exception("the imported files exceed " + Documents.MAX_BYTES
                        + " bytes together");
            }
            try {
                Documents.read(e.content());
            } catch (org.hyperledger.fabric.shim.ChaincodeException bad) {
                throw ChainError.MALFORMED_DOCUMENT.exception("imported file '" + e.path() + "': "
                        + bad.getMessage().replaceFirst("^[A-Z_]+: ", ""));
            }
        }
        return files;
    }

    static void checkPath(String path) {
        String[] segments = path.split("/", -1);
        boolean ok = path.length() <= 512 && segments.length <= 16;
        for (String s : segments) {
            ok &= SEGMENT.matcher(s).matches() && !s.equals("..");
        }
        if (!ok) {
            throw ChainError.INVALID_ARGUMENT.exception("imported file path '" + Documents.abbreviate(path)
                    + "' must be relative and inside the document's folder (segments of letters, digits, '.', '_', "
                    + "'-' joined by '/'; no '..')");
        }
    }

    /** The files stored with a version, path → content. */
    static Map<String, String> stored(ChaincodeStub stub, String name, long version) {
        Map<String, String> files = new TreeMap<>();
        for (ImportedFile f : Ledger.list(stub, ImportedFile.class, x -> true, "import", name, Ledger.v(version))) {
            files.put(f.getPath(), f.getContent());
        }
        return files;
    }

    static void write(ChaincodeStub stub, String name, long version, Map<String, String> files) {
        files.forEach((path, content) -> Ledger.put(stub, Ledger.key(stub, "import", name, Ledger.v(version), path),
                new ImportedFile(name, version, path, content)));
    }
}
