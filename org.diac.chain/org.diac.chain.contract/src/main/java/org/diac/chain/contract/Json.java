package org.diac.chain.contract;

/** Just enough JSON writing for the contract's records (no JSON library in the chaincode's compile scope). */
final class Json {

    private Json() {
    }

    static String field(String name, String value) {
        return quote(name) + ":" + quote(value == null ? "" : value);
    }

    static String field(String name, long value) {
        return quote(name) + ":" + value;
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * Removes the last top-level string field {@code name} from a record this class wrote (records always end
     * with {@code ,"content":"..."}).
     */
    static String withoutField(String record, String name) {
        String marker = "," + quote(name) + ":\"";
        int i = record.lastIndexOf(marker);
        return i < 0 ? record : record.substring(0, i) + "}";
    }
}
