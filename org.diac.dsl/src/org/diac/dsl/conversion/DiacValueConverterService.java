package org.diac.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/** Every scalar rule reads its YAML value (quotes, escapes, folding); module references lose their braces. */
public class DiacValueConverterService extends DefaultTerminalConverters {

	private static final IValueConverter<String> SCALAR = new IValueConverter<>() {
		@Override
		public String toValue(String string, INode node) throws ValueConverterException {
			return YamlScalars.value(string == null ? null : string.stripLeading());
		}

		@Override
		public String toString(String value) throws ValueConverterException {
			return YamlScalarWriter.write(value);
		}
	};

	private static final IValueConverter<String> MODULE_REFERENCE = new IValueConverter<>() {
		@Override
		public String toValue(String string, INode node) throws ValueConverterException {
			String value = YamlScalars.value(string.strip());
			return value.substring(2, value.length() - 2).strip();
		}

		@Override
		public String toString(String value) throws ValueConverterException {
			return "\"{{" + value + "}}\"";
		}
	};

	@ValueConverter(rule = "Name")
	public IValueConverter<String> Name() {
		return SCALAR;
	}

	@ValueConverter(rule = "Ref")
	public IValueConverter<String> Ref() {
		return SCALAR;
	}

	@ValueConverter(rule = "TypeRef")
	public IValueConverter<String> TypeRef() {
		return SCALAR;
	}

	@ValueConverter(rule = "Scalar")
	public IValueConverter<String> Scalar() {
		return SCALAR;
	}

	@ValueConverter(rule = "ScalarText")
	public IValueConverter<String> ScalarText() {
		return SCALAR;
	}

	@ValueConverter(rule = "ExtensionKey")
	public IValueConverter<String> ExtensionKey() {
		return SCALAR;
	}

	@ValueConverter(rule = "MODULE_REF")
	public IValueConverter<String> MODULE_REF() {
		return MODULE_REFERENCE;
	}
}
