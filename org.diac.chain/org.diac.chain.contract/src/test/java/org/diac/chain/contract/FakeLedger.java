package org.diac.chain.contract;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.security.auth.x500.X500Principal;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * A mocked stub over an in-memory world state, with Fabric's composite key encoding and range order. Each
 * {@link #tx} starts a transaction: new id, timestamp, identity; the writes and the event of the last transaction
 * are kept for assertions.
 */
public final class FakeLedger {

    final TreeMap<String, byte[]> state = new TreeMap<>();
    final Map<String, String> writes = new LinkedHashMap<>();
    final Map<String, byte[]> events = new LinkedHashMap<>();
    private final ChaincodeStub stub = mock(ChaincodeStub.class);
    private final Context ctx = mock(Context.class);
    private ClientIdentity identity;
    private String txId = "tx0";
    private Instant now = Instant.parse("2026-11-28T10:00:00Z");
    private int tx;

    FakeLedger() {
        when(ctx.getStub()).thenReturn(stub);
        when(ctx.getClientIdentity()).thenAnswer(inv -> identity);
        when(stub.getTxId()).thenAnswer(inv -> txId);
        when(stub.getTxTimestamp()).thenAnswer(inv -> now);
        when(stub.createCompositeKey(anyString(), any(String[].class))).thenAnswer(inv -> {
            Object[] a = inv.getArguments();
            String[] attrs = new String[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                attrs[i - 1] = (String) a[i];
            }
            return new CompositeKey((String) a[0], attrs);
        });
        when(stub.getState(anyString())).thenAnswer(inv -> state.get(inv.<String>getArgument(0)));
        doAnswer(inv -> {
            String key = inv.getArgument(0);
            byte[] value = inv.getArgument(1);
            state.put(key, value);
            writes.put(key, new String(value, StandardCharsets.UTF_8));
            return null;
        }).when(stub).putState(anyString(), any(byte[].class));
        doAnswer(inv -> events.put(inv.getArgument(0), inv.getArgument(1))).when(stub).setEvent(anyString(),
                any(byte[].class));
        when(stub.getStateByPartialCompositeKey(any(CompositeKey.class))).thenAnswer(
                inv -> range(state, inv.getArgument(0).toString()));
        as("Org1MSP", "alice@myDapp");
    }

    /** Starts a transaction by the X.509 identity {@code cn} of {@code msp}, {@code seconds} after the last one. */
    Context tx(String msp, String cn, long seconds) {
        as(msp, cn);
        now = now.plusSeconds(seconds);
        txId = "tx" + (++tx);
        writes.clear();
        events.clear();
        return ctx;
    }

    Context tx(String msp, String cn) {
        return tx(msp, cn, 1);
    }

    private void as(String msp, String cn) {
        identity = mock(ClientIdentity.class);
        X509Certificate cert = mock(X509Certificate.class);
        when(cert.getSubjectX500Principal()).thenReturn(new X500Principal("CN=" + cn + ",OU=client"));
        try {
            when(cert.getEncoded()).thenReturn(("cert of " + cn).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        when(identity.getMSPID()).thenReturn(msp);
        when(identity.getX509Certificate()).thenReturn(cert);
    }

    ChaincodeStub txStub() {
        return stub;
    }

    String txId() {
        return txId;
    }

    Instant now() {
        return now;
    }

    static String key(String... attributes) {
        return new CompositeKey(Ledger.TYPE, attributes).toString();
    }

    /** The rows of {@code state} under a partial composite key, in key order, as the peer returns them. */
    public static QueryResultsIterator<KeyValue> range(java.util.NavigableMap<String, byte[]> state, String prefix) {
        List<KeyValue> rows = new ArrayList<>();
        state.subMap(prefix, prefix + Character.MAX_VALUE).forEach((k, v) -> rows.add(kv(k, v)));
        return iterator(rows);
    }

    private static KeyValue kv(String k, byte[] v) {
        return new KeyValue() {
            @Override
            public String getKey() {
                return k;
            }

            @Override
            public byte[] getValue() {
                return v;
            }

            @Override
            public String getStringValue() {
                return new String(v, StandardCharsets.UTF_8);
            }
        };
    }

    private static QueryResultsIterator<KeyValue> iterator(List<KeyValue> rows) {
        return new QueryResultsIterator<>() {
            @Override
            public Iterator<KeyValue> iterator() {
                return rows.iterator();
            }

            @Override
            public void close() {
            }
        };
    }
}
