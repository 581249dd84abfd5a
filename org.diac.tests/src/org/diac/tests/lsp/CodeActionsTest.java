package org.diac.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/**
 * Quick fixes over JSON-RPC: each test opens a document with one problem, asks for the code actions of its
 * diagnostic, applies the fix's edit, and opens the result, which must validate without that diagnostic.
 */
class CodeActionsTest extends LspSessionTest {

	private static final String HEADER = "tosca_definitions_version: tosca_simple_yaml_1_3\ntopology_template:\n";

	private static final String ALICE = """
			    alice:
			      type: diac.nodes.Operator
			      properties:
			        identity: { type: "X.509", msp_id: Org1MSP, subject: alice }
			        stake: 480
			""";

	@Test
	void quotesANumberWhereAStringIsRequired() throws Exception {
		String text = HEADER + "  node_templates:\n" + ALICE + """
				    web:
				      type: diac.nodes.Worker
				      properties:
				        image: 8080
				""";
		Fix fix = onlyFix(text, Set.of("TOSCA-WRONG-KIND", "TOSCA-CONSTRAINT"), "image: 8080");
		assertEquals(text.replace("image: 8080", "image: \"8080\""), fix.result());
		assertGone(fix);
	}

	@Test
	void doesNotQuoteANumberThatBreaksANumericConstraint() throws Exception {
		String text = HEADER + "  node_templates:\n" + ALICE.replace("stake: 480", "stake: -5");
		assertEquals(List.of(), fixes(text, Set.of("TOSCA-CONSTRAINT"), "stake: -5"));
	}

	@Test
	void addsAMissingRequiredPropertyToThePropertiesBlock() throws Exception {
		String text = HEADER + """
				  node_templates:
				    alice:
				      type: diac.nodes.Operator
				      properties:
				        identity: { type: "X.509", msp_id: Org1MSP, subject: alice }
				    web:
				      type: diac.nodes.Worker
				""";
		Fix fix = onlyFix(text, Set.of("TOSCA-REQUIRED-PROPERTY"), "alice:");
		assertEquals(text.replace("subject: alice }\n", "subject: alice }\n        stake: 0\n"), fix.result());
		assertGone(fix);
	}

	@Test
	void addsAPropertiesBlockWhenTheTemplateHasNone() throws Exception {
		String text = HEADER + """
				  node_templates:
				    bob:
				      type: diac.nodes.Operator
				      description: no properties yet
				""";
		List<Fix> fixes = fixes(text, Set.of("TOSCA-REQUIRED-PROPERTY"), "bob:");
		Fix stake = fixes.stream().filter(fix -> fix.action().getTitle().contains("stake")).findFirst().orElseThrow(() -> new AssertionError(fixes));
		assertEquals(text.replace("no properties yet\n", "no properties yet\n      properties:\n        stake: 0\n"), stake.result());
		List<Diagnostic> after = session.diagnostics(session.open(stake.result()));
		assertEquals(count(fixes.get(0).diagnostics(), "TOSCA-REQUIRED-PROPERTY") - 1, count(after, "TOSCA-REQUIRED-PROPERTY"),
				() -> "one required property fewer missing: " + after);
		assertEquals(0, count(after, "YAML-SYNTAX"));
	}

	@Test
	void suggestsTheNearestKeyForAnUnknownKey() throws Exception {
		String text = HEADER + "  node_templates:\n" + ALICE + """
				    web:
				      type: diac.nodes.Worker
				      requirments:
				        - operated_by: alice
				""";
		Fix fix = onlyFix(text, Set.of("TOSCA-UNKNOWN-KEY"), "requirments");
		assertEquals("Change to 'requirements'", fix.action().getTitle());
		assertEquals(text.replace("requirments:", "requirements:"), fix.result());
		assertGone(fix);
	}

	@Test
	void suggestsTheNearestPropertyForAnUnknownProperty() throws Exception {
		String text = HEADER + "  node_templates:\n" + ALICE + """
				    web:
				      type: diac.nodes.Worker
				      properties:
				        imgae: nginx
				""";
		Fix fix = onlyFix(text, Set.of("TOSCA-UNKNOWN-PROPERTY"), "imgae");
		assertEquals(text.replace("imgae:", "image:"), fix.result());
		assertGone(fix);
	}

