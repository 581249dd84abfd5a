package org.diac.dsl.ide.codeactions;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

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
				.filter(candidate -> distance(typed, candidate) <= limit)
				.sorted(Comparator.comparingInt((String candidate) -> distance(typed, candidate)).thenComparing(Comparator.naturalOrder()))
				.limit(MAX_SUGGESTIONS).toList();
	}

	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
