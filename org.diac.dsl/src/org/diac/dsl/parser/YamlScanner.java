package org.diac.dsl.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.diac.dsl.validation.IssueCodes;

/**
 * Turns YAML text into the token shape of the DiaC grammar, in one pass and without ever throwing.
 * <ul>
 * <li>Block indentation becomes BEGIN/END (YAML 1.2.2 §6.1, §8.2). A sequence entry's content is one more
 * level: {@code - a: 1} gives {@code '-' BEGIN a : 1 END}. An indentless sequence right after {@code key:}
 * gets its own level too.</li>
 * <li>Flow collections give the same shape as block ones (§7.4, §7.5): {@code {a: 1}} is
 * {@code BEGIN a : 1 END}, {@code [a, b]} is {@code BEGIN '-' BEGIN a END '-' BEGIN b END END}; commas are
 * hidden. Brackets that open a sequence entry's content are hidden, because the entry already opened a level.</li>
 * <li>Plain scalars (also multi-line), quoted scalars and block scalars are one token each (§7.3, §8.1). A
 * plain scalar spelled like a TOSCA keyword gets the keyword's type.</li>
 * <li>An empty flow sequence {@code []} carries a synthetic EMPTY_LIST between its BEGIN and END, so that it stays a
 * list where {@code {}} is a map.</li>
 * <li>Anchors and aliases are hidden tokens; {@link YamlAliases} then replays each alias's anchored tokens (and
 * resolves merge keys {@code <<}) before the parser sees them.</li>
 * <li>A byte-order mark before the first character is hidden (YAML 1.2 §5.2).</li>
 * <li>Malformed input becomes a {@link YamlErrorToken} with a code and reason.</li>
 * </ul>
 */
public final class YamlScanner {

	/** One level of block indentation. */
	private static final class Level {
		final int column;
		/** Column of the sequence dash that opened this level, or the column itself. */
		final int parentColumn;
		final boolean indentlessSequence;

		Level(int column, int parentColumn, boolean indentlessSequence) {
			this.column = column;
			this.parentColumn = parentColumn;
			this.indentlessSequence = indentlessSequence;
		}
	}

	/** One open flow collection. */
	private static final class Flow {
		final char kind;
		final boolean hidden;
		final int start;
		final int startLine;
		final int startColumn;
		/** Index in the token list just after the opening bracket. */
		final int tokenIndex;
		boolean itemOpen;
		/** An item or entry has started: a sequence that never had one is {@code []}. */
		boolean hasContent;

		Flow(char kind, boolean hidden, int start, int startLine, int startColumn, int tokenIndex) {
			this.kind = kind;
			this.hidden = hidden;
			this.start = start;
			this.startLine = startLine;
			this.startColumn = startColumn;
			this.tokenIndex = tokenIndex;
		}
	}

	private final CharStream input;
	private final char[] text;
	private final int length;
	private final YamlTokenTypes types;
	private final List<Token> tokens = new ArrayList<>();
	private final Deque<Level> levels = new ArrayDeque<>();
	private final Deque<Flow> flows = new ArrayDeque<>();

	private int pos;
	private int line = 1;
	private int lineStart;
	/** A level was just opened for a sequence entry's content: a bracket here is the content, not a level. */
	private boolean slotOpen = true;
	/** The line so far ended a block mapping key or a dash with no value: the value may follow, indented. */
	private boolean pendingValue;

	/** {@link #pendingValue} was set by an empty {@code -}, not by {@code key:}. */
	private boolean pendingAfterDash;
	private boolean atLineStart = true;
	/** An alias or merge key was seen: the token list needs {@link YamlAliases}. */
	private boolean aliasesSeen;

	private YamlScanner(CharStream input, YamlTokenTypes types) {
		this.input = input;
		this.text = input.substring(0, input.size() - 1).toCharArray();
		this.length = text.length;
		this.types = types;
		levels.push(new Level(0, 0, false));
	}

	public static List<Token> scan(CharStream input, YamlTokenTypes types) {
		YamlScanner scanner = new YamlScanner(input, types);
		scanner.run();
		return scanner.aliasesSeen ? YamlAliases.expand(scanner.tokens, types) : scanner.tokens;
	}

