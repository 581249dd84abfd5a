package org.diac.dsl.library;

import static org.diac.dsl.diac.DiacPackage.Literals.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;

/**
 * The type definitions of one built-in library file, read from its text without parsing it: a type is a key one
 * level under a top-level {@code *_types} key (TOSCA 1.3 §3.9: each kind of type in its own section). Linking needs
 * only these names; the file itself is parsed when one of its types is used. The library files are block-style
 * YAML written for this reader; {@code BuiltInLibraryTest} checks that it finds exactly what the parser exports.
 */
public final class LibraryIndex {

	/** One type definition: its name and the kind of type its section holds. */
	public record Type(String name, EClass eClass) {
	}

	private static final Map<String, EClass> SECTIONS = Map.of("artifact_types", ARTIFACT_TYPE, "data_types", DATA_TYPE,
			"capability_types", CAPABILITY_TYPE, "interface_types", INTERFACE_TYPE, "relationship_types", RELATIONSHIP_TYPE,
			"node_types", NODE_TYPE, "group_types", GROUP_TYPE, "policy_types", POLICY_TYPE);

	private LibraryIndex() {
	}

	/** The types defined in {@code text}, in document order. */
	public static List<Type> read(String text) {
		List<Type> types = new ArrayList<>();
		EClass section = null;
		int typeIndent = -1;
		for (String line : text.split("\n", -1)) {
			String content = line.strip();
			if (content.isEmpty() || content.startsWith("#")) {
				continue;
			}
			int indent = line.indexOf(content.charAt(0));
			if (indent == 0) {
				section = SECTIONS.get(key(content));
				typeIndent = -1;
			} else if (section != null) {
				if (typeIndent < 0) {
					typeIndent = indent;
				}
				if (indent == typeIndent) {
					types.add(new Type(key(content), section));
				}
			}
		}
		return types;
	}

	/** The key of a {@code key: value} line; a quoted key without its quotes. */
	private static String key(String content) {
		char first = content.charAt(0);
		if (first == '"' || first == '\'') {
			int end = content.indexOf(first, 1);
			return end < 0 ? content : content.substring(1, end);
		}
		int colon = content.indexOf(':');
		return colon < 0 ? content : content.substring(0, colon).strip();
	}
}
