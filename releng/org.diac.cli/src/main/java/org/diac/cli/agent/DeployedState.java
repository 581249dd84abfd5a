package org.diac.cli.agent;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What the agent has deployed: the epoch and document version it last finished, and that instance model (the
 * tree {@code InstanceModel.toTree()} gives), against which the next plan is diffed. Written atomically once a plan
 * is finished; absent before the first one.
 */
record DeployedState(long epoch, long version, Map<String, Object> model) {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    String key() {
        return epoch + "/" + version;
    }

    static DeployedState read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            // read back with the YAML 1.2 reader (JSON is YAML) so integers stay integers
            Object tree = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
            Map<?, ?> m = (Map<?, ?>) tree;
            @SuppressWarnings("unchecked")
            Map<String, Object> model = (Map<String, Object>) m.get("model");
            return new DeployedState(((Number) m.get("epoch")).longValue(), ((Number) m.get("version")).longValue(),
                    model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(Path file) {
        try {
            AtomicFiles.write(file, GSON.toJson(Map.of("epoch", epoch, "version", version, "model", model)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
