package org.diac.chain.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Readiness signals read from the orderer's answers (real output shapes of Fabric 2.5). */
class LocalFabricNetworkTest {

    @Test
    void ordererChannelFromOsnadmin() {
        String out = "Status: 200\n{\n\t\"name\": \"diac\",\n\t\"url\": \"/participation/v1/channels/diac\",\n"
                + "\t\"consensusRelation\": \"consenter\",\n\t\"status\": \"active\",\n\t\"height\": 7\n}\n\n";
        LocalFabricNetwork.OrdererChannel ch = LocalFabricNetwork.parseOrdererChannel(out).orElseThrow();
        assertEquals(new LocalFabricNetwork.OrdererChannel("diac", "consenter", "active", 7), ch);
        assertTrue(LocalFabricNetwork.parseOrdererChannel("Status: 404\n{\"error\":\"not found\"}").isEmpty());
    }

    @Test
    void raftLeaderFromPrometheusMetrics() {
        String follower = "# TYPE consensus_etcdraft_is_leader gauge\nconsensus_etcdraft_is_leader{channel=\"diac\"} 0\n";
        String leader = "consensus_etcdraft_cluster_size{channel=\"diac\"} 1\nconsensus_etcdraft_is_leader{channel=\"diac\"} 1\n";
        String otherChannel = "consensus_etcdraft_is_leader{channel=\"other\"} 1\n";
        assertFalse(LocalFabricNetwork.isRaftLeader(follower));
        assertTrue(LocalFabricNetwork.isRaftLeader(leader));
        assertFalse(LocalFabricNetwork.isRaftLeader(otherChannel));
        assertFalse(LocalFabricNetwork.isRaftLeader(null));
    }
}
