package org.diac.cli.mapper;

import org.bouncycastle.util.encoders.Hex;

import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;

/**
 * A hexadecimal option value (an optional 0x prefix, any case); anything else is wrong usage, exit 2. A record
 * around the bytes, because picocli reads a byte[] option as a list of values.
 */
record HexArgument(byte[] bytes) {

    static final class Converter implements ITypeConverter<HexArgument> {

        @Override
        public HexArgument convert(String value) {
            return new HexArgument(decode(value));
        }
    }

    static byte[] decode(String value) {
        String hex = value.strip();
        if (hex.startsWith("0x") || hex.startsWith("0X")) {
            hex = hex.substring(2);
        }
        if (hex.length() % 2 != 0 || !hex.matches("[0-9a-fA-F]*")) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not an even number of hexadecimal digits");
        }
        return Hex.decode(hex);
    }
}
