package org.diac.chain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diac.chain.network.ConnectionProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerIdentityTest {

    @TempDir
    Path dir;

    private ConnectionProfile profile() {
        ConnectionProfile.Endpoint e = new ConnectionProfile.Endpoint("Org1MSP", "127.0.0.1:7051", "/ca.pem");
        return new ConnectionProfile("t", "diac", "diac", e, List.of(e), List.of(
                new ConnectionProfile.Identity("User1@org1", "Org1MSP", "/u1/cert.pem", "/u1/key.pem", "/u1/msp"),
                new ConnectionProfile.Identity("Admin@org1", "Org1MSP", "/a1/cert.pem", "/a1/key.pem", "/a1/msp")));
    }

    @Test
    void withoutANameTheOrg1UserOfTheProfile() {
        LedgerIdentity id = LedgerIdentity.resolve(profile(), dir.resolve("connection-profile.json"), null);
        assertEquals(List.of("User1@org1", "Org1MSP", Path.of("/u1/cert.pem")), List.of(id.name(), id.mspId(),
                id.certificate()));
        assertEquals("Admin@org1", LedgerIdentity.resolve(profile(), null, "admin@ORG1").name());
    }

    @Test
    void namedOperatorsFromTheIdentitiesFolderBesideTheProfile() throws Exception {
        Path alice = Files.createDirectories(dir.resolve("identities/alice"));
        Files.writeString(alice.resolve("msp-id"), "Org2MSP\n");
        LedgerIdentity id = LedgerIdentity.resolve(profile(), dir.resolve("connection-profile.json"), "alice");
        assertEquals(List.of("alice", "Org2MSP", alice.resolve("cert.pem"), alice.resolve("key.pem")),
                List.of(id.name(), id.mspId(), id.certificate(), id.privateKey()));
    }

    @Test
    void anUnknownNameListsTheKnownOnes() throws Exception {
        Files.createDirectories(dir.resolve("identities/bob"));
        ChainException e = assertThrows(ChainException.class,
                () -> LedgerIdentity.resolve(profile(), dir.resolve("connection-profile.json"), "mallory"));
        assertEquals(ChainException.Reason.SETUP, e.reason());
        assertTrue(e.getMessage().contains("User1@org1, Admin@org1, bob"), e.getMessage());
        assertThrows(ChainException.class, () -> LedgerIdentity.resolve(profile(), dir.resolve("p.json"), "../x"));
    }

    @Test
    void aMissingProfileSaysHowToGetOne() {
        ChainException e = assertThrows(ChainException.class,
                () -> DiacLedger.builder().profile(dir.resolve("none.json")).connect());
        assertEquals(ChainException.Reason.SETUP, e.reason());
        assertTrue(e.getMessage().contains("./diac network up"), e.getMessage());
    }
}
