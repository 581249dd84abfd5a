package org.diac.chain.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Permissions policy of the adopted version (LANGUAGE.md §3: {@code rules}, a PermissionRule per module):
 * who may change which module directly. The rules of the version being replaced apply, never those of the new
 * one, so nobody grants themselves a right in the same transaction.
 *
 * <p>Defaults: a document without a Permissions policy lets its creator (the submitter of version 1) change every
 * module; with a Permissions policy, a module without a rule changes only through governance.
 */
final class Permissions {

    static final String GOVERNANCE = "governance";
    static final String ADMIN = "admin";
    static final String MULTISIG = "multisig";
    static final String CREATOR = "creator";

    /** A module's rule: {@code update_by} and the operator names it lists as {@code admins}. */
    record Rule(String updateBy, List<String> admins) {
    }

    private Permissions() {
    }

    static Rule rule(Policies adopted, Module module) {
        if (!adopted.has(TypeNames.PERMISSIONS)) {
            return new Rule(CREATOR, List.of());
        }
        Map<?, ?> rule = Resolver.map(Resolver.map(adopted.properties(TypeNames.PERMISSIONS).get("rules")).get(module.id()));
        String updateBy = String.valueOf(rule.get("update_by")).toLowerCase(Locale.ROOT);
        if (!List.of(GOVERNANCE, ADMIN, MULTISIG, CREATOR).contains(updateBy)) {
            updateBy = GOVERNANCE;
        }
        List<String> admins = new ArrayList<>();
        if (rule.get("admins") instanceof List<?> l) {
            l.forEach(a -> admins.add(String.valueOf(a)));
        }
        return new Rule(updateBy, admins);
    }

    /** Refuses unless {@code who} may change every module of {@code changed} directly (without a proposal). */
    static void checkDirect(Policies adopted, String creator, Submitter who, Iterable<Module> changed) {
        for (Module m : changed) {
            Rule rule = rule(adopted, m);
            switch (rule.updateBy()) {
                case CREATOR -> {
                    if (!creator.equals(who.display())) {
                        throw ChainError.PERMISSION_DENIED.exception("module " + m.id() + " is changed by its creator "
                                + creator + " only; the submitter is " + who.display());
                    }
                }
                case ADMIN -> {
                    if (adminName(adopted, rule, who) == null) {
                        throw ChainError.PERMISSION_DENIED.exception("module " + m.id() + " is changed by its admins "
                                + rule.admins() + " only; the submitter " + who.display() + " is none of them");
                    }
                }
                case MULTISIG -> throw ChainError.PERMISSION_DENIED.exception("module " + m.id()
                        + " changes only with the approval of its signers: propose the change");
                default -> throw ChainError.PERMISSION_DENIED.exception("module " + m.id()
                        + " changes only through governance: propose the change");
            }
        }
    }

    /** The name of the admin (an operator listed in {@code rule.admins}) that {@code who} is, or null. */
    static String adminName(Policies adopted, Rule rule, Submitter who) {
        Map<String, Map<?, ?>> operators = adopted.operators();
        for (String admin : rule.admins()) {
            Map<?, ?> op = operators.get(admin);
            if (op != null && who.is(op)) {
                return admin;
            }
        }
        return null;
    }
}
