package org.diac.chain.contract;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.contract.execution.JSONTransactionSerializer;
import org.hyperledger.fabric.contract.metadata.MetadataBuilder;
import org.hyperledger.fabric.contract.metadata.TypeSchema;
import org.hyperledger.fabric.contract.routing.TypeRegistry;

/** A transaction result as the Contract API's serializer writes it (the router registers the types at start-up). */
final class ContractApiJson {

    private ContractApiJson() {
    }

    static String of(Object record) {
        register(record.getClass());
        return new String(new JSONTransactionSerializer().toBuffer(record, TypeSchema.typeConvert(record.getClass())),
                StandardCharsets.UTF_8);
    }

    static <T> T read(String json, Class<T> type) {
        register(type);
        return type.cast(new JSONTransactionSerializer().fromBuffer(json.getBytes(StandardCharsets.UTF_8),
                TypeSchema.typeConvert(type)));
    }

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
}
