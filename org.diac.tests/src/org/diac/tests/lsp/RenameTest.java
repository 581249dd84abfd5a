package org.diac.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.junit.jupiter.api.Test;

/**
 * Rename of a node template or input updates every place that names it: requirement targets, get_property,
 * group members, policy targets, module references into it, and the operator lists of Governance and
 * Blacklist policies; text that only happens to equal the name (a certificate subject) stays.
 */
class RenameTest extends LspSessionTest {

	static final String NETWORK = """
			tosca_definitions_version: tosca_simple_yaml_1_3
			topology_template:
			  inputs:
			    threshold:
			      type: integer
			      default: 100
			  node_templates:
			    alice:
			      type: diac.nodes.Operator
			      properties:
			        identity: { type: "X.509", msp_id: Org1MSP, subject: alice }
			        stake: 480
			        continent: europe
			    worker:
			      type: diac.nodes.Worker
			      requirements:
			        - operated_by:
			            node: alice
			      properties:
			        continent: { get_property: [ alice, continent ] }
			  groups:
			    operators:
			      type: tosca.groups.Root
			      members: [ alice ]
			  policies:
			    - staking:
			        type: diac.policies.Staking
			        targets: [ alice ]
			        properties:
			          stake_threshold: { get_input: threshold }
			          unit_stake: "{{identity.alice.stake}}"
			    - governance:
			        type: diac.policies.Governance
			        properties:
			          signers: [ alice ]
			          multisig_threshold: 1
			""";

	@Test
	void renamingATemplateFromAReferenceRenamesItEverywhereItIsNamed() throws Exception {
		String uri = session.open(NETWORK);
		List<String> before = codes(session.diagnostics(uri));
		WorkspaceEdit edit = rename(uri, LspSession.position(NETWORK, "node: alice", "node: ".length() + 2), "carol");
		String renamed = LspSession.apply(NETWORK, edit.getChanges().get(uri));
		String expected = NETWORK.replace("    alice:", "    carol:").replace("node: alice", "node: carol")
				.replace("[ alice, continent ]", "[ carol, continent ]").replace("members: [ alice ]", "members: [ carol ]")
				.replace("targets: [ alice ]", "targets: [ carol ]").replace("{{identity.alice.stake}}", "{{identity.carol.stake}}")
				.replace("signers: [ alice ]", "signers: [ carol ]");
		assertEquals(expected, renamed);
		assertTrue(renamed.contains("subject: alice"), "a certificate subject is no template name");
		assertEquals(before, codes(session.diagnostics(session.open(renamed))), "the renamed document validates as before");
	}

	@Test
	void renamingAnInputFromItsDeclarationRenamesGetInput() throws Exception {
		String uri = session.open(NETWORK);
		WorkspaceEdit edit = rename(uri, LspSession.position(NETWORK, "threshold:", 1), "minimum_stake");
		String renamed = LspSession.apply(NETWORK, edit.getChanges().get(uri));
		assertEquals(NETWORK.replace("    threshold:", "    minimum_stake:").replace("get_input: threshold", "get_input: minimum_stake"), renamed);
	}

	@Test
	void prepareRenameGivesTheNameUnderTheCursorAndRefusesTypesAndKeys() throws Exception {
		String uri = session.open(NETWORK);
		Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> onTemplate = prepare(uri, LspSession.position(NETWORK, "members: [ alice", 12));
		assertEquals("alice", onTemplate.getSecond().getPlaceholder());
		assertEquals(LspSession.position(NETWORK, "members: [ alice", 11), onTemplate.getSecond().getRange().getStart());
		assertNull(prepare(uri, LspSession.position(NETWORK, "diac.nodes.Operator", 3)), "a type name");
		assertNull(prepare(uri, LspSession.position(NETWORK, "stake: 480", 1)), "a property key");
	}

	@Test
	void refusesANameThatIsTakenOrNotAPlainName() throws Exception {
		String uri = session.open(NETWORK);
		Position alice = LspSession.position(NETWORK, "node: alice", "node: ".length());
		ExecutionException taken = assertThrows(ExecutionException.class, () -> rename(uri, alice, "worker"));
		assertTrue(taken.getCause() instanceof ResponseErrorException, taken::toString);
		ExecutionException invalid = assertThrows(ExecutionException.class, () -> rename(uri, alice, "two words"));
		assertTrue(invalid.getCause() instanceof ResponseErrorException, invalid::toString);
	}

	private static WorkspaceEdit rename(String uri, Position position, String newName) throws Exception {
		WorkspaceEdit edit = LspSession.get(session.server().getTextDocumentService()
				.rename(new RenameParams(new TextDocumentIdentifier(uri), position, newName)));
		Map<String, List<TextEdit>> changes = edit.getChanges();
		assertEquals(List.of(uri), List.copyOf(changes.keySet()), () -> "edits: " + changes);
		return edit;
	}

	private static Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepare(String uri, Position position) throws Exception {
		return LspSession.get(session.server().getTextDocumentService().prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(uri), position)));
	}

	private static List<String> codes(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(LspSession::code).sorted().toList();
	}
}
