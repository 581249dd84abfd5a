package org.diac.mapper.plan;

import java.util.List;
import java.util.Map;

import com.google.gson.annotations.SerializedName;

/**
 * One step of a deployment plan; the record shape is the JSON shape of {@code diac plan --format json}.
 * <ul>
 * <li>{@code kind}: {@code call} (run {@code implementation}), {@code no-op} (the operation has no implementation:
 * only the node's state changes), {@code wait} (another operator's node must reach {@code state} first);</li>
 * <li>{@code instance}: the node the step is about; for a relationship operation the relationship's source, with
 * {@code target} and {@code requirement} naming the rest;</li>
 * <li>{@code interface}, {@code operation}: e.g. {@code Standard.create}, {@code Configure.pre_configure_target};</li>
 * <li>{@code inputs}: the operation's inputs, resolved where they are literals, {@code get_input}, or
 * {@code get_property} on the same template (SELF, its own name; SOURCE and TARGET for relationships); the names of
 * the others, kept as written, are in {@code unresolved};</li>
 * <li>{@code operator}: who executes it (null: no operator runs this node);</li>
 * <li>{@code state}: the TOSCA 1.3 §3.4.1 state the instance is in after the step (or, for a wait, awaited).</li>
 * </ul>
 */
public record Step(int order, String kind, String instance, String target, String requirement,
        @SerializedName("interface") String interfaceName, String operation, String implementation, Map<String, Object> inputs,
        List<String> unresolved, String operator, String state) {

    public static final String CALL = "call";
    public static final String NO_OP = "no-op";
    public static final String WAIT = "wait";

    /** The same step at another position. */
    Step at(int position) {
        return new Step(position, kind, instance, target, requirement, interfaceName, operation, implementation, inputs, unresolved,
                operator, state);
    }

    /** {@code Standard.create}. */
    public String qualifiedOperation() {
        return interfaceName == null ? operation : interfaceName + "." + operation;
    }
}
