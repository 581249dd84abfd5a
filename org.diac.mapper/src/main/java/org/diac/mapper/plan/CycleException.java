package org.diac.mapper.plan;

import java.util.List;

/** The requirements of the instance model loop: no node of the cycle can be deployed first (TOSCA 1.3 §7.2). */
public class CycleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> cycle;

    public CycleException(List<String> cycle) {
        super("the requirements form a cycle, so no deployment order exists: " + String.join(" -> ", cycle)
                + " (each needs the next one started first)");
        this.cycle = List.copyOf(cycle);
    }

    /** The templates of the cycle, the first one repeated at the end. */
    public List<String> cycle() {
        return cycle;
    }
}