	private void run() {
		if (length > 0 && text[0] == '\uFEFF') {
			// a UTF-8 byte-order mark that the reader kept: not content, and not a column of the first line
			add(types.hidden, 0, 1);
			pos = 1;
			lineStart = 1;
		}
		while (pos < length) {
			char c = text[pos];
			if (c == '\n' || c == '\r') {
				newline();
			} else if (c == ' ' || c == '\t') {
				whitespace();
			} else if (c == '#' && (pos == lineStart || isBlankOrBreak(text[pos - 1]))) {
				comment();
			} else if (atLineStart && flows.isEmpty()) {
				lineStart();
			} else if (flows.isEmpty()) {
				blockToken();
			} else {
				flowToken();
			}
		}
		while (!flows.isEmpty()) {
			Flow open = flows.pop();
			YamlErrorToken unclosed = new YamlErrorToken(input, types.error, open.start + 1, open.start, IssueCodes.YAML_SYNTAX,
					"unclosed flow collection '" + open.kind + "' (YAML 1.2 §7.4): missing '" + closing(open.kind) + "'");
			unclosed.setLine(open.startLine);
			unclosed.setCharPositionInLine(open.startColumn);
			tokens.add(open.tokenIndex, unclosed);
			if (open.itemOpen) {
				synthetic(types.end, pos);
			}
			if (!open.hidden) {
				synthetic(types.end, pos);
			}
		}
		while (levels.size() > 1) {
			levels.pop();
			synthetic(types.end, pos);
		}
	}

	// ---- whitespace, comments, line starts --------------------------------------------------------------

	private void newline() {
		int start = pos;
		if (text[pos] == '\r' && pos + 1 < length && text[pos + 1] == '\n') {
			pos++;
		}
		pos++;
		line++;
		lineStart = pos;
		add(types.newline, start, pos);
		atLineStart = true;
	}

	private void whitespace() {
		int start = pos;
		while (pos < length && (text[pos] == ' ' || text[pos] == '\t')) {
			if (text[pos] == '\t' && atLineStart && flows.isEmpty() && onlyBlanksBefore(pos)) {
				if (pos > start) {
					add(types.whitespace, start, pos);
				}
				error(pos, pos + 1, IssueCodes.YAML_TAB,
						"tab character in indentation (YAML 1.2 §6.1 allows only spaces); replace it with spaces");
				pos++;
				start = pos;
				continue;
			}
			pos++;
		}
		if (pos > start) {
			add(types.whitespace, start, pos);
		}
	}

	private boolean onlyBlanksBefore(int index) {
		for (int i = lineStart; i < index; i++) {
			if (text[i] != ' ' && text[i] != '\t') {
				return false;
			}
		}
		return true;
	}

	private void comment() {
		int start = pos;
		while (pos < length && text[pos] != '\n' && text[pos] != '\r') {
			pos++;
		}
		add(types.comment, start, pos);
	}

	/** First significant character of a line in block context: settle indentation, then read the token. */
	private void lineStart() {
		atLineStart = false;
		int column = pos - lineStart;
		if (column == 0 && (startsWith("---") || startsWith("...")) && (pos + 3 >= length || isBlankOrBreak(text[pos + 3]))) {
			closeLevelsDeeperThan(-1);
			add(startsWith("---") ? types.documentStart : types.documentEnd, pos, pos + 3);
			pos += 3;
			slotOpen = true;
			pendingValue = false;
			return;
		}
		if (column == 0 && text[pos] == '%') {
			// YAML directive (%YAML, %TAG): kept, not interpreted
			int start = pos;
			while (pos < length && text[pos] != '\n' && text[pos] != '\r') {
				pos++;
			}
			add(types.hidden, start, pos);
			return;
		}
		boolean dash = isDash(pos);
		closeLevelsDeeperThan(column);
		Level top = levels.peek();
		if (top.indentlessSequence && top.column == column && !dash) {
			levels.pop();
			synthetic(types.end, pos);
			top = levels.peek();
		}
		if (top.column == column) {
			if (dash && pendingValue && !pendingAfterDash) {
				// `key:` followed by a dash at the key's column: an indentless sequence is the value. After an empty
				// `-` a dash at the same column is the next item (the empty one is null), not a nested sequence.
				levels.push(new Level(column, column, true));
				synthetic(types.begin, pos);
			}
		} else if (top.column < column) {
			if (pendingValue && !dash && !looksLikeKey(pos)) {
				// the value of `key:` continues on this line (a scalar, flow collection or block scalar)
				pendingValue = false;
				blockValueOnNextLine(top);
				return;
			}
			if (!pendingValue) {
				error(pos, pos, IssueCodes.YAML_SYNTAX,
						"unexpected indentation at column " + (column + 1) + " (YAML 1.2 §8.2): nothing above opens a block here");
			}
			levels.push(new Level(column, top.column, false));
			synthetic(types.begin, pos);
		} else {
			error(pos, pos, IssueCodes.YAML_SYNTAX, "bad indentation: column " + (column + 1)
					+ " matches no enclosing block (YAML 1.2 §6.1); it must line up with a key or dash above");
			levels.push(new Level(column, top.column, false));
			synthetic(types.begin, pos);
		}
		pendingValue = false;
		blockToken();
	}

