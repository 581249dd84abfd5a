package org.diac.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.diac.diagram.model.Badge;
import org.diac.diagram.model.Decoration;
import org.diac.diagram.model.DiagramEdge;
import org.diac.diagram.model.DiagramNode;
import org.diac.diagram.model.EdgeKind;
import org.diac.diagram.model.NodeKind;
import org.diac.diagram.model.Severity;
import org.diac.diagram.model.TopologyDiagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyDiagramGeneratorTest {

	@TempDir
	Path dir;

	private static Map<String, NodeKind> kinds(TopologyDiagram diagram) {
		return diagram.nodes().stream().collect(Collectors.toMap(DiagramNode::id, DiagramNode::kind));
	}

	private static Set<String> edges(TopologyDiagram diagram) {
		return diagram.edges().stream().map(e -> e.source() + " -" + e.kind().label() + "-> " + e.target()).collect(Collectors.toSet());
	}

	private static Set<String> badges(TopologyDiagram diagram, String node) {
		return diagram.node(node).orElseThrow().badges().stream().map(b -> b.kind().label() + ":" + b.name()).collect(Collectors.toSet());
	}

	@Test
	void shardingNetworkHasItsNodesAndEdgesByKind() {
		TopologyDiagram diagram = Documents.diagram(Documents.example("sharding-network.diac"));
		assertEquals("sharding-network", diagram.title());
		Map<String, NodeKind> kinds = kinds(diagram);
		assertEquals(9, kinds.size(), kinds.toString());
		for (String operator : List.of("alice", "bob", "carol", "dave", "erin", "frank")) {
			assertEquals(NodeKind.OPERATOR, kinds.get(operator), operator);
		}
		assertEquals(NodeKind.NODE_GROUP, kinds.get("shards"));
		assertEquals(NodeKind.WORKER, kinds.get("worker"));
		assertEquals(NodeKind.VALIDATOR, kinds.get("validator"));
		assertEquals(Set.of("shards -composed_of-> worker", "validator -operated_by-> carol", "validator -validates-> worker"),
				edges(diagram));
		DiagramNode worker = diagram.node("worker").orElseThrow();
		assertEquals(20, worker.instances());
		assertEquals("diac.nodes.Worker", worker.type());
		assertEquals("4 × 5  shard{index}", diagram.node("shards").orElseThrow().detail());
		assertEquals(Set.of("policy:staking", "policy:reputation"), badges(diagram, "alice"));
		assertEquals(Set.of("policy:epoch", "policy:decentralization"), badges(diagram, "shards"));
		assertTrue(diagram.decorations().isEmpty(), diagram.decorations().toString());
		assertTrue(diagram.nodes().stream().allMatch(n -> n.worst() == null));
	}

	@Test
	void teeNetworkHasItsNodesAndEdgesByKind() {
		TopologyDiagram diagram = Documents.diagram(Documents.example("tee-network.diac"));
		Map<String, NodeKind> kinds = kinds(diagram);
		assertEquals(9, kinds.size(), kinds.toString());
		assertEquals(NodeKind.NODE_GROUP, kinds.get("sev_groups"));
		assertEquals(NodeKind.WORKER, kinds.get("sev_worker"));
		assertEquals(NodeKind.PROXY, kinds.get("sgx_proxy"));
		assertEquals(NodeKind.VALIDATOR, kinds.get("attestation_validator"));
		assertEquals(NodeKind.STORAGE, kinds.get("ipfs_storage"));
		assertEquals(4, kinds.values().stream().filter(k -> k == NodeKind.OPERATOR).count());
		assertEquals(Set.of("sev_groups -composed_of-> sev_worker", "sgx_proxy -operated_by-> carol",
				"sgx_proxy -connects_to-> sev_worker", "attestation_validator -operated_by-> bob",
				"attestation_validator -validates-> sev_worker", "ipfs_storage -operated_by-> dave"), edges(diagram));
		// the Proxy's requirement is named connect_to; its relationship is tosca.relationships.ConnectsTo
		DiagramEdge connect = diagram.edges().stream().filter(e -> e.kind() == EdgeKind.CONNECTS_TO).findFirst().orElseThrow();
		assertEquals("connect_to (connects_to)", connect.label());
		assertEquals(6, diagram.node("sev_worker").orElseThrow().instances());
	}

	@Test
	void plainToscaNodesKeepTheirTypeAndHostAndDependencyEdgesAndGroupBadges() {
		Path file = Documents.write(dir, "plain.yaml", """
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  node_templates:
				    server:
				      type: tosca.nodes.Compute
				    app:
				      type: tosca.nodes.SoftwareComponent
				      requirements:
				        - host: server
				        - dependency: db
				    db:
				      type: tosca.nodes.Database
				      requirements:
				        - host: dbms
				    dbms:
				      type: tosca.nodes.DBMS
				      requirements:
				        - host: server
				  groups:
				    backend:
				      type: tosca.groups.Root
				      members: [ db, dbms ]
				  policies:
				    - placement:
				        type: tosca.policies.Placement
				        targets: [ backend ]
				""");
		TopologyDiagram diagram = Documents.diagram(file);
		assertEquals("plain.yaml", diagram.title());
		assertTrue(diagram.nodes().stream().allMatch(n -> n.kind() == NodeKind.TOSCA));
		assertEquals("tosca.nodes.Compute", diagram.node("server").orElseThrow().type());
		assertEquals(Set.of("app -host-> server", "app -dependency-> db", "db -host-> dbms", "dbms -host-> server"), edges(diagram));
		assertEquals(Set.of("group:backend", "policy:placement"), badges(diagram, "db"));
		assertEquals(Set.of(), badges(diagram, "app"));
	}

	@Test
	void aDocumentWithErrorsStillDrawsWithTheDecorationOnTheNodeItIsAbout() {
		Path file = Documents.shardingWith(dir, "stake: 410", "stake: 50");
		TopologyDiagram diagram = Documents.diagram(file);
		assertEquals(9, diagram.nodes().size());
		DiagramNode bob = diagram.node("bob").orElseThrow();
		assertEquals(Severity.ERROR, bob.worst());
		Decoration stake = bob.decorations().stream().filter(d -> d.code().equals("DIAC-STAKE-BELOW-THRESHOLD")).findFirst().orElseThrow();
		assertEquals(Severity.ERROR, stake.severity());
		assertFalse(stake.message().isBlank());
		for (String other : List.of("alice", "carol", "worker", "validator")) {
			assertTrue(diagram.node(other).orElseThrow().decorations().stream().noneMatch(d -> d.code().equals("DIAC-STAKE-BELOW-THRESHOLD")),
					other);
		}
	}

	@Test
	void aPolicyDiagnosticShowsOnItsBadgeAndAnUnknownTypeOnItsNode() {
		Path file = Documents.write(dir, "bad.yaml", """
				tosca_definitions_version: tosca_simple_yaml_1_3
				topology_template:
				  node_templates:
				    server:
				      type: tosca.nodes.Compute
				    odd:
				      type: no.such.Type
				  policies:
				    - placement:
				        type: tosca.policies.Placement
				        targets: [ server ]
				        properties:
				          unknown_property: 1
				""");
		TopologyDiagram diagram = Documents.diagram(file);
		DiagramNode odd = diagram.node("odd").orElseThrow();
		assertEquals("no.such.Type", odd.type());
		assertEquals(NodeKind.TOSCA, odd.kind());
		assertTrue(odd.decorations().stream().anyMatch(d -> d.code().equals("TOSCA-UNKNOWN-TYPE")), odd.decorations().toString());
		DiagramNode server = diagram.node("server").orElseThrow();
		assertTrue(server.decorations().isEmpty(), server.decorations().toString());
		Badge placement = server.badges().get(0);
		assertTrue(placement.decorations().stream().anyMatch(d -> d.code().equals("TOSCA-UNKNOWN-PROPERTY")), placement.toString());
		assertEquals(null, server.worst());
	}
}
