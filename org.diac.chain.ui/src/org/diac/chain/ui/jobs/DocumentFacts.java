package org.diac.chain.ui.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** What the chain commands read from a document's text: its name on chain and the local files it imports. */
public record DocumentFacts(String templateName, List<String> localImports) {

	/** Reads the facts; a text that is no YAML mapping has none (validation has said what is wrong with it). */
	public static DocumentFacts of(String text) {
		try {
			Object doc = new Load(LoadSettings.builder().build()).loadFromString(text);
			if (doc instanceof Map<?, ?> m) {
				return new DocumentFacts(templateName(m), localImports(m));
			}
		} catch (RuntimeException e) {
			// not one YAML document
		}
		return new DocumentFacts(null, List.of());
	}

	private static String templateName(Map<?, ?> doc) {
		if (doc.get("metadata") instanceof Map<?, ?> meta && meta.get("template_name") != null) {
			String name = String.valueOf(meta.get("template_name")).trim();
			return name.isEmpty() ? null : name;
		}
		return null;
	}

	/** Imports that are files beside the document (the CLI publishes those with it), not URLs or repository entries. */
	private static List<String> localImports(Map<?, ?> doc) {
		List<String> local = new ArrayList<>();
		if (doc.get("imports") instanceof List<?> imports) {
			for (Object entry : imports) {
				String file = entry instanceof String s ? s
						: entry instanceof Map<?, ?> m && m.get("repository") == null && m.get("file") != null
								? String.valueOf(m.get("file")) : null;
				if (file != null && !file.contains("://")) {
					local.add(file);
				}
			}
		}
		return local;
	}
}
