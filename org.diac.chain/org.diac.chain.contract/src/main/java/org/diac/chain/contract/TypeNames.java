package org.diac.chain.contract;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Type names as the chaincode sees them, without the language: a type is a {@code base} when it is named so, or
 * when the document's own type definitions derive it from {@code base} (TOSCA 1.3 §3.7.1 {@code derived_from}).
 */
final class TypeNames {

    static final String OPERATOR = "diac.nodes.Operator";
    static final String WORKER = "diac.nodes.Worker";
    static final String NODE = "diac.nodes.Node";
    static final String STAKING = "diac.policies.Staking";
    static final String EPOCH = "diac.policies.Epoch";
    static final String REPUTATION = "diac.policies.Reputation";
    static final String DECENTRALIZATION = "diac.policies.Decentralization";
    static final String GOVERNANCE = "diac.policies.Governance";
    static final String PERMISSIONS = "diac.policies.Permissions";
    static final String BLACKLIST = "diac.policies.Blacklist";

    /** The profile's own derivations (LANGUAGE.md §3) that a document does not repeat. */
    private static final Map<String, String> PROFILE = Map.of("diac.nodes.Worker", NODE, "diac.nodes.Validator", NODE,
            "diac.nodes.Proxy", NODE, "diac.nodes.Storage", NODE);

    private TypeNames() {
    }

    /** Whether {@code type} is {@code base}, following {@code derived_from} in the document's {@code section}. */
    static boolean isA(Map<?, ?> doc, String section, Object type, String base) {
        Set<Object> seen = new HashSet<>();
        Object t = type;
        while (t instanceof String name && seen.add(name)) {
            if (name.equals(base) || name.endsWith(":" + base)) {
                return true;
            }
            Object types = doc.get(section);
            Object def = types instanceof Map<?, ?> m ? m.get(name) : null;
            t = def instanceof Map<?, ?> d ? d.get("derived_from") : PROFILE.get(name);
        }
        return false;
    }

    static boolean isNode(Map<?, ?> doc, Object template, String base) {
        return template instanceof Map<?, ?> t && isA(doc, "node_types", t.get("type"), base);
    }

    static boolean isPolicy(Map<?, ?> doc, Object definition, String base) {
        return definition instanceof Map<?, ?> d && isA(doc, "policy_types", d.get("type"), base);
    }
}
