package org.diac.dsl.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diac.dsl.diac.TypeDefinition;

/** Walks {@code derived_from} chains (TOSCA 1.3 §3.7.1) without trusting them to end: cycles are cut. */
public final class TypeHierarchy {

	private TypeHierarchy() {
	}

	/**
	 * {@code type} followed by its ancestors, nearest first, each once; proxies end the chain. Do not change the
	 * list: during a validation run it is shared (see {@link TypeMembers#remember()}).
	 */
	public static List<TypeDefinition> selfAndAncestors(TypeDefinition type) {
		return TypeMembers.rememberedAncestors(type, TypeHierarchy::computeSelfAndAncestors);
	}

	private static List<TypeDefinition> computeSelfAndAncestors(TypeDefinition type) {
		Set<TypeDefinition> seen = new LinkedHashSet<>();
		TypeDefinition current = type;
		while (current != null && !current.eIsProxy() && seen.add(current)) {
			current = current.getDerivedFrom();
		}
		return new ArrayList<>(seen);
	}

	/**
	 * Chains longer than this are walked with {@link #selfAndAncestors} (which cuts cycles); shorter ones, i.e.
	 * all real ones, without allocating.
	 */
	private static final int SHORT_CHAIN = 64;

	/** Whether {@code type} is, or derives from, the type named {@code name}. */
	public static boolean isA(TypeDefinition type, String name) {
		TypeDefinition current = type;
		for (int steps = 0; steps < SHORT_CHAIN; steps++) {
			if (current == null || current.eIsProxy()) {
				return false;
			}
			if (name.equals(current.getName())) {
				return true;
			}
			current = current.getDerivedFrom();
		}
		for (TypeDefinition candidate : selfAndAncestors(type)) {
			if (name.equals(candidate.getName())) {
				return true;
			}
		}
		return false;
	}

	/** Whether {@code type} is {@code ancestor} or derives from it. */
	public static boolean isA(TypeDefinition type, TypeDefinition ancestor) {
		if (ancestor == null) {
			return false;
		}
		TypeDefinition current = type;
		for (int steps = 0; steps < SHORT_CHAIN; steps++) {
			if (current == null || current.eIsProxy()) {
				return false;
			}
			if (current == ancestor) {
				return true;
			}
			current = current.getDerivedFrom();
		}
		return selfAndAncestors(type).contains(ancestor);
	}

	/** Whether following {@code derived_from} from {@code type} comes back to it. */
	public static boolean isCyclic(TypeDefinition type) {
		Set<TypeDefinition> seen = new LinkedHashSet<>();
		TypeDefinition current = type.getDerivedFrom();
		while (current != null && !current.eIsProxy() && seen.add(current)) {
			if (current == type) {
				return true;
			}
			current = current.getDerivedFrom();
		}
		return false;
	}
}
