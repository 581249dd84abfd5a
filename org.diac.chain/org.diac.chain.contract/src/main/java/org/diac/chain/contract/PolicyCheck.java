package org.diac.chain.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the chaincode re-checks itself, because it must not depend on an honest client (LANGUAGE.md §6): stake
 * threshold, operator list size, worker slots, stake share, operators per continent, cloud share and blacklists. Every check reads effective values
 * (a resolved document) and throws on the first violation, before anything is written.
 */
final class PolicyCheck {

    private PolicyCheck() {
    }

    static void check(Map<Object, Object> doc) {
        Policies p = new Policies(Resolver.resolve(doc));
        Map<String, Map<?, ?>> operators = p.operators();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Map<?, ?>> op : operators.entrySet()) {
            BigDecimal stake = Policies.stake(op.getKey(), op.getValue());
            if (stake.signum() < 0) {
                throw ChainError.STAKE_BELOW_THRESHOLD.exception("operator '" + op.getKey() + "': stake " + stake
                        + " is negative");
            }
            total = total.add(stake);
        }
        staking(p, operators);
        BigDecimal share = p.number(TypeNames.DECENTRALIZATION, "max_stake_share");
        if (share != null && total.signum() > 0) {
            for (Map.Entry<String, Map<?, ?>> op : operators.entrySet()) {
                BigDecimal s = Policies.stake(op.getKey(), op.getValue()).divide(total, 6, RoundingMode.HALF_UP);
                if (s.compareTo(share) > 0) {
                    throw ChainError.STAKE_SHARE.exception("operator '" + op.getKey() + "' holds " + s.stripTrailingZeros()
                            .toPlainString() + " of the total stake " + total.toPlainString()
                            + "; Decentralization max_stake_share is " + share.toPlainString());
                }
            }
        }
        continents(p, operators);
        cloudShare(p, operators);
        blacklist(p, operators);
    }

    /** As the language's DIAC-CONTINENT-LIMIT: operators without a continent count nowhere. */
    private static void continents(Policies p, Map<String, Map<?, ?>> operators) {
        BigDecimal max = p.number(TypeNames.DECENTRALIZATION, "max_per_continent");
        if (max == null) {
            return;
        }
        Map<String, List<String>> byContinent = new java.util.TreeMap<>();
        operators.forEach((name, props) -> {
            Object continent = props.get("continent");
            if (continent != null && !String.valueOf(continent).isBlank()) {
                byContinent.computeIfAbsent(String.valueOf(continent), c -> new java.util.ArrayList<>()).add(name);
            }
        });
        byContinent.forEach((continent, names) -> {
            if (BigDecimal.valueOf(names.size()).compareTo(max) > 0) {
                throw ChainError.CONTINENT_LIMIT.exception(names.size() + " operators are on continent '" + continent
                        + "' (" + String.join(", ", names) + "); Decentralization max_per_continent is "
                        + max.toPlainString());
            }
        });
    }

    /** As the language's DIAC-CLOUD-SHARE: the share of operators whose {@code cloud} is true. */
    private static void cloudShare(Policies p, Map<String, Map<?, ?>> operators) {
        BigDecimal max = p.number(TypeNames.DECENTRALIZATION, "max_cloud_share");
        if (max == null || operators.isEmpty()) {
            return;
        }
        List<String> cloud = operators.entrySet().stream()
                .filter(e -> "true".equalsIgnoreCase(String.valueOf(e.getValue().get("cloud")))).map(Map.Entry::getKey)
                .toList();
        BigDecimal share = BigDecimal.valueOf(cloud.size()).divide(BigDecimal.valueOf(operators.size()), 6,
                RoundingMode.HALF_UP);
        if (share.compareTo(max) > 0) {
            throw ChainError.CLOUD_SHARE.exception(cloud.size() + " of " + operators.size() + " operators run in a cloud ("
                    + String.join(", ", cloud) + ", " + share.stripTrailingZeros().toPlainString()
                    + "); Decentralization max_cloud_share is " + max.toPlainString());
        }
    }

    private static void staking(Policies p, Map<String, Map<?, ?>> operators) {
        BigDecimal threshold = p.number(TypeNames.STAKING, "stake_threshold");
        if (threshold != null) {
            for (Map.Entry<String, Map<?, ?>> op : operators.entrySet()) {
                BigDecimal stake = Policies.stake(op.getKey(), op.getValue());
                if (stake.compareTo(threshold) < 0) {
                    throw ChainError.STAKE_BELOW_THRESHOLD.exception("operator '" + op.getKey() + "': stake "
                            + stake.toPlainString() + " is below the Staking stake_threshold " + threshold.toPlainString());
                }
            }
        }
        BigDecimal max = p.number(TypeNames.STAKING, "max_operators");
        if (max != null && BigDecimal.valueOf(operators.size()).compareTo(max) > 0) {
            throw ChainError.TOO_MANY_OPERATORS.exception(operators.size() + " operators; the Staking max_operators is "
                    + max.toPlainString());
        }
        BigDecimal unit = p.number(TypeNames.STAKING, "unit_stake");
        if (unit != null && unit.signum() > 0) {
            BigDecimal slots = BigDecimal.ZERO;
            for (Map.Entry<String, Map<?, ?>> op : operators.entrySet()) {
                slots = slots.add(Policies.stake(op.getKey(), op.getValue()).divide(unit, 0, RoundingMode.FLOOR));
            }
            BigDecimal instances = BigDecimal.ZERO;
            for (Map.Entry<?, ?> t : p.templates().entrySet()) {
                // type-level workers; the mapper's instance-level templates fill those slots, they buy none
                if (TypeNames.isNode(p.document(), t.getValue(), TypeNames.WORKER)
                        && DocumentSplitter.templateModule(p.document(), t.getValue()) != Module.TEMPLATES) {
                    instances = instances.add(instances(String.valueOf(t.getKey()), (Map<?, ?>) t.getValue()));
                }
            }
            if (instances.compareTo(slots) > 0) {
                throw ChainError.SLOTS_EXCEEDED.exception(instances.toPlainString() + " worker instances, but the stakes buy "
                        + slots.toPlainString() + " slots of unit_stake " + unit.toPlainString());
            }
        }
    }

    /** {@code capabilities.scalable.properties.default_instances}, 1 when not given (TOSCA 1.3 §5.5.15). */
    private static BigDecimal instances(String name, Map<?, ?> worker) {
        Object v = Resolver.map(Resolver.map(Resolver.map(worker.get("capabilities")).get("scalable")).get("properties"))
                .get("default_instances");
        if (v == null) {
            return BigDecimal.ONE;
        }
        BigDecimal n = Documents.number(v);
        if (n == null) {
            throw ChainError.MALFORMED_DOCUMENT.exception("worker '" + name + "': default_instances is "
                    + Documents.kind(v) + ", not a number");
        }
        return n;
    }

    private static void blacklist(Policies p, Map<String, Map<?, ?>> operators) {
        Set<String> names = new HashSet<>(p.strings(TypeNames.BLACKLIST, "operators"));
        names.addAll(p.strings(TypeNames.BLACKLIST, "nodes"));
        List<String> credentials = p.strings(TypeNames.BLACKLIST, "credentials");
        if (names.isEmpty() && credentials.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Map<?, ?>> op : operators.entrySet()) {
            Map<?, ?> identity = Resolver.map(op.getValue().get("identity"));
            Object subject = identity.get("subject");
            if (subject != null && names.contains(String.valueOf(subject))) {
                throw ChainError.BLACKLISTED.exception("operator '" + op.getKey() + "': subject '" + subject
                        + "' is blacklisted");
            }
            if (identity.get("cert") instanceof String pem && !pem.isBlank()) {
                String fp = Submitter.pemFingerprint(pem);
                if (fp == null) {
                    throw ChainError.MALFORMED_DOCUMENT.exception("operator '" + op.getKey()
                            + "': identity cert is not an X.509 certificate in PEM");
                }
                for (String c : credentials) {
                    if (Submitter.sameFingerprint(c, fp)) {
                        throw ChainError.BLACKLISTED.exception("operator '" + op.getKey() + "': certificate " + fp
                                + " is blacklisted");
                    }
                }
            }
        }
        for (Object name : p.templates().keySet()) {
            if (names.contains(String.valueOf(name))) {
                throw ChainError.BLACKLISTED.exception("node template '" + name + "' is blacklisted");
            }
        }
        // a blacklisted name used anywhere else: requirement targets, group members, policy targets
        for (Map.Entry<?, ?> t : p.templates().entrySet()) {
            if (Resolver.map(t.getValue()).get("requirements") instanceof List<?> reqs) {
                for (Object req : reqs) {
                    for (Map.Entry<?, ?> r : Resolver.map(req).entrySet()) {
                        Object target = r.getValue() instanceof Map<?, ?> m ? m.get("node") : r.getValue();
                        if (target != null && names.contains(String.valueOf(target))) {
                            throw ChainError.BLACKLISTED.exception("node template '" + t.getKey() + "': requirement '"
                                    + r.getKey() + "' names the blacklisted '" + target + "'");
                        }
                    }
                }
            }
        }
        Map<?, ?> topology = Resolver.map(p.document().get("topology_template"));
        Map<Object, Object> targeted = new java.util.LinkedHashMap<>(Resolver.map(topology.get("groups")));
        targeted.putAll(Policies.named(p.document()));
        for (Map.Entry<?, ?> g : targeted.entrySet()) {
            Map<?, ?> def = Resolver.map(g.getValue());
            for (String key : List.of("members", "targets")) {
                if (def.get(key) instanceof List<?> l) {
                    for (Object member : l) {
                        if (member != null && names.contains(String.valueOf(member))) {
                            throw ChainError.BLACKLISTED.exception("'" + g.getKey() + "' " + key + " name the blacklisted '"
                                    + member + "'");
                        }
                    }
                }
            }
        }
    }

    /** Refuses a submitter that {@code doc}'s Blacklist names by subject, operator name or certificate fingerprint. */
    static void submitter(Map<Object, Object> doc, Submitter who) {
        Policies p = new Policies(Resolver.resolve(doc));
        Set<String> names = new HashSet<>(p.strings(TypeNames.BLACKLIST, "operators"));
        names.addAll(p.strings(TypeNames.BLACKLIST, "nodes"));
        if (!who.commonName().isEmpty() && (names.contains(who.commonName()) || names.contains(who.subject()))) {
            throw ChainError.BLACKLISTED.exception("the submitter " + who.display() + " is blacklisted");
        }
        for (String c : p.strings(TypeNames.BLACKLIST, "credentials")) {
            if (Submitter.sameFingerprint(c, who.fingerprint())) {
                throw ChainError.BLACKLISTED.exception("the submitter's certificate " + who.fingerprint()
                        + " is blacklisted");
            }
        }
        for (Map.Entry<String, Map<?, ?>> op : p.operators().entrySet()) {
            if (names.contains(op.getKey()) && who.is(op.getValue())) {
                throw ChainError.BLACKLISTED.exception("the submitter is the blacklisted operator '" + op.getKey() + "'");
            }
        }
    }
}
