package org.diac.chain.contract;

import java.util.Locale;

/** The eight on-chain modules of LANGUAGE.md §4 (the paper's Table II); {@link #id()} is the contract name. */
public enum Module {
    CORE, IDENTITY, ARTIFACTS, TOPOLOGY, TEMPLATES, MAPPER, SECURITY, GOVERNANCE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The module named {@code id}, or null. */
    public static Module of(String id) {
        for (Module m : values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }
}
