package org.diac.chain.contract;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.nio.charset.StandardCharsets;

/**
 * Ledger values and event payloads: the {@code @DataType} records as JSON, by Gson (the shim brings it along).
 * Transaction results stay with the Contract API's serializer; both write the {@code @Property} fields by name, so
 * a record reads the same in either place. State does not go through the Contract API's serializer because its
 * read path validates every value against the type's JSON schema, building the schema anew each time: that was
 * two thirds of the chaincode's time in an export, for values only this chaincode ever wrote.
 */
final class Records {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private Records() {
    }

    static byte[] toBytes(Object record) {
        return GSON.toJson(record).getBytes(StandardCharsets.UTF_8);
    }

    static <T> T fromBytes(byte[] bytes, Class<T> type, String key) {
        try {
            T value = GSON.fromJson(new String(bytes, StandardCharsets.UTF_8), type);
            if (value == null) {
                throw new JsonParseException("empty value");
            }
            return value;
        } catch (JsonParseException | IllegalStateException e) {
            throw ChainError.CORRUPT_STATE.exception("cannot read " + type.getSimpleName() + " at " + printable(key)
                    + ": " + bytes.length + " bytes, " + e.getMessage());
        }
    }

    static String printable(String key) {
        return key.replace('\u0000', '~');
    }
}
