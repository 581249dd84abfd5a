package org.diac.mapper.plan;

import com.google.gson.GsonBuilder;

/** {@code {"operator", "steps": [{"order", "kind", "instance", ... , "operator", "state"}]}}: every key always present. */
public final class PlanJson {

    private PlanJson() {
    }

    public static String write(Plan plan) {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(plan) + "\n";
    }
}
