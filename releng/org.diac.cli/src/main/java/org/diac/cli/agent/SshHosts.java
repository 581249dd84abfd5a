package org.diac.cli.agent;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which of the operator's hosts runs which instance: an instance keeps the host it was first given (recorded
 * atomically in {@code hosts.json}); a new one goes to the host with the fewest instances, the first listed on a tie.
 * Hosts are {@code [USER@]ADDRESS[:PORT]}.
 */
final class SshHosts {

    private final List<String> hosts;
    private final Path file;
    private final Map<String, String> assigned;

    SshHosts(List<String> hosts, Path file) {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("the ssh driver needs at least one host (--hosts)");
        }
        this.hosts = List.copyOf(hosts);
        this.file = file;
        try {
            Map<String, String> read = Files.isRegularFile(file) ? new Gson().fromJson(Files.readString(file),
                    new TypeToken<TreeMap<String, String>>() { }.getType()) : null;
            this.assigned = read == null ? new TreeMap<>() : new TreeMap<>(read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized String hostOf(String instance) {
        String host = assigned.get(instance);
        if (host != null && hosts.contains(host)) {
            return host;
        }
        host = hosts.stream().min(Comparator.comparingLong((String h) -> assigned.values().stream()
                .filter(h::equals).count()).thenComparingInt(hosts::indexOf)).orElseThrow();
        assigned.put(instance, host);
        try {
            AtomicFiles.write(file, new Gson().toJson(assigned));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return host;
    }

    /** The address part of {@code [USER@]ADDRESS[:PORT]}. */
    static String address(String host) {
        String h = host.substring(host.indexOf('@') + 1);
        int colon = h.lastIndexOf(':');
        return colon > 0 ? h.substring(0, colon) : h;
    }
}