	private void blockValueOnNextLine(Level parent) {
		char c = text[pos];
		if (c == '|' || c == '>') {
			blockScalar(parent.column);
		} else if (c == '"' || c == '\'') {
			quoted();
		} else if (c == '[' || c == '{') {
			openFlow(c);
		} else if (c == '*') {
			alias();
		} else if (c == '&' || c == '!') {
			anchorOrTag(); // the value itself follows, read as the line goes on
			pendingValue = true;
		} else {
			plain(false, parent.column);
		}
	}

	private void closeLevelsDeeperThan(int column) {
		while (levels.size() > 1 && levels.peek().column > column) {
			levels.pop();
			synthetic(types.end, pos);
		}
	}

	// ---- block context ----------------------------------------------------------------------------------

	private void blockToken() {
		char c = text[pos];
		Level top = levels.peek();
		int parentColumn = slotOpen ? top.parentColumn : top.column;
		if (isDash(pos)) {
			dash();
		} else if (c == ':' && (pos + 1 >= length || isBlankOrBreak(text[pos + 1]))) {
			add(types.colon, pos, pos + 1);
			pos++;
			slotOpen = false;
			pendingValue = true;
			pendingAfterDash = false;
		} else if (c == '[' || c == '{') {
			openFlow(c);
		} else if (c == ']' || c == '}') {
			error(pos, pos + 1, IssueCodes.YAML_SYNTAX, "'" + c + "' closes no flow collection (YAML 1.2 §7.4)");
			pos++;
		} else if (c == '|' || c == '>') {
			blockScalar(parentColumn);
		} else if (c == '"' || c == '\'') {
			quoted();
		} else if (c == '&' || c == '!') {
			anchorOrTag();
		} else if (c == '*') {
			alias();
		} else if (c == '?' && (pos + 1 >= length || isBlankOrBreak(text[pos + 1]))) {
			error(pos, pos + 1, IssueCodes.YAML_SYNTAX, "complex mapping keys ('? ') are not supported in TOSCA documents");
			pos++;
		} else if (c == '@' || c == '`') {
			error(pos, pos + 1, IssueCodes.YAML_SYNTAX, "'" + c + "' is reserved in YAML 1.2 §5.3 and cannot start a plain scalar; quote the value");
			pos++;
		} else {
			plain(false, parentColumn);
		}
	}

	private void dash() {
		int dashColumn = pos - lineStart;
		add(types.dash, pos, pos + 1);
		pos++;
		slotOpen = false;
		int contentStart = pos;
		while (contentStart < length && text[contentStart] == ' ') {
			contentStart++;
		}
		if (contentStart >= length || isBreak(text[contentStart]) || text[contentStart] == '#' || text[contentStart] == '\t') {
			pendingValue = true;
			pendingAfterDash = true;
			return;
		}
		if (contentStart > pos) {
			add(types.whitespace, pos, contentStart);
			pos = contentStart;
		}
		levels.push(new Level(pos - lineStart, dashColumn, false));
		synthetic(types.begin, pos);
		slotOpen = true;
		pendingValue = false;
	}

	// ---- flow context -----------------------------------------------------------------------------------

	private void openFlow(char kind) {
		boolean hidden = slotOpen;
		add(hidden ? types.hidden : types.begin, pos, pos + 1);
		flows.push(new Flow(kind, hidden, pos, line, pos - lineStart, tokens.size()));
		pos++;
		slotOpen = false;
		pendingValue = false;
	}

