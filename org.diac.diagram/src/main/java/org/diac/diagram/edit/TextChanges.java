package org.diac.diagram.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Replacements of ranges of one text, applied together from the end so that offsets stay valid; a range inside
 * another removed range is dropped. Line helpers find where a YAML entry's lines begin and end.
 */
final class TextChanges {

	private record Change(int start, int end, String replacement) {
	}

	private final String text;
	private final List<Change> changes = new ArrayList<>();

	TextChanges(String text) {
		this.text = text;
	}

	void remove(int start, int end) {
		changes.add(new Change(start, end, ""));
	}

	void replace(int start, int end, String replacement) {
		changes.add(new Change(start, end, replacement));
	}

	void insert(int offset, String insertion) {
		changes.add(new Change(offset, offset, insertion));
	}

	String apply() {
		List<Change> sorted = new ArrayList<>(changes);
		sorted.sort(Comparator.comparingInt(Change::start).thenComparingInt(c -> -c.end()));
		List<Change> kept = new ArrayList<>();
		int coveredTo = -1;
		for (Change change : sorted) {
			if (change.start() < coveredTo && change.end() <= coveredTo) {
				continue; // inside a range already removed (a requirement of a deleted template)
			}
			kept.add(change);
			coveredTo = Math.max(coveredTo, change.end());
		}
		StringBuilder result = new StringBuilder(text);
		for (int i = kept.size() - 1; i >= 0; i--) {
			Change change = kept.get(i);
			result.replace(change.start(), change.end(), change.replacement());
		}
		return result.toString();
	}

	/** The offset where the line holding {@code offset} begins. */
	static int lineStart(String text, int offset) {
		int newline = text.lastIndexOf('\n', offset - 1);
		return newline + 1;
	}

	/** The offset after the line holding {@code offset}, its line break included. */
	static int lineEnd(String text, int offset) {
		int newline = text.indexOf('\n', offset);
		return newline < 0 ? text.length() : newline + 1;
	}

	/** The end of the last visible token of {@code node} (YAML's synthetic block tokens and comments left out). */
	static int lastTokenEnd(INode node) {
		int end = node.getOffset();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				end = Math.max(end, leaf.getEndOffset());
			}
		}
		return end;
	}

	/** The start of the first visible token of {@code node}. */
	static int firstTokenStart(INode node) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getLength() > 0) {
				return leaf.getOffset();
			}
		}
		return node.getOffset();
	}

	/** The indentation (spaces) of the line holding {@code offset}. */
	static String indentation(String text, int offset) {
		int start = lineStart(text, offset);
		int i = start;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		return text.substring(start, i);
	}

	/** True when only spaces (and at most one block-sequence dash) precede {@code offset} on its line. */
	static boolean startsLine(String text, int offset, boolean dash) {
		String before = text.substring(lineStart(text, offset), offset).strip();
		return before.isEmpty() || dash && before.equals("-");
	}
}
