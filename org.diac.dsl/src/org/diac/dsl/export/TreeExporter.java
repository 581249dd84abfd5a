package org.diac.dsl.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.dsl.conversion.YamlScalars;
import org.diac.dsl.values.YamlScalarKind;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * A parsed document as a plain tree: {@link LinkedHashMap} (key order as written), {@link ArrayList},
 * {@link String}, {@link Long}, {@link Double}, {@link Boolean} and {@code null} (YAML 1.2.2 §10.3 core schema).
 * <p>
 * The tree is read from the document's node model, not from the EMF features: the node model is the complete,
 * ordered record of what was written, while the EMF model drops what TOSCA gives no meaning to (short versus long
 * forms, {@code key:} versus {@code key: {}}, the position of an extension key among the TOSCA keys). Every
 * cross-reference (type, template, input) is therefore exported as the text the user wrote, never as what it
 * resolves to; a module reference stays the string {@code {{module.path}}} (LANGUAGE.md §5).
 * <p>
 * The lexer already gave the text YAML's structure: BEGIN/END around every block or flow collection, {@code '-'}
 * before each sequence item, {@code ':'} after each key, EMPTY_LIST in {@code []}; aliases and merge keys are already
 * resolved into replayed leaves that carry the anchored text (parser/YamlAliases), so the tree holds the resolved
 * values, as a YAML library reads them. A document with syntax errors has no such guarantee: export only what
 * parsed cleanly.
 */
public final class TreeExporter {

	private final List<ILeafNode> tokens = new ArrayList<>();
	private int next;

	private TreeExporter(ICompositeNode root) {
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (!leaf.isHidden() && !isDocumentMarker(leaf)) {
				tokens.add(leaf);
			}
		}
	}

	/** The whole document that {@code element} belongs to, as a plain tree (a map, or null for an empty document). */
	public static Object tree(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(EcoreUtil2.getRootContainer(element));
		if (node == null) {
			throw new IllegalArgumentException("export needs a parsed document (no node model for " + element.eClass().getName() + ")");
		}
		TreeExporter exporter = new TreeExporter(node.getRootNode());
		if (exporter.tokens.isEmpty()) {
			return new LinkedHashMap<>();
		}
		Object tree = exporter.content();
		if (exporter.next < exporter.tokens.size()) {
			throw new IllegalStateException("unexpected token '" + exporter.tokens.get(exporter.next).getText() + "' at line "
					+ exporter.tokens.get(exporter.next).getStartLine() + " (does the document have syntax errors?)");
		}
		return tree;
	}

	/** The content of one level: a map, a list, a lone scalar, or an empty collection ({@code []} or {@code {}}). */
	private Object content() {
		if (at(Kind.DASH)) {
			List<Object> items = new ArrayList<>();
			while (at(Kind.DASH)) {
				next++;
				items.add(at(Kind.BEGIN) ? nested() : null);
			}
			return items;
		}
		if (at(Kind.EMPTY_LIST)) {
			next++;
			return new ArrayList<>();
		}
		if (at(Kind.END) || next >= tokens.size()) {
			return new LinkedHashMap<>();
		}
		if (at(Kind.SCALAR) && !followedByColon()) {
			return scalar(tokens.get(next++));
		}
		Map<Object, Object> map = new LinkedHashMap<>();
		while (at(Kind.SCALAR) && followedByColon()) {
			Object key = scalar(tokens.get(next));
			next += 2;
			map.put(key, value());
		}
		return map;
	}

	/** The value after {@code key:}: a nested level, a scalar, or nothing (null). */
	private Object value() {
		if (at(Kind.BEGIN)) {
			return nested();
		}
		if (at(Kind.SCALAR) && !followedByColon()) {
			return scalar(tokens.get(next++));
		}
		return null;
	}

	private Object nested() {
		ILeafNode begin = tokens.get(next++);
		Object content = content();
		if (!at(Kind.END)) {
			throw new IllegalStateException("unbalanced collection at line " + begin.getStartLine() + " (does the document have syntax errors?)");
		}
		next++;
		return content;
	}

	private boolean at(Kind kind) {
		return next < tokens.size() && kind(tokens.get(next)) == kind;
	}

	private boolean followedByColon() {
		return next + 1 < tokens.size() && kind(tokens.get(next + 1)) == Kind.COLON;
	}

	private Object scalar(ILeafNode leaf) {
		String source = leaf.getText();
		String value = YamlScalars.value(source == null ? null : source.stripLeading());
		char first = source == null || source.isBlank() ? ' ' : source.stripLeading().charAt(0);
		// YAML 1.2.2 §10.3.2: only plain scalars are resolved by their form; quoted and block scalars are strings
		return first == '"' || first == '\'' || first == '|' || first == '>' ? value : YamlScalarKind.coreValue(value);
	}

	private enum Kind {
		BEGIN, END, DASH, COLON, EMPTY_LIST, SCALAR
	}

	private static Kind kind(ILeafNode leaf) {
		if (leaf.getGrammarElement() instanceof Keyword keyword) {
			return switch (keyword.getValue()) {
				case "-" -> Kind.DASH;
				case ":" -> Kind.COLON;
				default -> Kind.SCALAR;
			};
		}
		if (leaf.getGrammarElement() instanceof RuleCall call) {
			return switch (call.getRule().getName()) {
				case "BEGIN" -> Kind.BEGIN;
				case "END" -> Kind.END;
				case "EMPTY_LIST" -> Kind.EMPTY_LIST;
				default -> Kind.SCALAR;
			};
		}
		return Kind.SCALAR;
	}

	/** {@code ---} and {@code ...} around the service template (YAML 1.2.2 §9.1) carry no content. */
	private static boolean isDocumentMarker(ILeafNode leaf) {
		return leaf.getGrammarElement() instanceof Keyword keyword && ("---".equals(keyword.getValue()) || "...".equals(keyword.getValue()));
	}
}
