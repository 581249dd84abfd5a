package org.diac.chain.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class ChainBenchReportTest {

    @Test
    void generatedDocumentsHaveTheTableIvSizesWithinTwoPercentAndAreYamlMappings() {
        for (String label : SizedDocument.TABLE_IV_SIZES) {
            SizedDocument doc = SizedDocument.of(label, "bench");
            double target = Double.parseDouble(label) * 1000;
            assertTrue(Math.abs(doc.bytes() - target) <= Math.max(60, target * 0.02), label + ": " + doc.bytes());
            Object tree = new Load(LoadSettings.builder().build()).loadFromString(doc.text());
            assertTrue(tree instanceof java.util.Map<?, ?>, label);
            assertTrue(doc.text().contains("template_name: " + doc.name()), label);
        }
    }

    @Test
    void eachRevisionDiffersSoTheChainAcceptsItAsANewVersion() {
        SizedDocument doc = SizedDocument.of("0.7", "bench");
        assertNotEquals(doc.revision(1), doc.revision(2));
        assertNotEquals(doc.text(), doc.revision(1));
    }

    @Test
    void latenciesReportMedianAverageAndExtremes() {
        Latencies l = new Latencies(5);
        for (long ms : new long[] { 50, 10, 40, 20, 30 }) {
            l.add(ms * 1_000_000);
        }
        assertEquals(0.03, l.medianSeconds(), 1e-9);
        assertEquals(0.03, l.averageSeconds(), 1e-9);
        assertEquals(0.01, l.minSeconds(), 1e-9);
        assertEquals(0.05, l.maxSeconds(), 1e-9);
    }

    @Test
    void jsonCarriesTheKeysTheIssueFixes() {
        ChainBenchReport r = new ChainBenchReport("2026-12-01", "2 cores", "test",
                List.of(new DocumentTiming("0.7", 704, 5, 0.2, 0.02), new DocumentTiming("50", 49_982, 5, 0.3, 0.04)),
                new Throughput("create", 10, 0, 4, 80, 79.5, 0.1, 0.9, 0.5),
                new Throughput("read", 100, 0, 4, 500, 498, 0.001, 0.1, 0.01));
        JsonObject json = JsonParser.parseString(r.json()).getAsJsonObject();
        assertEquals(0.2, json.getAsJsonObject("import_s").get("0.7").getAsDouble());
        assertEquals(0.04, json.getAsJsonObject("export_s").get("50").getAsDouble());
        assertEquals(79.5, json.get("create_tps").getAsDouble());
        assertEquals(498, json.get("read_tps").getAsDouble());
        assertEquals(0.5, json.get("create_latency_avg_s").getAsDouble());
        assertEquals(0.2, json.getAsJsonArray("documents").get(0).getAsJsonObject().get("import_p50_s").getAsDouble());
        String table = r.tables();
        assertTrue(table.contains("3.347"), table); // the paper's figure beside ours
        assertTrue(table.contains("Table V"), table);
    }
}
