package org.diac.dsl.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.diac.dsl.conversion.YamlScalars;
import org.diac.dsl.validation.IssueCodes;

/**
 * Resolves YAML aliases and merge keys on the scanner's token list, so that the parser sees the anchored value
 * wherever an alias stands: a scalar, a whole node template, a requirement list, a properties map (YAML 1.2 §7.1,
 * §3.2.2.2). Each alias's anchored tokens are replayed as {@link ReplayedToken}s, zero-length at the alias, so that
 * every diagnostic inside the copy points at the alias; the alias text itself stays as a hidden token.
 * <p>
 * Merge keys ({@code <<: *base}, {@code <<: [*a, *b]}, YAML 1.1 merge key type) insert the entries of the
 * merged maps that the mapping does not set itself; of several merged maps, the earlier one wins a key.
 * <p>
 * An alias that names no earlier anchor, an alias inside the value it refers to (YAML cannot be read as a tree
 * then), and an expansion beyond {@link #MAX_REPLAYED} tokens (an "alias bomb": each level of aliases multiplies
 * the size) become {@link YamlErrorToken}s at the alias, never a hang.
 */
final class YamlAliases {

	/** The merge key of YAML 1.1's merge type, which TOSCA processors (PyYAML, SnakeYAML) apply. */
	static final String MERGE_KEY = "<<";

	/** Replayed tokens allowed beyond the document's own: far above what real documents alias, and parsed in well under a second. */
	static final int MAX_REPLAYED = 250_000;

	/** Aliases inside anchored values inside anchored values ...: a bound that keeps the recursion off the stack's end. */
	private static final int MAX_NESTING = 200;

	/** How the tokens of an anchored node lie in the token list. */
	private enum Shape {
		/** One scalar token. */
		SCALAR,
		/** A BEGIN ... END run (a collection in a value slot, or a block collection). */
		COLLECTION,
		/** The entries or items of a collection whose BEGIN and END belong to the surrounding sequence item. */
		CONTENT,
		/** Nothing: an anchored null. */
		EMPTY
	}

	/** Where an alias stands decides whether a collection brings its own BEGIN/END. */
	private enum Slot {
		VALUE, ITEM, KEY
	}

	private record Node(Shape shape, int from, int to) {
	}

	private final List<Token> tokens;
	private final YamlTokenTypes types;
	private final int[] match;
	private final int[] parent;
	/** The anchor token each alias refers to (the last one of its name before it), by alias index. */
	private final Map<Integer, Integer> targets = new HashMap<>();
	private final Map<Integer, Node> nodes = new HashMap<>();
	private final Map<Integer, List<Token>> expanded = new HashMap<>();
	/** Why an anchored value could not be expanded, for the later aliases of it. */
	private final Map<Integer, String> failures = new HashMap<>();
	private final Token syntheticBegin;
	private final Token syntheticEnd;
	private final List<Token> result;
	private long replayed;
	private boolean exhausted;
	private int depth;
	/** The first problem met while resolving the alias or merge key being written; reported at that alias. */
	private String problem;

	private YamlAliases(List<Token> tokens, YamlTokenTypes types) {
		this.tokens = tokens;
		this.types = types;
		this.match = new int[tokens.size()];
		this.parent = new int[tokens.size()];
		this.result = new ArrayList<>(tokens.size() + 64);
		CommonToken begin = new CommonToken(types.begin, "");
		CommonToken end = new CommonToken(types.end, "");
		this.syntheticBegin = begin;
		this.syntheticEnd = end;
		structure();
	}

	/** The token list with every alias and merge key resolved. */
	static List<Token> expand(List<Token> tokens, YamlTokenTypes types) {
		YamlAliases aliases = new YamlAliases(tokens, types);
		aliases.emit(0, tokens.size());
		return aliases.result;
	}

	// ---- structure of the token list ---------------------------------------------------------------------

