package org.diac.mapper.allocation;

import java.math.BigInteger;

/**
 * An operator as the mapper sees it (LANGUAGE.md §3 diac.nodes.Operator): its stake buys worker slots; continent
 * and cloud feed the Decentralization re-check; a blacklisted operator gets no slot.
 */
public record Operator(String name, BigInteger stake, String continent, boolean cloud, boolean blacklisted) {

    public Operator {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an operator has a name");
        }
        if (stake == null || stake.signum() < 0) {
            throw new IllegalArgumentException("operator '" + name + "' has no stake or a negative one");
        }
    }

    public static Operator of(String name, long stake, String continent, boolean cloud) {
        return new Operator(name, BigInteger.valueOf(stake), continent, cloud, false);
    }

    public Operator blacklist() {
        return new Operator(name, stake, continent, cloud, true);
    }
}
