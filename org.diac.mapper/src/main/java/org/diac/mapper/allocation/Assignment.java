package org.diac.mapper.allocation;

/** One worker slot: instance {@code <group>-<n>} (LANGUAGE.md §7) of {@code template}, in {@code group}, run by {@code operator}. */
public record Assignment(String instance, String group, String operator, String template) {
}
