package org.hyperledger.fabric.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.hyperledger.fabric.contract.metadata.MetadataBuilder;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;

/**
 * The chaincode as the peer runs it: the Contract API finds the eight contracts, builds and validates their
 * metadata, routes {@code publishVersion} / {@code core:readLatest} and serializes the {@code @DataType} results.
 * (In the shim's package, because finding the contracts is package-private.)
 */
class DiacContractRouterTest {

    @Test
    void theRouterFindsTheEightContractsAndServesTheFirstChaincodesTransactions() throws Exception {
        ContractRouter router = new ContractRouter(new String[] {"-i", "diac:1", "-a", "127.0.0.1:7052"});
        router.findAllContracts();
        MetadataBuilder.initialize(router.getRoutingRegistry(), router.getTypeRegistry());
        MetadataBuilder.validate();
        String metadata = MetadataBuilder.getMetadata();
        for (String contract : List.of("core", "identity", "artifacts", "topology", "templates", "mapper", "security",
                "governance")) {
            assertTrue(metadata.contains("\"" + contract + "\""), contract);
        }

        java.util.TreeMap<String, byte[]> state = new java.util.TreeMap<>();
        ChaincodeStub stub = stub(state, "publishVersion", "it-doc", "template_name: it\nversion: 1\n");
        Chaincode.Response r = router.invoke(stub);
        assertEquals(200, r.getStatus().getCode(), r.getMessage());
        assertTrue(r.getStringPayload().contains("\"version\":1"), r.getStringPayload());

        r = router.invoke(stub(state, "core:readLatest", "it-doc"));
        assertTrue(r.getStringPayload().contains("template_name: it\\nversion: 1\\n"), r.getStringPayload());

        r = router.invoke(stub(state, "core:publish", "it-doc", "a: [1"));
        assertEquals(500, r.getStatus().getCode());
        assertTrue(r.getMessage().startsWith("MALFORMED_DOCUMENT: "), r.getMessage());
        assertEquals("MALFORMED_DOCUMENT", r.getStringPayload());
    }

    private static ChaincodeStub stub(java.util.TreeMap<String, byte[]> state, String... args) throws Exception {
        ChaincodeStub stub = mock(ChaincodeStub.class);
        List<byte[]> bytes = new java.util.ArrayList<>();
        for (String a : args) {
            bytes.add(a.getBytes(StandardCharsets.UTF_8));
        }
        when(stub.getArgs()).thenReturn(bytes);
        when(stub.getStringArgs()).thenReturn(List.of(args));
        when(stub.getFunction()).thenReturn(args[0]);
        when(stub.getParameters()).thenReturn(List.of(args).subList(1, args.length));
        when(stub.getTxId()).thenReturn("tx-" + args[0]);
        when(stub.getTxTimestamp()).thenReturn(Instant.parse("2026-11-28T10:00:00Z"));
        when(stub.getCreator()).thenReturn(creator());
        when(stub.createCompositeKey(anyString(), any(String[].class))).thenAnswer(inv -> {
            Object[] a = inv.getArguments();
            String[] attrs = new String[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                attrs[i - 1] = (String) a[i];
            }
            return new CompositeKey((String) a[0], attrs);
        });
        when(stub.getState(anyString())).thenAnswer(inv -> state.get(inv.<String>getArgument(0)));
        doAnswer(inv -> state.put(inv.getArgument(0), inv.getArgument(1))).when(stub).putState(anyString(), any(byte[].class));
        when(stub.getStateByPartialCompositeKey(any(CompositeKey.class))).thenAnswer(
                inv -> org.diac.chain.contract.FakeLedger.range(state, inv.getArgument(0).toString()));
        return stub;
    }

    private static byte[] creator() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        KeyPair kp = g.generateKeyPair();
        X500Name name = new X500Name("CN=admin,OU=client,O=org1");
        var cert = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, new Date(0), new Date(4_000_000_000_000L), name,
                kp.getPublic()).build(new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate()));
        java.io.StringWriter pem = new java.io.StringWriter();
        try (PemWriter w = new PemWriter(pem)) {
            w.writeObject(new PemObject("CERTIFICATE", cert.getEncoded()));
        }
        return SerializedIdentity.newBuilder().setMspid("Org1MSP")
                .setIdBytes(com.google.protobuf.ByteString.copyFromUtf8(pem.toString())).build().toByteArray();
    }
}
