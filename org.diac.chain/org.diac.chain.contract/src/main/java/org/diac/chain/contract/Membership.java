package org.diac.chain.contract;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The document edits behind the identity transactions: an operator joins (a new operator template bound to the
 * submitter's Fabric identity), leaves (its template and the references to it go), or a certificate fingerprint
 * is added to the Blacklist. Each returns the edited document; the caller submits it as the next version through
 * {@link Adoption}, which re-runs every policy check.
 */
final class Membership {

    private static final Pattern FINGERPRINT = Pattern.compile("(?i)[0-9a-f]{2}(:?[0-9a-f]{2}){31}");

    private Membership() {
    }

    /**
     * {@code doc} with operator {@code operator} added: the request's properties (YAML/JSON mapping; {@code stake}
     * required) and an {@code identity} that is the submitter's: X.509, its MSP ID, its certificate's common name as
     * {@code subject}. A request may give {@code identity.cert} to pin the submitter's exact certificate; an
     * identity that is not the submitter's is refused.
     */
    static Map<Object, Object> join(Map<Object, Object> doc, String operator, String request, Submitter who) {
        Ledger.checkName(operator);
        if (who.commonName().isEmpty()) {
            throw ChainError.PERMISSION_DENIED.exception("the submitter has no X.509 certificate with a common name");
        }
        Map<Object, Object> properties = Documents.read(request);
        if (properties.get("stake") == null) {
            throw ChainError.INVALID_ARGUMENT.exception("a join request needs a stake");
        }
        Policies adopted = new Policies(Resolver.resolve(doc));
        for (Map.Entry<String, Map<?, ?>> op : adopted.operators().entrySet()) {
            if (who.is(op.getValue())) {
                throw ChainError.INVALID_ARGUMENT.exception("the submitter " + who.display() + " is already operator '"
                        + op.getKey() + "'");
            }
        }
        Map<Object, Object> templates = templates(doc);
        if (templates.containsKey(operator)) {
            throw ChainError.INVALID_ARGUMENT.exception("a node template named '" + operator + "' exists already");
        }
        Map<Object, Object> identity = new LinkedHashMap<>();
        identity.put("type", "X.509");
        identity.put("msp_id", who.mspId());
        identity.put("subject", who.commonName());
        if (properties.get("identity") instanceof Map<?, ?> asked) {
            for (String key : List.of("type", "msp_id", "subject")) {
                if (asked.get(key) != null && !String.valueOf(asked.get(key)).equals(identity.get(key))) {
                    throw ChainError.PERMISSION_DENIED.exception("operator '" + operator + "': identity " + key + " '"
                            + asked.get(key) + "' is not the submitter's (" + identity.get(key) + ")");
                }
            }
            if (asked.get("cert") instanceof String pem && !pem.isBlank()) {
                String fp = Submitter.pemFingerprint(pem);
                if (fp == null || !Submitter.sameFingerprint(fp, who.fingerprint())) {
                    throw ChainError.PERMISSION_DENIED.exception("operator '" + operator
                            + "': identity cert is not the submitter's certificate");
                }
                identity.put("cert", pem);
            }
        } else if (properties.containsKey("identity")) {
            throw ChainError.INVALID_ARGUMENT.exception("operator '" + operator + "': identity must be a mapping");
        }
        properties.put("identity", identity);
        Map<Object, Object> template = new LinkedHashMap<>();
        template.put("type", operatorType(doc));
        template.put("properties", properties);
        // after the last operator, so the identity module reads as one block
        Map<Object, Object> edited = new LinkedHashMap<>();
        Object last = null;
        for (Map.Entry<Object, Object> t : templates.entrySet()) {
            if (DocumentSplitter.templateModule(doc, t.getValue()) == Module.IDENTITY) {
                last = t.getKey();
            }
        }
        if (last == null) {
            edited.put(operator, template);
        }
        for (Map.Entry<Object, Object> t : templates.entrySet()) {
            edited.put(t.getKey(), t.getValue());
            if (t.getKey().equals(last)) {
                edited.put(operator, template);
            }
        }
        topology(doc).put("node_templates", edited);
        return doc;
    }

    /**
     * {@code doc} without operator {@code operator}, which must be the submitter; its name also leaves the policies'
     * {@code targets} and the groups' {@code members}. A requirement that still names it is refused.
     */
    static Map<Object, Object> leave(Map<Object, Object> doc, String operator, Submitter who) {
        Map<?, ?> props = new Policies(Resolver.resolve(doc)).operators().get(operator);
        if (props == null) {
            throw ChainError.NOT_FOUND.exception("no operator '" + operator + "'");
        }
        if (!who.is(props)) {
            throw ChainError.PERMISSION_DENIED.exception("only operator '" + operator + "' itself leaves; the submitter is "
                    + who.display());
        }
        Map<Object, Object> templates = templates(doc);
        for (Map.Entry<Object, Object> t : templates.entrySet()) {
            if (Resolver.map(t.getValue()).get("requirements") instanceof List<?> reqs) {
                for (Object req : reqs) {
                    for (Map.Entry<?, ?> r : Resolver.map(req).entrySet()) {
                        Object target = r.getValue() instanceof Map<?, ?> m ? m.get("node") : r.getValue();
                        if (operator.equals(String.valueOf(target))) {
                            throw ChainError.INVALID_ARGUMENT.exception("operator '" + operator + "' is still the target "
                                    + "of requirement '" + r.getKey() + "' of '" + t.getKey() + "'");
                        }
                    }
                }
            }
        }
        templates.remove(operator);
        Map<Object, Object> topology = topology(doc);
        for (Object group : Resolver.map(topology.get("groups")).values()) {
            withoutName(group, "members", operator);
        }
        for (Object policy : Policies.named(doc).values()) {
            withoutName(policy, "targets", operator);
        }
        return doc;
    }

    /**
     * {@code doc} with {@code fingerprint} (SHA-256, 64 hex digits, colons optional) in the Blacklist's
     * {@code credentials}, written {@code AA:4B:...}; a Blacklist policy named {@code blacklist} is added when the
     * document has none.
     */
    static Map<Object, Object> blacklist(Map<Object, Object> doc, String fingerprint) {
        String fp = fingerprint == null ? "" : fingerprint.strip();
        if (!FINGERPRINT.matcher(fp).matches()) {
            throw ChainError.INVALID_ARGUMENT.exception("a certificate fingerprint is a SHA-256 digest: 32 bytes in hex, "
                    + "colons optional; got '" + Documents.abbreviate(fingerprint) + "'");
        }
        String normalized = HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(
                Submitter.normalize(fp)));
        Map<Object, Object> blacklist = null;
        for (Object def : Policies.named(doc).values()) {
            if (TypeNames.isPolicy(doc, def, TypeNames.BLACKLIST)) {
                blacklist = mutable(def);
                break;
            }
        }
        if (blacklist == null) {
            blacklist = new LinkedHashMap<>();
            blacklist.put("type", TypeNames.BLACKLIST);
            addPolicy(doc, "blacklist", blacklist);
        }
        Map<Object, Object> properties = blacklist.get("properties") instanceof Map<?, ?> ? mutable(
                blacklist.get("properties")) : new LinkedHashMap<>();
        blacklist.put("properties", properties);
        List<Object> credentials = properties.get("credentials") instanceof List<?> l ? new ArrayList<>(l)
                : new ArrayList<>();
        for (Object c : credentials) {
            if (c != null && Submitter.sameFingerprint(String.valueOf(c), normalized)) {
                throw ChainError.INVALID_ARGUMENT.exception("certificate " + normalized + " is blacklisted already");
            }
        }
        credentials.add(normalized);
        properties.put("credentials", credentials);
        return doc;
    }

    private static void addPolicy(Map<Object, Object> doc, String name, Map<Object, Object> def) {
        Map<Object, Object> topology = topology(doc);
        Object policies = topology.get("policies");
        String unique = name;
        for (int i = 2; Policies.named(doc).containsKey(unique); i++) {
            unique = name + i;
        }
        if (policies instanceof Map<?, ?> m) {
            Map<Object, Object> edited = mutable(m);
            edited.put(unique, def);
            topology.put("policies", edited);
        } else {
            List<Object> list = policies instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
            Map<Object, Object> entry = new LinkedHashMap<>();
            entry.put(unique, def);
            list.add(entry);
            topology.put("policies", list);
        }
    }

    private static void withoutName(Object definition, String key, String name) {
        if (definition instanceof Map<?, ?> d && d.get(key) instanceof List<?> l && l.contains(name)) {
            List<Object> kept = new ArrayList<>(l);
            kept.removeIf(name::equals);
            mutable(d).put(key, kept);
        }
    }

    private static Map<Object, Object> topology(Map<Object, Object> doc) {
        if (!(doc.get("topology_template") instanceof Map<?, ?>)) {
            doc.put("topology_template", new LinkedHashMap<>());
        }
        return mutable(doc.get("topology_template"));
    }

    private static Map<Object, Object> templates(Map<Object, Object> doc) {
        Map<Object, Object> topology = topology(doc);
        if (!(topology.get("node_templates") instanceof Map<?, ?>)) {
            topology.put("node_templates", new LinkedHashMap<>());
        }
        return mutable(topology.get("node_templates"));
    }

    /** The operator type the document already uses (it may carry a namespace prefix), else the profile's. */
    private static Object operatorType(Map<Object, Object> doc) {
        for (Map.Entry<?, ?> t : Resolver.map(topology(doc).get("node_templates")).entrySet()) {
            if (DocumentSplitter.templateModule(doc, t.getValue()) == Module.IDENTITY) {
                return ((Map<?, ?>) t.getValue()).get("type");
            }
        }
        return TypeNames.OPERATOR;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> mutable(Object map) {
        return (Map<Object, Object>) map; // documents are read into LinkedHashMaps (Documents.read, DocumentSplitter.join)
    }
}
