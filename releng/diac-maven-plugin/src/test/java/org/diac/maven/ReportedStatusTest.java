package org.diac.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.diac.chain.client.InstanceStatusRecord;
import org.diac.cli.mapper.Documents;
import org.diac.mapper.allocation.Assignment;
import org.diac.mapper.instances.InstanceModelBuilder;
import org.diac.cli.chain.ReportedStatus;
import org.diac.mapper.instances.InstanceModelYaml;
import org.junit.jupiter.api.Test;

/**
 * Statuses and addresses reported on chain go into the exported instance model (issue 11 item 3): as the reporting
 * operator's instance's {@code status} and {@code ipv4_addr}, never onto a slot another operator now holds, and the
 * language accepts the result.
 */
class ReportedStatusTest {

    @Test
    void aReportAppearsOnTheReportersInstanceAndTheModelStillValidates() throws Exception {
        Path file = Examples.shardingMaven().resolve("src/main/diac/sharding-maven.diac");
        Documents.Mapped mapped = OfflineMapping.map("export", file, Examples.SEED, 1);
        Assignment mine = mapped.allocation().assignments().get(0);
        Assignment moved = mapped.allocation().assignments().get(1);
        String at = "2026-12-02T02:30:00.123Z";
        List<InstanceStatusRecord> reports = List.of(
                new InstanceStatusRecord("sharding-maven", mine.instance(), mine.operator(), 1, "started", "127.0.0.9", "tx1", at),
                new InstanceStatusRecord("sharding-maven", moved.instance(), "mallory", 1, "started", "10.9.9.9", "tx2", at));
        Map<String, Object> document = EpochState.tree(Files.readString(file));
        String yaml = InstanceModelYaml.write(InstanceModelBuilder.build(document, mapped.input().request(),
                mapped.allocation(), ReportedStatus.asInstanceModel(reports)));

        OfflineMapping.requireValidModel("export", file, yaml);
        Map<String, Object> reported = properties(yaml, mine.instance());
        assertEquals("127.0.0.9", reported.get("ipv4_addr"));
        assertEquals(Map.of("measurement", "started", "alive", at), Map.copyOf(map(reported.get("status"))));
        Map<String, Object> other = properties(yaml, moved.instance());
        assertFalse(other.containsKey("ipv4_addr"), other.toString());
        assertFalse(other.containsKey("status"), other.toString());
    }

    private static Map<String, Object> properties(String yaml, String instance) {
        Map<String, Object> templates = map(map(EpochState.tree(yaml).get("topology_template")).get("node_templates"));
        return map(map(templates.get(instance)).get("properties"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