	private void flowToken() {
		atLineStart = false;
		Flow flow = flows.peek();
		char c = text[pos];
		if (c == ']' || c == '}') {
			if (c != closing(flow.kind)) {
				error(pos, pos + 1, IssueCodes.YAML_SYNTAX,
						"'" + c + "' does not close the flow collection '" + flow.kind + "' opened on line " + lineOf(flow.start));
				pos++;
				return;
			}
			if (flow.itemOpen) {
				synthetic(types.end, pos);
			}
			if (flow.kind == '[' && !flow.hasContent) {
				synthetic(types.emptyList, pos);
			}
			flows.pop();
			add(flow.hidden ? types.hidden : types.end, pos, pos + 1);
			pos++;
			slotOpen = false;
			return;
		}
		if (c == ',') {
			if (flow.itemOpen) {
				synthetic(types.end, pos);
				flow.itemOpen = false;
			}
			add(types.hidden, pos, pos + 1);
			pos++;
			return;
		}
		flow.hasContent = true;
		if (flow.kind == '[' && !flow.itemOpen) {
			synthetic(types.dash, pos);
			synthetic(types.begin, pos);
			flow.itemOpen = true;
			slotOpen = true;
		}
		if (c == ':' && (pos + 1 >= length || isBlankOrBreak(text[pos + 1]) || isFlowIndicator(text[pos + 1])
				|| previousIsQuoted())) {
			add(types.colon, pos, pos + 1);
			pos++;
			slotOpen = false;
		} else if (c == '[' || c == '{') {
			openFlow(c);
		} else if (c == '"' || c == '\'') {
			quoted();
		} else if (c == '&' || c == '!') {
			anchorOrTag();
		} else if (c == '*') {
			alias();
		} else if (c == '|' || c == '>') {
			error(pos, pos + 1, IssueCodes.YAML_SYNTAX, "block scalar indicator '" + c + "' inside a flow collection (YAML 1.2 §7)");
			pos++;
		} else {
			plain(true, 0);
		}
	}

	private boolean previousIsQuoted() {
		for (int i = tokens.size() - 1; i >= 0; i--) {
			Token t = tokens.get(i);
			if (t.getType() == types.whitespace || t.getType() == types.newline) {
				continue;
			}
			return t.getType() == types.string || t.getType() == types.moduleRef;
		}
		return false;
	}

	// ---- scalars ----------------------------------------------------------------------------------------

	/**
	 * A plain scalar (YAML 1.2 §7.3.3). It ends before ": ", " #", a line break and, in flow context, a flow
	 * indicator. In block context it continues on following lines indented deeper than {@code parentColumn}.
	 */
	private void plain(boolean flow, int parentColumn) {
		int start = pos;
		int startLine = line;
		int startColumn = pos - lineStart;
		int end = scanPlainLine(pos, flow);
		pos = end;
		boolean key = isKeyAfter(end, flow);
		if (!flow && !key) {
			int continued = continuation(end, parentColumn);
			if (continued > end) {
				pos = continued;
				end = continued;
				line += countBreaks(start, end);
				lineStart = lastLineStart(start, end, lineStart);
			}
		}
		if (end == start) {
			// a lone indicator such as ':' mid-line: take one character so the scanner always advances
			error(pos, pos + 1, IssueCodes.YAML_SYNTAX, "unexpected '" + text[pos] + "'");
			pos++;
			return;
		}
		String value = new String(text, start, end - start);
		if (key && YamlAliases.MERGE_KEY.equals(value)) {
			aliasesSeen = true;
		}
		addAt(types.plainOrKeyword(value), start, end, startLine, startColumn);
		slotOpen = false;
		pendingValue = false;
	}

	/** End of the plain scalar that starts at {@code from}, on this line. */
	private int scanPlainLine(int from, boolean flow) {
		int i = from;
		int lastNonBlank = from;
		while (i < length) {
			char c = text[i];
			if (isBreak(c)) {
				break;
			}
			if (c == ':' && (i + 1 >= length || isBlankOrBreak(text[i + 1]) || (flow && isFlowIndicator(text[i + 1])))) {
				break;
			}
			if (c == '#' && i > from && isBlank(text[i - 1])) {
				break;
			}
			if (flow && isFlowIndicator(c)) {
				break;
			}
			i++;
			if (!isBlank(c)) {
				lastNonBlank = i;
			}
		}
		return lastNonBlank;
	}

