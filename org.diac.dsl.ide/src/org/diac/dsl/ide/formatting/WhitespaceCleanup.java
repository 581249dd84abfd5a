package org.diac.dsl.ide.formatting;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.ReplaceRegion;

/**
 * The formatting DiaC does: whitespace only, and only where YAML gives whitespace no meaning, so that a formatted
 * document reads as the same data (YAML 1.2.2 §6):
 * <ul>
 * <li>trailing spaces at the end of a line, also after a comment;</li>
 * <li>more than one space between a key's colon and a value on the same line becomes one;</li>
 * <li>blank lines at the end of the document become none (the last line keeps its line break).</li>
 * </ul>
 * Indentation is never changed: in YAML it is structure. Scalars are never touched: the scanner makes each
 * scalar one token, multi-line and block scalars included, and only the whitespace between tokens is edited.
 * After a block scalar, the blank lines up to the next token may be its content ({@code |+} keeps them), so
 * they are left alone.
 */
public final class WhitespaceCleanup {

	private WhitespaceCleanup() {
	}

	/** The replacements for the leaves of {@code root} that lie within [start, end). */
	public static List<ReplaceRegion> edits(INode root, String text, int start, int end) {
		List<ILeafNode> leaves = new ArrayList<>();
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.getLength() > 0) {
				leaves.add(leaf);
			}
		}
		List<ReplaceRegion> edits = new ArrayList<>();
		boolean afterBlockScalar = false;
		for (int i = 0; i < leaves.size(); i++) {
			ILeafNode leaf = leaves.get(i);
			if (!leaf.isHidden()) {
				afterBlockScalar = isBlockScalar(leaf);
				ILeafNode next = i + 1 < leaves.size() ? leaves.get(i + 1) : null;
				ILeafNode afterNext = i + 2 < leaves.size() ? leaves.get(i + 2) : null;
				if (":".equals(leaf.getText()) && next != null && isSpaces(next) && next.getLength() > 1 && afterNext != null && !afterNext.isHidden()) {
					edits.add(new ReplaceRegion(next.getOffset(), next.getLength(), " "));
				}
				continue;
			}
			if (afterBlockScalar) {
				continue;
			}
			boolean lineEnds = i + 1 == leaves.size() || isLineBreak(leaves.get(i + 1));
			if (lineEnds && isSpaces(leaf)) {
				edits.add(new ReplaceRegion(leaf.getOffset(), leaf.getLength(), ""));
			} else if (lineEnds && leaf.getText().startsWith("#")) {
				String comment = leaf.getText().stripTrailing();
				if (comment.length() < leaf.getLength()) {
					edits.add(new ReplaceRegion(leaf.getOffset() + comment.length(), leaf.getLength() - comment.length(), ""));
				}
			}
		}
		trailingBlankLines(leaves, text, edits);
		edits.removeIf(edit -> edit.getOffset() < start || edit.getEndOffset() > end);
		return edits;
	}

	/** Everything after the last line with content becomes one line break; unless the document ends in a block scalar. */
	private static void trailingBlankLines(List<ILeafNode> leaves, String text, List<ReplaceRegion> edits) {
		int last = leaves.size() - 1;
		while (last >= 0 && leaves.get(last).isHidden() && !leaves.get(last).getText().startsWith("#")) {
			last--;
		}
		if (last < 0 || isBlockScalar(leaves.get(last))) {
			return;
		}
		int contentEnd = leaves.get(last).getEndOffset();
		String tail = text.substring(contentEnd);
		int firstBreak = tail.indexOf('\n');
		if (firstBreak < 0 || !tail.isBlank() || firstBreak == tail.length() - 1) {
			return;
		}
		// the first line break stays (after the line's trailing spaces, which the rules above remove)
		int keep = contentEnd + firstBreak + 1;
		edits.removeIf(edit -> edit.getOffset() >= keep);
		edits.add(new ReplaceRegion(keep, text.length() - keep, ""));
	}

	private static boolean isSpaces(ILeafNode leaf) {
		return leaf.isHidden() && leaf.getText().chars().allMatch(c -> c == ' ');
	}

	private static boolean isLineBreak(ILeafNode leaf) {
		return leaf.isHidden() && (leaf.getText().charAt(0) == '\n' || leaf.getText().charAt(0) == '\r');
	}

	private static boolean isBlockScalar(ILeafNode leaf) {
		return !leaf.isHidden() && (leaf.getText().startsWith("|") || leaf.getText().startsWith(">"));
	}
}
