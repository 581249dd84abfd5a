package org.diac.cli.chain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diac.chain.client.InstanceStatusRecord;

/**
 * The statuses and addresses operators reported on chain (templates module) in the shape of an instance model, so
 * that {@code InstanceModelBuilder} carries them into the instances that are still with the operator who reported
 * them: {@code status} (the profile's {@code diac.datatypes.Status}: the TOSCA state as its {@code measurement},
 * the report's time as {@code alive} once started) and {@code ipv4_addr}.
 */
public final class ReportedStatus {

    private ReportedStatus() {
    }

    public static Map<String, Object> asInstanceModel(List<InstanceStatusRecord> reports) {
        Map<String, Object> templates = new LinkedHashMap<>();
        for (InstanceStatusRecord r : reports) {
            Map<String, Object> status = new LinkedHashMap<>();
            status.put("measurement", r.status());
            if ("started".equals(r.status()) && r.timestamp() != null && !r.timestamp().isEmpty()) {
                status.put("alive", r.timestamp());
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("status", status);
            if (r.ipv4() != null && !r.ipv4().isEmpty()) {
                properties.put("ipv4_addr", r.ipv4());
            }
            Map<String, Object> template = new LinkedHashMap<>();
            template.put("requirements", List.of(Map.of("operated_by", r.operator())));
            template.put("properties", properties);
            templates.put(r.instance(), template);
        }
        return Map.of("topology_template", Map.of("node_templates", templates));
    }
}
