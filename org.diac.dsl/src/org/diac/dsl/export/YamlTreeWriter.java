package org.diac.dsl.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.RepresentToNode;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes a plain tree ({@link TreeExporter}) as a YAML 1.2 document in block style; null is written as an empty value. Strings that would read back
 * as another type under the core schema are quoted by the emitter; module references are always double-quoted,
 * the form LANGUAGE.md §5 shows.
 */
public final class YamlTreeWriter {

	private static final Pattern MODULE_REFERENCE = Pattern.compile("\\{\\{[^}]*\\}\\}");

	private YamlTreeWriter() {
	}

	public static String write(Object tree) {
		DumpSettings settings = DumpSettings.builder()
				.setDefaultFlowStyle(FlowStyle.BLOCK)
				.setSchema(new CoreSchema())
				.setIndent(2)
				.setIndicatorIndent(2)
				.setIndentWithIndicator(true)
				// long values stay on one line; keys up to the emitter's limit stay simple keys (no "? key")
				.setSplitLines(false)
				.setMaxSimpleKeyLength(1024)
				// the tree has no shared nodes worth an anchor; DiaC reads aliases as plain scalars
				.setDereferenceAliases(true)
				.build();
		return new Dump(settings, new Representer(settings)).dumpToString(tree);
	}

	private enum NullItem {
		INSTANCE
	}

	private static final class Representer extends StandardRepresenter {

		Representer(DumpSettings settings) {
			super(settings);
			// `key:` rather than `key: null`: the same null in YAML, and the only form that TOSCA slots such as
			// `inputs:` accept in the DiaC grammar
			nullRepresenter = data -> representScalar(Tag.NULL, "");
			representers.put(NullItem.class, data -> representScalar(Tag.NULL, "null"));
			RepresentToNode strings = representers.get(String.class);
			representers.put(String.class, data -> MODULE_REFERENCE.matcher((String) data).matches()
					? representScalar(Tag.STR, (String) data, ScalarStyle.DOUBLE_QUOTED)
					: strings.representData(data));
		}

		/**
		 * A null sequence item is written {@code - null}: the DiaC scanner reads an empty {@code -} followed by a
		 * sibling {@code - x} as a nested sequence (a scanner bug, kept away from exported documents).
		 */
		@Override
		protected Node representSequence(Tag tag, Iterable<?> sequence, FlowStyle flowStyle) {
			List<Object> items = new ArrayList<>();
			sequence.forEach(item -> items.add(item == null ? NullItem.INSTANCE : item));
			return super.representSequence(tag, items, flowStyle);
		}

		/** A null key stays {@code null:} (an empty key would need the explicit {@code ? } form, which DiaC does not read). */
		@Override
		protected NodeTuple representMappingEntry(Map.Entry<?, ?> entry) {
			return entry.getKey() != null ? super.representMappingEntry(entry)
					: new NodeTuple(representScalar(Tag.NULL, "null"), representData(entry.getValue()));
		}
	}
}