	private boolean isKeyAfter(int end, boolean flow) {
		int i = end;
		while (i < length && text[i] == ' ') {
			i++;
		}
		return i < length && text[i] == ':' && (i + 1 >= length || isBlankOrBreak(text[i + 1]) || (flow && isFlowIndicator(text[i + 1])));
	}

	/** End of a multi-line plain scalar's continuation lines, or {@code end} when there are none. */
	private int continuation(int end, int parentColumn) {
		int result = end;
		int i = end;
		while (true) {
			while (i < length && isBlank(text[i])) {
				i++;
			}
			if (i < length && text[i] == '#') {
				return result;
			}
			if (i >= length || !isBreak(text[i])) {
				return result;
			}
			// skip line breaks and blank lines
			int lineBegin;
			do {
				if (text[i] == '\r' && i + 1 < length && text[i + 1] == '\n') {
					i++;
				}
				i++;
				lineBegin = i;
				while (i < length && text[i] == ' ') {
					i++;
				}
			} while (i < length && isBreak(text[i]));
			if (i >= length || i - lineBegin <= parentColumn || text[i] == '#' || isDash(i) || looksLikeKey(i)
					|| (i - lineBegin == 0 && (startsWithAt(i, "---") || startsWithAt(i, "...")))) {
				return result;
			}
			int lineEnd = scanPlainLine(i, false);
			if (lineEnd == i) {
				return result;
			}
			result = lineEnd;
			i = lineEnd;
		}
	}

	/** A single- or double-quoted scalar (YAML 1.2 §7.3.1, §7.3.2); may span lines. */
	private void quoted() {
		int start = pos;
		int startLine = line;
		int startColumn = pos - lineStart;
		char quote = text[pos];
		int i = pos + 1;
		boolean closed = false;
		while (i < length) {
			char c = text[i];
			if (quote == '"' && c == '\\' && i + 1 < length) {
				i += 2;
				continue;
			}
			if (c == quote) {
				if (quote == '\'' && i + 1 < length && text[i + 1] == '\'') {
					i += 2;
					continue;
				}
				closed = true;
				i++;
				break;
			}
			if (c == '\n') {
				line++;
				lineStart = i + 1;
			}
			i++;
		}
		if (!closed) {
			// report at the opening quote and stop at its line end, so the rest of the file still parses
			int lineEnd = start;
			while (lineEnd < length && !isBreak(text[lineEnd])) {
				lineEnd++;
			}
			line = startLine;
			lineStart = start - startColumn;
			error(start, lineEnd, IssueCodes.YAML_SYNTAX, "unclosed quoted scalar: missing closing " + quote + " (YAML 1.2 §7.3)");
			pos = lineEnd;
			return;
		}
		pos = i;
		int type = isModuleReference(start + 1, i - 1) ? types.moduleRef : types.string;
		if (type == types.string && isKeyAfter(i, !flows.isEmpty())) {
			// JSON-style quoted keys ("description": ...) are still TOSCA keywords
			int keyword = types.plainOrKeyword(new String(text, start + 1, i - start - 2));
			if (keyword != types.plain) {
				type = keyword;
			}
		}
		addAt(type, start, i, startLine, startColumn);
		slotOpen = false;
		pendingValue = false;
	}

