package org.diac.chain.contract;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.contract.execution.JSONTransactionSerializer;
import org.hyperledger.fabric.contract.metadata.MetadataBuilder;
import org.hyperledger.fabric.contract.metadata.TypeSchema;
import org.hyperledger.fabric.contract.routing.TypeRegistry;

/**
 * Ledger values are {@code @DataType} records written and read by the Contract API's own serializer, the one that
 * also encodes transaction results, so state and results have one JSON form.
 */
final class Records {

    private Records() {
    }

    static byte[] toBytes(Object record) {
        register(record.getClass());
        return new JSONTransactionSerializer().toBuffer(record, TypeSchema.typeConvert(record.getClass()));
    }

    static <T> T fromBytes(byte[] bytes, Class<T> type, String key) {
        register(type);
        try {
            return type.cast(new JSONTransactionSerializer().fromBuffer(bytes, TypeSchema.typeConvert(type)));
        } catch (RuntimeException e) {
            throw ChainError.CORRUPT_STATE.exception("cannot read " + type.getSimpleName() + " at " + printable(key)
                    + ": " + new String(bytes, StandardCharsets.UTF_8).length() + " bytes, " + e.getMessage());
        }
    }

    /**
     * The router registers every {@code @DataType} (and its schema, against which reads are validated) at start-up;
     * outside it (unit tests, tools) we do it here.
     */
    private static void register(Class<?> type) {
        TypeRegistry registry = TypeRegistry.getRegistry();
        synchronized (registry) {
            if (registry.getDataType(type.getSimpleName()) == null) {
                registry.addDataType(type);
            }
            if (!MetadataBuilder.getComponents().containsKey(type.getSimpleName())) {
                MetadataBuilder.addComponent(registry.getDataType(type.getSimpleName()));
            }
        }
    }

    static String printable(String key) {
        return key.replace('\u0000', '~');
    }
}
