package org.diac.chain.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration generation without running Fabric: topology, configtx, core.yaml edit, env maps, packaging. */
class NetworkConfigTest {

    private final NetworkTopology topology = new NetworkTopology(0);

    @Test
    void portsAreDistinctAndShiftTogether() {
        List<Integer> ports = topology.allPorts();
        assertEquals(ports.size(), new HashSet<>(ports).size(), "ports must not collide: " + ports);
        List<Integer> shifted = new NetworkTopology(100).allPorts();
        for (int i = 0; i < ports.size(); i++) {
            assertEquals(ports.get(i) + 100, shifted.get(i));
        }
    }

    @Test
    void configtxHasRaftConsenterMajorityPoliciesAndAnchorPeers() {
        String y = new ChannelConfigGenerator(topology).configtxYaml(Path.of("/n/crypto"));
        assertTrue(y.contains("OrdererType: etcdraft"));
        assertTrue(y.contains("Rule: \"MAJORITY Endorsement\""));
        assertEquals(2, y.split("Rule: \"MAJORITY Endorsement\"", -1).length - 1,
                "LifecycleEndorsement and Endorsement are both MAJORITY");
        assertTrue(y.contains("ID: Org1MSP") && y.contains("ID: Org2MSP") && y.contains("ID: OrdererMSP"));
        assertTrue(y.contains("        Port: 7051") && y.contains("        Port: 9051"), "anchor peers");
        assertTrue(y.contains("ClientTLSCert: /n/crypto/ordererOrganizations/diac.local/orderers/orderer.diac.local/tls/server.crt"));
        assertTrue(y.contains("V2_5: true"));
        assertTrue(y.contains("  " + ChannelConfigGenerator.PROFILE + ":"));
    }

    @Test
    void cryptoConfigPutsLoopbackIntoEveryNodeCertificate() {
        String y = new CryptoMaterialGenerator(topology).cryptoConfigYaml();
        assertEquals(3, y.split("- 127.0.0.1", -1).length - 1);
        assertTrue(y.contains("Domain: org1.diac.local") && y.contains("Domain: org2.diac.local"));
        assertTrue(y.contains("EnableNodeOUs: true"));
    }

    @Test
    void vmEndpointIsBlankedOnlyInTheVmSection() {
        String core = "peer:\n    address: 1\n    endpoint: keep\nvm:\n    # comment\n    endpoint: unix:///var/run/docker.sock\n"
                + "    docker:\n        tls:\n            enabled: false\nchaincode:\n    endpoint: keep2\n";
        String out = PeerConfig.blankVmEndpoint(core);
        assertTrue(out.contains("    endpoint: keep\n"));
        assertTrue(out.contains("vm:\n    # comment\n    endpoint: \"\"\n"));
        assertTrue(out.contains("    endpoint: keep2\n"));
        assertFalse(out.contains("docker.sock"));
    }

    @Test
    void everyListenAddressIsLoopback(@TempDir Path dir) {
        NetworkLayout layout = new NetworkLayout(dir);
        FabricBinaries bins = new FabricBinaries(dir.resolve("fabric"));
        for (NetworkTopology.Peer p : topology.peers()) {
            assertLoopback(new PeerConfig(topology).nodeEnv(layout, bins, p));
        }
        Map<String, String> o = new OrdererConfig(topology).nodeEnv(layout);
        assertLoopback(o);
        assertEquals("127.0.0.1", o.get("ORDERER_GENERAL_LISTENADDRESS"));
        assertEquals("none", o.get("ORDERER_GENERAL_BOOTSTRAPMETHOD"));
        assertEquals("true", o.get("ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED"));
    }

    private static void assertLoopback(Map<String, String> env) {
        env.forEach((k, v) -> {
            if (k.endsWith("ADDRESS") || k.endsWith("ENDPOINT") || k.endsWith("BOOTSTRAP")) {
                assertTrue(v.equals("127.0.0.1") || v.startsWith("127.0.0.1:"), k + "=" + v);
            }
            if (k.endsWith("TLS_ENABLED")) {
                assertEquals("true", v, k);
            }
        });
    }

    @Test
    void packageIsDeterministicTarGz(@TempDir Path dir) throws IOException {
        byte[] a = TarGz.of(new TreeMap<>(Map.of("connection.json", "{}".getBytes(StandardCharsets.UTF_8))));
        byte[] b = TarGz.of(new TreeMap<>(Map.of("connection.json", "{}".getBytes(StandardCharsets.UTF_8))));
        assertTrue(java.util.Arrays.equals(a, b));
        byte[] tar = new GZIPInputStream(new ByteArrayInputStream(a)).readAllBytes();
        assertEquals(4 * 512, tar.length);
        assertEquals("connection.json", new String(tar, 0, 15, StandardCharsets.US_ASCII));
        assertEquals("{}", new String(tar, 512, 2, StandardCharsets.US_ASCII));
        Path f = dir.resolve("p.tgz");
        Files.write(f, a);
        String id = ChaincodeDeployer.packageId(f);
        assertTrue(id.matches("diac_1\\.0:[0-9a-f]{64}"), id);
    }

    @Test
    void ctorArgsAreJson() {
        assertEquals("{\"Args\":[\"publishVersion\",\"a\",\"x: \\\"1\\\"\\n\"]}",
                PeerCli.ctorArgs("publishVersion", "a", "x: \"1\"\n"));
    }

    @Test
    void homeDefaultsToRepoDotDiac(@TempDir Path dir) {
        DiacPaths p = new DiacPaths(dir.resolve(".diac"), Optional.of(dir));
        assertEquals(dir.resolve(".diac").resolve("network"), p.networkDir());
    }
}
