package org.diac.cli.agent;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an agent has done of one plan, written atomically before and after each step, so that an agent killed at any
 * moment knows, when it starts again, which steps finished (never repeated), which ran but were not reported yet
 * (only reported), and which started without finishing (run again: operations must be idempotent, TOSCA leaves
 * their retry to the orchestrator).
 */
final class StepJournal {

    /** A step's phase. */
    enum Phase {
        /** About to run the operation (a kill now leaves it unfinished: it runs again). */
        STARTED,
        /** The operation finished; its state is not on chain yet. */
        RAN,
        /** Run and reported. */
        DONE,
        /** The operation failed; {@code error} was reported. */
        FAILED
    }

    /** The journal's content: the plan it belongs to, and each step's phase and address by order. */
    record Content(String planId, Map<Integer, Phase> phases, Map<Integer, String> addresses) {
    }

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();
    private final Path file;
    private Content content;

    StepJournal(Path file) {
        this.file = file;
        try {
            content = Files.isRegularFile(file) ? GSON.fromJson(Files.readString(file), Content.class) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content == null) {
            content = new Content("", new LinkedHashMap<>(), new LinkedHashMap<>());
        }
    }

    String planId() {
        return content.planId();
    }

    boolean isEmpty() {
        return content.planId().isEmpty();
    }

    /** Starts the journal of another plan (the old one's phases are dropped). */
    void begin(String planId) {
        content = new Content(planId, new LinkedHashMap<>(), new LinkedHashMap<>());
        save();
    }

    Phase phase(int order) {
        return content.phases().get(order);
    }

    String address(int order) {
        return content.addresses().get(order);
    }

    void mark(int order, Phase phase, String address) {
        content.phases().put(order, phase);
        if (address != null) {
            content.addresses().put(order, address);
        }
        save();
    }

    void clear() {
        content = new Content("", new LinkedHashMap<>(), new LinkedHashMap<>());
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void save() {
        try {
            AtomicFiles.write(file, GSON.toJson(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
