package org.diac.dsl.export;

import com.google.gson.GsonBuilder;

/**
 * Writes a plain tree ({@link TreeExporter}) as JSON. Map keys become strings (JSON has no other); null values
 * are kept, so that a key written without a value is not lost; {@code .inf}/{@code .nan} are written as
 * {@code Infinity}/{@code NaN}, which strict JSON parsers reject but no other form keeps.
 */
public final class JsonTreeWriter {

	private JsonTreeWriter() {
	}

	public static String write(Object tree) {
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().serializeSpecialFloatingPointValues().create()
				.toJson(tree) + "\n";
	}
}
