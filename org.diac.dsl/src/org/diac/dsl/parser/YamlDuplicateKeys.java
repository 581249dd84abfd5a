package org.diac.dsl.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

/**
 * Repeated keys of one mapping (YAML 1.2 §3.2.1.1), found on the token list the parser consumed: every mapping
 * is a BEGIN ... END run there, a key is the token before a {@code :}. The parser attaches the result to the
 * root element of a document that parsed without syntax errors (then every token is a leaf of the node model,
 * so this is what a walk over the node model finds, without the walk).
 */
public final class YamlDuplicateKeys {

	/** A key that repeats an earlier key of its mapping, at the repeated occurrence. */
	public record Key(String text, int offset, int length) {
	}

	private YamlDuplicateKeys() {
	}

	/** The repeated keys in document order; null if a key token does not know its offset (then nothing is attached). */
	public static List<Key> find(List<?> tokens, YamlTokenTypes types) {
		List<Key> result = new ArrayList<>();
		List<Set<String>> mappings = new ArrayList<>();
		mappings.add(null);
		Token pendingKey = null;
		for (Object element : tokens) {
			Token token = (Token) element;
			int type = token.getType();
			if (type == Token.EOF || type == types.whitespace || type == types.newline || type == types.comment || type == types.hidden) {
				continue;
			}
			if (type == types.begin) {
				mappings.add(null);
				pendingKey = null;
			} else if (type == types.end) {
				if (mappings.size() > 1) {
					mappings.remove(mappings.size() - 1);
				}
				pendingKey = null;
			} else if (type == types.colon) {
				if (pendingKey != null) {
					int top = mappings.size() - 1;
					Set<String> keys = mappings.get(top);
					if (keys == null) {
						keys = new HashSet<>();
						mappings.set(top, keys);
					}
					String text = pendingKey.getText();
					String key = text == null ? "" : text.strip();
					// a replayed (aliased) map repeats keys only where its anchor's map does: reported there
					if (!keys.add(key) && !(pendingKey instanceof ReplayedToken)) {
						if (!(pendingKey instanceof CommonToken located)) {
							return null;
						}
						result.add(new Key(key, located.getStartIndex(), text == null ? 0 : text.length()));
					}
				}
				pendingKey = null;
			} else if (type == types.dash) {
				pendingKey = null;
			} else {
				pendingKey = token;
			}
		}
		return result;
	}

	/** Remembers the keys found for a freshly parsed document on its root element. */
	public static void attach(EObject root, List<Key> keys) {
		root.eAdapters().removeIf(adapter -> adapter instanceof Found);
		root.eAdapters().add(new Found(keys));
	}

	/** The keys the parser found for this root element, or null for an element the parser did not make. */
	public static List<Key> of(EObject root) {
		for (Object adapter : root.eAdapters()) {
			if (adapter instanceof Found found) {
				return found.keys;
			}
		}
		return null;
	}

	private static final class Found extends AdapterImpl {
		final List<Key> keys;

		Found(List<Key> keys) {
			this.keys = List.copyOf(keys);
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == YamlDuplicateKeys.class;
		}
	}
}
