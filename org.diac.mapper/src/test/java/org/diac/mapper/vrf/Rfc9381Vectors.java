package org.diac.mapper.vrf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The ECVRF-P256-SHA256-TAI examples of RFC 9381 Appendix B.1, read in place from the shared design folder
 * (system property {@code diac.vrf.vectors}, set by the module's pom). A missing file fails the tests: a
 * conformance test that silently skips would prove nothing.
 */
record Rfc9381Vectors(int example, String sk, String pk, String alpha, int ctr, String h, String k, String pi, String beta) {

    static List<Rfc9381Vectors> p256Tai() {
        String location = System.getProperty("diac.vrf.vectors", "../../shared/design/rfc9381_vectors.json");
        Path file = Path.of(location);
        if (!Files.isRegularFile(file)) {
            fail("RFC 9381 test vectors not found at " + file.toAbsolutePath()
                    + "; set -Ddiac.vrf.vectors=PATH to shared/design/rfc9381_vectors.json");
        }
        try {
            JsonObject root = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
            List<Rfc9381Vectors> vectors = new ArrayList<>();
            for (JsonElement element : root.getAsJsonArray("ECVRF-P256-SHA256-TAI")) {
                JsonObject v = element.getAsJsonObject();
                vectors.add(new Rfc9381Vectors(v.get("example").getAsInt(), v.get("SK = x").getAsString(),
                        v.get("PK").getAsString(), v.get("alpha").getAsString(),
                        Integer.parseInt(v.get("try_and_increment succeeded on ctr").getAsString()),
                        v.get("H").getAsString(), v.get("k").getAsString(), v.get("pi").getAsString(),
                        v.get("beta").getAsString()));
            }
            if (vectors.isEmpty()) {
                fail(file + " holds no ECVRF-P256-SHA256-TAI vectors");
            }
            return vectors;
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("cannot read the RFC 9381 test vectors at " + file + ": " + e, e);
        }
    }

    @Override
    public String toString() {
        return "RFC 9381 example " + example;
    }
}
