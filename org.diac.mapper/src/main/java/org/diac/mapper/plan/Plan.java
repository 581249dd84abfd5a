package org.diac.mapper.plan;

import java.util.List;

/**
 * A deployment plan: its steps in execution order, for every operator ({@code operator} null) or for one
 * operator's share. The record shape is the JSON shape: {@code {"operator", "steps": [...]}}.
 */
public record Plan(String operator, List<Step> steps) {

    public Plan {
        steps = List.copyOf(steps);
    }
}