	/** Matching END of each BEGIN, innermost open BEGIN of each token, and the anchor each alias names. */
	private void structure() {
		Arrays.fill(match, -1);
		Deque<Integer> open = new ArrayDeque<>();
		Map<String, Integer> lastAnchor = new HashMap<>();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			parent[i] = open.isEmpty() ? -1 : open.peek();
			int type = token.getType();
			if (type == types.begin) {
				open.push(i);
			} else if (type == types.end && !open.isEmpty()) {
				match[open.pop()] = i;
			} else if (isAnchor(token)) {
				lastAnchor.put(token.getText().substring(1), i);
			} else if (isAlias(token)) {
				Integer anchor = lastAnchor.get(token.getText().substring(1));
				if (anchor != null) {
					targets.put(i, anchor);
				}
			}
		}
	}

	private boolean isAnchor(Token token) {
		return token.getType() == types.hidden && token.getText().length() > 1 && token.getText().charAt(0) == '&';
	}

	private boolean isAlias(Token token) {
		return token.getType() == types.hidden && token.getText().length() > 1 && token.getText().charAt(0) == '*';
	}

	private boolean isSignificant(Token token) {
		int type = token.getType();
		return type != types.whitespace && type != types.newline && type != types.comment && type != types.hidden;
	}

	private boolean isMergeKey(int index) {
		Token token = tokens.get(index);
		// the length first: reading a token's text copies it out of the document
		return token.getType() == types.plain && token instanceof CommonToken located
				&& located.getStopIndex() - located.getStartIndex() == MERGE_KEY.length() - 1 && MERGE_KEY.equals(token.getText())
				&& nextSignificant(index) >= 0
				&& tokens.get(nextSignificant(index)).getType() == types.colon;
	}

	private int nextSignificant(int index) {
		for (int i = index + 1; i < tokens.size(); i++) {
			if (isSignificant(tokens.get(i))) {
				return i;
			}
		}
		return -1;
	}

	/** The first token after {@code index} that is significant or an alias (aliases are hidden until replayed). */
	private int nextValue(int index) {
		for (int i = index + 1; i < tokens.size(); i++) {
			if (isSignificant(tokens.get(i)) || isAlias(tokens.get(i))) {
				return i;
			}
		}
		return -1;
	}

	private int previousSignificant(int index) {
		for (int i = index - 1; i >= 0; i--) {
			if (isSignificant(tokens.get(i))) {
				return i;
			}
		}
		return -1;
	}

	/** End (exclusive) of the level whose BEGIN is {@code begin}, or of the document for the top level. */
	private int levelEnd(int begin) {
		return begin < 0 ? tokens.size() : match[begin] < 0 ? tokens.size() : match[begin];
	}

	/** End (exclusive) of the collection whose BEGIN is {@code begin}, its END included. */
	private int collectionEnd(int begin) {
		return match[begin] < 0 ? tokens.size() : match[begin] + 1;
	}

	/** The value an anchor annotates: the node that starts at the first significant token after it. */
	private Node node(int anchor) {
		return nodes.computeIfAbsent(anchor, this::locate);
	}

	private Node locate(int anchor) {
		int first = nextValue(anchor);
		int levelEnd = levelEnd(parent[anchor]);
		if (first < 0 || first >= levelEnd || isAlias(tokens.get(first))) {
			return new Node(Shape.EMPTY, anchor, anchor); // nothing, or an alias, which YAML does not let an anchor annotate
		}
		int type = tokens.get(first).getType();
		if (type == types.begin) {
			return new Node(Shape.COLLECTION, first, collectionEnd(first));
		}
		if (type == types.end || type == types.colon) {
			return new Node(Shape.EMPTY, anchor, anchor);
		}
		boolean key = nextSignificant(first) >= 0 && tokens.get(nextSignificant(first)).getType() == types.colon;
		if (opensItem(anchor)) {
			if (type == types.dash || type == types.emptyList || key && collectionStartsBetween(anchor, first)) {
				// the anchor stands where a sequence item's content starts, and that content is a collection
				return new Node(Shape.CONTENT, first, levelEnd);
			}
		} else if (key && collectionStartsBetween(anchor, first)) {
			// `a: &x` and the next key on the next line: the anchored value is null
			return new Node(Shape.EMPTY, anchor, anchor);
		}
		return new Node(Shape.SCALAR, first, first + 1);
	}

	/** Whether the token at {@code index} starts a sequence item's content ({@code '-' BEGIN} before it). */
	private boolean opensItem(int index) {
		int previous = previousSignificant(index);
		if (previous < 0 || tokens.get(previous).getType() != types.begin) {
			return false;
		}
		int before = previousSignificant(previous);
		return before >= 0 && tokens.get(before).getType() == types.dash;
	}

	/** A line break or hidden flow bracket between the anchor and a key: the anchor annotates the whole mapping. */
	private boolean collectionStartsBetween(int anchor, int key) {
		for (int i = anchor + 1; i < key; i++) {
			Token token = tokens.get(i);
			if (token.getType() == types.newline || token.getType() == types.hidden && "{".equals(token.getText())) {
				return true;
			}
		}
		return false;
	}

	private Slot slot(int alias) {
		int next = nextSignificant(alias);
		if (next >= 0 && tokens.get(next).getType() == types.colon) {
			return Slot.KEY;
		}
		return opensItem(alias) ? Slot.ITEM : Slot.VALUE;
	}

	// ---- expansion ---------------------------------------------------------------------------------------

	/** Writes tokens {@code [from, to)} to the result: originals, with aliases and merge keys resolved. */
	private void emit(int from, int to) {
		int i = from;
		while (i < to) {
			Token token = tokens.get(i);
			if (isAlias(token)) {
				List<Token> value = aliasValue(i);
				if (value != null && replay(value, (CommonToken) token)) {
					result.add(token);
				} else {
					reportAt(token);
				}
				i++;
			} else if (isMergeKey(i)) {
				i = emitMerge(i);
			} else {
				result.add(token);
				i++;
			}
		}
	}

	/** The significant tokens of {@code [from, to)}, aliases and merge keys resolved; null when over budget. */
	private List<Token> collect(int from, int to) {
		List<Token> out = new ArrayList<>();
		int i = from;
		while (i < to) {
			Token token = tokens.get(i);
			if (isAlias(token)) {
				List<Token> value = aliasValue(i);
				if (value == null || !fits(out.size() + (long) value.size())) {
					return fail(null);
				}
				out.addAll(value);
				i++;
			} else if (isMergeKey(i)) {
				Merge merge = merge(i);
				if (merge.entries == null) {
					return null;
				}
				for (List<Token> entries : merge.entries.values()) {
					if (!fits(out.size() + (long) entries.size())) {
						return fail(null);
					}
					out.addAll(entries);
				}
				i = merge.end;
			} else {
				if (isSignificant(token) && token.getType() != types.error) {
					out.add(token);
				}
				i++;
			}
		}
		replayed += out.size();
		return out;
	}

	/**
	 * The tokens an alias stands for, shaped for its slot; null (and an error token in the result) when the alias
	 * names nothing, is recursive, or its expansion is over budget.
	 */
	private List<Token> aliasValue(int alias) {
		Token token = tokens.get(alias);
		Integer anchor = targets.get(alias);
		if (anchor == null) {
			return fail("alias " + token.getText() + " names no anchor (&" + token.getText().substring(1)
					+ ") before it (YAML 1.2 §7.1)");
		}
		Node node = node(anchor);
		if (node.from <= alias && alias < node.to) {
			return fail("alias " + token.getText() + " stands inside the value its anchor annotates: a recursive value"
					+ " cannot be read as a TOSCA document");
		}
		List<Token> content = expanded(anchor, node);
		if (content == null) {
			return fail(null);
		}
		return switch (slot(alias)) {
			case KEY -> node.shape == Shape.SCALAR ? content
					: fail("alias " + token.getText() + " of a collection used as a mapping key (TOSCA keys are scalars)");
			case ITEM -> node.shape == Shape.COLLECTION ? content.subList(1, content.size() - 1) : content;
			case VALUE -> node.shape == Shape.CONTENT ? wrap(content) : content;
		};
	}

	private List<Token> wrap(List<Token> content) {
		List<Token> wrapped = new ArrayList<>(content.size() + 2);
		wrapped.add(syntheticBegin);
		wrapped.addAll(content);
		wrapped.add(syntheticEnd);
		return wrapped;
	}

	private List<Token> expanded(int anchor, Node node) {
		if (expanded.containsKey(anchor)) {
			List<Token> content = expanded.get(anchor);
			return content != null ? content : fail(failures.get(anchor));
		}
		if (++depth > MAX_NESTING) {
			depth--;
			return fail("aliases nest more than " + MAX_NESTING + " deep");
		}
		List<Token> content = collect(node.from, node.to);
		depth--;
		expanded.put(anchor, content);
		if (content == null) {
			failures.put(anchor, problem);
		}
		return content;
	}

	/** Replays {@code value} at the alias; false (with a problem noted) when that would exceed the budget. */
	private boolean replay(List<Token> value, CommonToken alias) {
		if (!fits(value.size())) {
			fail(null);
			return false;
		}
		replayed += value.size();
		for (Token original : value) {
			result.add(new ReplayedToken(original, alias));
		}
		return true;
	}

	/** Whether {@code count} more replayed tokens stay within the budget. */
	private boolean fits(long count) {
		return replayed + count <= MAX_REPLAYED + (long) tokens.size();
	}

	/**
	 * Notes the first problem of the alias being written and returns null; {@code reason} null means the budget is
	 * spent, which is reported once per document (every later alias would repeat it).
	 */
	private List<Token> fail(String reason) {
		if (problem == null) {
			if (reason != null) {
				problem = reason;
			} else if (!exhausted) {
				exhausted = true;
				problem = "aliases expand beyond " + MAX_REPLAYED
						+ " tokens (each level of aliases of aliases multiplies the size: an alias bomb?); this one is not read";
			}
		}
		return null;
	}

	/** Writes the noted problem as an error token in place of {@code at} (the alias or merge key), or {@code at} itself. */
	private void reportAt(Token at) {
		if (problem == null) {
			result.add(hidden(at));
			return;
		}
		CommonToken located = (CommonToken) at;
		YamlErrorToken error = new YamlErrorToken(located.getInputStream(), types.error, located.getStartIndex(),
				located.getStopIndex(), IssueCodes.YAML_SYNTAX, problem);
		error.setLine(located.getLine());
		error.setCharPositionInLine(located.getCharPositionInLine());
		result.add(error);
		problem = null;
	}

	private Token hidden(Token token) {
		if (token.getType() == types.hidden) {
			return token;
		}
		CommonToken hidden = new CommonToken(token);
		hidden.setType(types.hidden);
		return hidden;
	}

	// ---- merge keys --------------------------------------------------------------------------------------

	/** The entries a merge key contributes, by the alias they come from, and the index after its value. */
	private static final class Merge {
		Map<Integer, List<Token>> entries = new LinkedHashMap<>();
		int end;
	}

	/** Writes a merge key's entry as hidden text, with the merged entries replayed at each alias of its value. */
	private int emitMerge(int key) {
		Merge merge = merge(key);
		if (merge.entries == null) {
			reportAt(tokens.get(key));
		}
		for (int i = merge.entries == null ? key + 1 : key; i < merge.end; i++) {
			Token token = tokens.get(i);
			List<Token> entries = merge.entries == null ? null : merge.entries.get(i);
			if (entries != null && !replay(entries, (CommonToken) token)) {
				reportAt(token);
				continue;
			}
			if (!isSignificant(token) || token instanceof YamlErrorToken) {
				result.add(token);
			} else if (token.getText() != null && !token.getText().isEmpty()) {
				result.add(hidden(token)); // the merge key's own text: kept in the document, not parsed
			}
		}
		return merge.end;
	}

	/**
	 * Resolves the merge key at {@code key}: its value is an alias or a list of aliases of maps (YAML merge key
	 * type). Keys the mapping sets itself, and keys an earlier merged map gave, are left out.
	 */
	private Merge merge(int key) {
		Merge merge = new Merge();
		int colon = nextSignificant(key);
		int value = nextValue(colon);
		int level = parent[key];
		int levelEnd = levelEnd(level);
		List<Integer> sources = new ArrayList<>();
		if (value >= 0 && value < levelEnd && isAliasAt(value)) {
			sources.add(value);
			merge.end = value + 1;
		} else if (value >= 0 && value < levelEnd && tokens.get(value).getType() == types.begin) {
			merge.end = collectionEnd(value);
			for (int i = value + 1; i < merge.end - 1; i++) {
				if (isAliasAt(i)) {
					sources.add(i);
				} else if (isSignificant(tokens.get(i)) && !isStructure(tokens.get(i))) {
					merge.entries = null;
					fail("a merge key (<<) takes an alias of a map or a list of such aliases; '" + tokens.get(i).getText()
							+ "' is not an alias");
					return merge;
				}
			}
		} else {
			merge.end = colon + 1;
			merge.entries = null;
			fail("a merge key (<<) needs an alias of a map or a list of such aliases as its value");
			return merge;
		}
		Set<String> taken = explicitKeys(level == -1 ? 0 : level + 1, levelEnd);
		for (int source : sources) {
			List<Token> entries = mergedEntries(source, taken);
			if (entries == null) {
				merge.entries = null;
				return merge;
			}
			merge.entries.put(source, entries);
		}
		return merge;
	}

	private boolean isAliasAt(int index) {
		return isAlias(tokens.get(index));
	}

	private boolean isStructure(Token token) {
		int type = token.getType();
		return type == types.begin || type == types.end || type == types.dash;
	}

	/** The keys written in the mapping {@code [from, to)} itself (not in nested collections), merge keys aside. */
	private Set<String> explicitKeys(int from, int to) {
		Set<String> keys = new HashSet<>();
		for (int i = from; i < to; i++) {
			Token token = tokens.get(i);
			if (token.getType() == types.begin) {
				i = levelEnd(i);
				continue;
			}
			if (isSignificant(token) && token.getType() != types.colon && !isMergeKey(i)) {
				int next = nextSignificant(i);
				if (next >= 0 && next < to && tokens.get(next).getType() == types.colon) {
					keys.add(keyOf(token));
				}
			}
		}
		return keys;
	}

	/** The entries of the map an alias names whose keys are not taken yet; they become taken. */
	private List<Token> mergedEntries(int alias, Set<String> taken) {
		Token token = tokens.get(alias);
		Integer anchor = targets.get(alias);
		if (anchor == null) {
			return fail("alias " + token.getText() + " names no anchor (&" + token.getText().substring(1)
					+ ") before it (YAML 1.2 §7.1)");
		}
		Node node = node(anchor);
		if (node.from <= alias && alias < node.to) {
			return fail("merge key alias " + token.getText() + " stands inside the map it merges");
		}
		List<Token> content = expanded(anchor, node);
		if (content == null) {
			return fail(null);
		}
		if (node.shape == Shape.COLLECTION) {
			content = content.subList(1, content.size() - 1);
		}
		if (node.shape == Shape.SCALAR || node.shape == Shape.EMPTY || !content.isEmpty() && content.get(0).getType() == types.dash
				|| !content.isEmpty() && content.get(0).getType() == types.emptyList) {
			return fail("a merge key (<<) merges maps, but " + token.getText() + " is not a map");
		}
		List<Token> out = new ArrayList<>();
		int level = 0;
		boolean keep = false;
		for (int i = 0; i < content.size(); i++) {
			Token current = content.get(i);
			if (level == 0 && i + 1 < content.size() && content.get(i + 1).getType() == types.colon && current.getType() != types.end) {
				keep = taken.add(keyOf(current));
			}
			if (current.getType() == types.begin) {
				level++;
			} else if (current.getType() == types.end) {
				level--;
			}
			if (keep) {
				out.add(current);
			}
		}
		return out;
	}

	private static String keyOf(Token token) {
		String value = YamlScalars.value(token.getText());
		return value == null ? "" : value;
	}
}