	@Test
	void suggestsTheNearestTypeForAnUnknownType() throws Exception {
		String text = HEADER + "  node_templates:\n" + ALICE + """
				    web:
				      type: diac.nodes.Wroker
				""";
		Fix fix = onlyFix(text, Set.of("TOSCA-UNKNOWN-TYPE"), "diac.nodes.Wroker");
		assertEquals(text.replace("diac.nodes.Wroker", "diac.nodes.Worker"), fix.result());
		assertTrue(fix.action().getIsPreferred(), "the nearest name is the preferred fix");
		assertGone(fix);
	}

	@Test
	void suggestsTheNearestTemplateForUnresolvedTargets() throws Exception {
		String text = HEADER + "  node_templates:\n" + ALICE + """
				    web:
				      type: diac.nodes.Worker
				      requirements:
				        - operated_by:
				            node: alcie
				  groups:
				    workers:
				      type: tosca.groups.Root
				      members: [ wbe ]
				""";
		Fix requirement = onlyFix(text, Set.of("TOSCA-REQUIREMENT-TARGET"), "alcie");
		assertEquals(text.replace("node: alcie", "node: alice"), requirement.result());
		assertGone(requirement);
		Fix member = onlyFix(text, Set.of("TOSCA-UNKNOWN-TEMPLATE"), "wbe");
		assertEquals(text.replace("[ wbe ]", "[ web ]"), member.result());
		assertGone(member);
	}

	@Test
	void offersNothingWhenNoNameIsNear() throws Exception {
		String text = HEADER + "  node_templates:\n" + ALICE + """
				    web:
				      type: acme.Unheard
				""";
		assertEquals(List.of(), fixes(text, Set.of("TOSCA-UNKNOWN-TYPE"), "acme.Unheard"));
	}

	@Test
	void raisesAStakeToTheStakingThreshold() throws Exception {
		String text = HEADER + "  node_templates:\n" + ALICE.replace("stake: 480", "stake: 50") + """
				  policies:
				    - staking:
				        type: diac.policies.Staking
				        properties:
				          stake_threshold: 100
				""";
		Fix fix = onlyFix(text, Set.of("DIAC-STAKE-BELOW-THRESHOLD"), "stake: 50");
		assertEquals(text.replace("stake: 50", "stake: 100"), fix.result());
		assertGone(fix);
	}

	// ---- helpers -------------------------------------------------------------------------------------------

	/** A fix applied: the action, the document it was asked for, its diagnostics, and the fixed text. */
	private record Fix(CodeAction action, String uri, List<Diagnostic> diagnostics, Diagnostic diagnostic, String result) {
	}

	/** The first (preferred) fix offered. */
	private static Fix onlyFix(String text, Set<String> codes, String anchor) throws Exception {
		List<Fix> fixes = fixes(text, codes, anchor);
		assertTrue(!fixes.isEmpty(), "no fix offered");
		return fixes.get(0);
	}

	/** The fixes offered for the diagnostic with one of {@code codes} on the line of {@code anchor}, each applied. */
	private static List<Fix> fixes(String text, Set<String> codes, String anchor) throws Exception {
		String uri = session.open(text);
		List<Diagnostic> diagnostics = session.diagnostics(uri);
		int line = LspSession.position(text, anchor, 0).getLine();
		Diagnostic diagnostic = diagnostics.stream().filter(d -> codes.contains(LspSession.code(d)) && d.getRange().getStart().getLine() == line)
				.findFirst().orElseThrow(() -> new AssertionError("no " + codes + " on line " + line + ": " + diagnostics));
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)));
		List<Either<Command, CodeAction>> actions = LspSession.get(session.server().getTextDocumentService().codeAction(params));
		return actions.stream().map(Either::getRight).map(action -> {
			assertEquals(CodeActionKind.QuickFix, action.getKind());
			return new Fix(action, uri, diagnostics, diagnostic, LspSession.apply(text, action.getEdit().getChanges().get(uri)));
		}).toList();
	}

	/** The fixed document has no diagnostic of the fixed one's code on the fixed line, and no syntax error. */
	private static void assertGone(Fix fix) throws Exception {
		List<Diagnostic> after = session.diagnostics(session.open(fix.result()));
		int line = fix.diagnostic().getRange().getStart().getLine();
		assertTrue(after.stream().noneMatch(d -> LspSession.code(fix.diagnostic()).equals(LspSession.code(d)) && d.getRange().getStart().getLine() == line),
				() -> "still there: " + after);
		assertEquals(0, count(after, "YAML-SYNTAX"), () -> "syntax errors: " + after);
	}

	private static long count(List<Diagnostic> diagnostics, String code) {
		return diagnostics.stream().filter(d -> code.equals(LspSession.code(d))).count();
	}
}