	/** {@code {{module.path}}} filling the whole string (LANGUAGE.md §5). */
	private boolean isModuleReference(int from, int to) {
		if (to - from < 5 || text[from] != '{' || text[from + 1] != '{' || text[to - 1] != '}' || text[to - 2] != '}') {
			return false;
		}
		for (int i = from + 2; i < to - 2; i++) {
			char c = text[i];
			if (c == '{' || c == '}' || isBreak(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A literal or folded block scalar (YAML 1.2 §8.1): the indicator line and every following line that is
	 * blank or indented deeper than {@code parentColumn}.
	 */
	private void blockScalar(int parentColumn) {
		int start = pos;
		int startLine = line;
		int startColumn = pos - lineStart;
		int i = pos + 1;
		while (i < length && !isBreak(text[i])) {
			i++;
		}
		boolean keep = new String(text, start, i - start).contains("+");
		int end = i;
		while (i < length) {
			int lineBegin = i + (text[i] == '\r' && i + 1 < length && text[i + 1] == '\n' ? 2 : 1);
			int j = lineBegin;
			while (j < length && text[j] == ' ') {
				j++;
			}
			boolean blank = j >= length || isBreak(text[j]);
			if (!blank && j - lineBegin <= parentColumn) {
				break;
			}
			if (blank && j >= length) {
				break;
			}
			while (j < length && !isBreak(text[j])) {
				j++;
			}
			i = j;
			if (!blank || keep) {
				end = j;
			}
		}
		// trailing blank lines stay whitespace: count only the lines up to the last content line
		int breaks = countBreaks(start, end);
		pos = end;
		line = startLine + breaks;
		if (breaks > 0) {
			lineStart = lastLineStart(start, end, lineStart);
		}
		addAt(types.blockScalar, start, end, startLine, startColumn);
		slotOpen = false;
		pendingValue = false;
	}

	/**
	 * An alias {@code *name} (YAML 1.2 §7.1): a hidden token whose anchored value {@link YamlAliases} replays. The name
	 * ends at a blank or, in a flow collection, at a flow indicator (§6.9.2).
	 */
	private void alias() {
		int start = pos;
		pos++;
		while (pos < length && !isBlankOrBreak(text[pos]) && !(flows.size() > 0 && isFlowIndicator(text[pos]))) {
			pos++;
		}
		add(types.hidden, start, pos);
		aliasesSeen = true;
		slotOpen = false;
		pendingValue = false;
	}

	private void anchorOrTag() {
		int start = pos;
		while (pos < length && !isBlankOrBreak(text[pos]) && !(flows.size() > 0 && isFlowIndicator(text[pos]) && pos > start)) {
			pos++;
		}
		add(types.hidden, start, pos);
	}

	// ---- helpers ----------------------------------------------------------------------------------------

	/** A key on this line: a plain or quoted scalar followed by ': ' or ':' at the line end. */
	private boolean looksLikeKey(int from) {
		if (from >= length) {
			return false;
		}
		char c = text[from];
		if (c == '"' || c == '\'') {
			int i = from + 1;
			while (i < length && !isBreak(text[i])) {
				if (c == '"' && text[i] == '\\') {
					i += 2;
					continue;
				}
				if (text[i] == c) {
					return isKeyAfter(i + 1, false);
				}
				i++;
			}
			return false;
		}
		if (c == '[' || c == '{' || c == '|' || c == '>' || c == '#' || c == '&' || c == '!' || c == '*') {
			return false;
		}
		int end = scanPlainLine(from, false);
		return end > from && isKeyAfter(end, false);
	}

	private boolean isDash(int at) {
		return text[at] == '-' && (at + 1 >= length || isBlankOrBreak(text[at + 1]));
	}

	private boolean startsWith(String s) {
		return startsWithAt(pos, s);
	}

	private boolean startsWithAt(int at, String s) {
		if (at + s.length() > length) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			if (text[at + i] != s.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private int countBreaks(int from, int to) {
		int count = 0;
		for (int i = from; i < to; i++) {
			if (text[i] == '\n') {
				count++;
			}
		}
		return count;
	}

	private int lastLineStart(int from, int to, int fallback) {
		for (int i = to - 1; i >= from; i--) {
			if (text[i] == '\n') {
				return i + 1;
			}
		}
		return fallback;
	}

	private int lineOf(int offset) {
		int result = 1;
		for (int i = 0; i < offset && i < length; i++) {
			if (text[i] == '\n') {
				result++;
			}
		}
		return result;
	}

	private static char closing(char open) {
		return open == '[' ? ']' : '}';
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t';
	}

	private static boolean isBreak(char c) {
		return c == '\n' || c == '\r';
	}

	private static boolean isBlankOrBreak(char c) {
		return isBlank(c) || isBreak(c);
	}

	private static boolean isFlowIndicator(char c) {
		return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
	}

	private void add(int type, int start, int end) {
		addAt(type, start, end, line, start - lineStart);
	}

	private void addAt(int type, int start, int end, int tokenLine, int column) {
		CommonToken token = new CommonToken(input, type, Token.DEFAULT_CHANNEL, start, end - 1);
		token.setLine(tokenLine);
		token.setCharPositionInLine(column);
		tokens.add(token);
	}

	private void synthetic(int type, int at) {
		addAt(type, at, at, line, Math.max(0, at - lineStart));
	}

	private void error(int start, int end, String code, String reason) {
		YamlErrorToken token = new YamlErrorToken(input, types.error, start, end - 1, code, reason);
		token.setLine(line);
		token.setCharPositionInLine(Math.max(0, start - lineStart));
		tokens.add(token);
	}
}
