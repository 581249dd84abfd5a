package org.diac.dsl.ide.codeactions;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.diac.dsl.values.EditDistance;

/**
 * The names closest to a misspelt one, for did-you-mean fixes: by edit distance counting an insertion, a
 * deletion, a substitution or a swap of two neighbours as one edit (optimal string alignment). A candidate counts
 * when it is at most a quarter of the typed name away (at least one edit, at most three); the three nearest are
 * kept, nearest first.
 */
final class NearestNames {

	private static final int MAX_SUGGESTIONS = 3;
	private static final int MAX_EDITS = 3;

	private NearestNames() {
	}

	static List<String> to(String typed, Collection<String> candidates) {
		int limit = Math.max(1, Math.min(MAX_EDITS, typed.length() / 4));
		return candidates.stream().distinct().filter(candidate -> !candidate.equals(typed))
				.filter(candidate -> EditDistance.between(typed, candidate) <= limit)
				.sorted(Comparator.comparingInt((String candidate) -> EditDistance.between(typed, candidate)).thenComparing(Comparator.naturalOrder()))
				.limit(MAX_SUGGESTIONS).toList();
	}
}
