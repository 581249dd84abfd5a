package org.diac.mapper.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The plan for people: one line per step, aligned columns, then a count per kind. */
public final class PlanTable {

    private static final String[] HEADER = { "#", "operator", "instance", "operation", "implementation", "inputs" };

    private PlanTable() {
    }

    public static String write(Plan plan) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        int calls = 0;
        int noOps = 0;
        int waits = 0;
        for (Step step : plan.steps()) {
            String instance = step.target() == null ? step.instance() : step.instance() + " -> " + step.target() + " (" + step.requirement() + ")";
            String operation;
            String implementation;
            switch (step.kind()) {
                case Step.WAIT -> {
                    operation = "wait until " + step.state();
                    implementation = "(done by " + (step.operator() == null ? "no operator" : step.operator()) + ")";
                    waits++;
                }
                case Step.NO_OP -> {
                    operation = step.qualifiedOperation();
                    implementation = "(no-op)";
                    noOps++;
                }
                default -> {
                    operation = step.qualifiedOperation();
                    implementation = step.implementation();
                    calls++;
                }
            }
            rows.add(new String[] { Integer.toString(step.order()), Step.WAIT.equals(step.kind()) ? "" : orDash(step.operator()), instance,
                    operation, implementation, inputs(step) });
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(c == row.length - 1 ? row[c] : String.format("%-" + widths[c] + "s  ", row[c]));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append(plan.steps().size()).append(" steps").append(plan.operator() == null ? "" : " for operator " + plan.operator())
                .append(": ").append(calls).append(" to run, ").append(noOps).append(" no-op, ").append(waits).append(" wait\n");
        return out.toString();
    }

    private static String orDash(String text) {
        return text == null ? "-" : text;
    }

    private static String inputs(Step step) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> input : step.inputs().entrySet()) {
            parts.add(input.getKey() + "=" + input.getValue() + (step.unresolved().contains(input.getKey()) ? " (unresolved)" : ""));
        }
        return String.join(", ", parts);
    }
}
