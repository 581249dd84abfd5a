package org.diac.mapper.instances;

/**
 * One worker slot of the instance model: the node template {@code name} ({@code <group>-<n>}, LANGUAGE.md §7),
 * made from the type-level {@code template}, in {@code group} (the {@code groupIndex}-th group of its NodeGroup, the
 * value of the Worker's {@code group} property), run by {@code operator}.
 */
public record Instance(String name, String template, String group, int groupIndex, String operator) {
}
