package org.diac.mapper.instances;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.RepresentToNode;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes an {@link InstanceModel} through snakeyaml-engine's {@link Dump} (block style, YAML 1.2 core schema), with
 * the settings of the language's export ({@code org.diac.dsl.export.YamlTreeWriter}, which this plain jar cannot
 * use): module references double-quoted (LANGUAGE.md §5), null sequence items written {@code null}.
 */
public final class InstanceModelYaml {

    private static final Pattern MODULE_REFERENCE = Pattern.compile("\\{\\{[^}]*\\}\\}");

    private InstanceModelYaml() {
    }

    public static String write(InstanceModel model) {
        DumpSettings settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setSchema(new CoreSchema())
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                .setSplitLines(false)
                .setMaxSimpleKeyLength(1024)
                .setDereferenceAliases(true)
                .build();
        return new Dump(settings, new Representer(settings)).dumpToString(model.toTree());
    }

    private enum NullItem {
        INSTANCE
    }

    private static final class Representer extends StandardRepresenter {

        Representer(DumpSettings settings) {
            super(settings);
            nullRepresenter = data -> representScalar(Tag.NULL, "");
            representers.put(NullItem.class, data -> representScalar(Tag.NULL, "null"));
            RepresentToNode strings = representers.get(String.class);
            representers.put(String.class, data -> MODULE_REFERENCE.matcher((String) data).matches()
                    ? representScalar(Tag.STR, (String) data, ScalarStyle.DOUBLE_QUOTED)
                    : strings.representData(data));
        }

        /** {@code - null}, not an empty {@code -}: the DiaC scanner reads the latter as the start of a nested list. */
        @Override
        protected Node representSequence(Tag tag, Iterable<?> sequence, FlowStyle flowStyle) {
            List<Object> items = new ArrayList<>();
            sequence.forEach(item -> items.add(item == null ? NullItem.INSTANCE : item));
            return super.representSequence(tag, items, flowStyle);
        }
    }
}
