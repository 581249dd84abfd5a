package org.diac.chain.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionProfileTest {

    @Test
    void localProfileNamesEveryEndpointWithItsTlsCaAndEachOrgsIdentities(@TempDir Path dir) {
        NetworkLayout layout = new NetworkLayout(dir.resolve("network"));
        ConnectionProfile p = ConnectionProfile.local(new NetworkTopology(100), layout);
        assertEquals("127.0.0.1:7150", p.orderer().address());
        assertEquals(2, p.peers().size());
        assertEquals("127.0.0.1:7151", p.peer("Org1MSP").orElseThrow().address());
        assertEquals("127.0.0.1:9151", p.peer("Org2MSP").orElseThrow().address());
        ConnectionProfile.Identity u = p.identity(LocalFabricNetwork.DEFAULT_IDENTITY).orElseThrow();
        assertEquals("Org1MSP", u.mspId());
        assertTrue(u.certificate().endsWith("users/User1@org1.diac.local/msp/signcerts/User1@org1.diac.local-cert.pem"));
        assertTrue(u.privateKey().endsWith("users/User1@org1.diac.local/msp/keystore/priv_sk"));
        assertTrue(p.identity("Admin@org2").isPresent());
        assertTrue(p.peer("Org2MSP").orElseThrow().tlsCaCert().startsWith(layout.cryptoDir().toString()));
    }

    @Test
    void writtenProfileReadsBackEqual(@TempDir Path dir) {
        ConnectionProfile p = ConnectionProfile.local(new NetworkTopology(0), new NetworkLayout(dir));
        Path f = dir.resolve(ConnectionProfile.FILE_NAME);
        p.write(f);
        assertEquals(p, ConnectionProfile.read(f));
    }

    @Test
    void incompleteOrMalformedProfileIsRefused() {
        assertThrows(NetworkException.class, () -> ConnectionProfile.fromJson("{\"channel\":\"diac\"}"));
        assertThrows(NetworkException.class, () -> ConnectionProfile.fromJson("{"));
    }
}
