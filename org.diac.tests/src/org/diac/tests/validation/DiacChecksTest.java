package org.diac.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.diac.dsl.validation.Diagnostic;
import org.diac.tests.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DiaC checks of LANGUAGE.md §6. One small network passes every check; each case changes one value so
 * that exactly one rule breaks, and the unchanged network is its near-identical twin.
 */
class DiacChecksTest {

	/** Stakes 300 + 200 + 200 = 700 buy 7 slots of 100; 7 workers; 7 groups of 1; shares 3/7, 2/7, 2/7. */
	static final String NETWORK = """
			tosca_definitions_version: tosca_simple_yaml_1_3
			topology_template:
			  inputs:
			    threshold: { type: integer, default: 100 }
			  node_templates:
			    alice:
			      type: diac.nodes.Operator
			      properties:
			        identity: { type: "X.509", msp_id: Org1MSP, subject: alice }
			        stake: 300
			        continent: europe
			        cloud: false
			    bob:
			      type: diac.nodes.Operator
			      properties:
			        identity: { type: "X.509", msp_id: Org2MSP, subject: bob }
			        stake: 200
			        continent: asia
			        cloud: true
			    carol:
			      type: diac.nodes.Operator
			      properties:
			        identity: { type: wallet, address: "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" }
			        stake: 200
			        continent: africa
			        cloud: false
			    worker:
			      type: diac.nodes.Worker
			      capabilities:
			        scalable:
			          properties: { min_instances: 1, max_instances: 20, default_instances: 7 }
			    shards:
			      type: diac.nodes.NodeGroup
			      properties: { occurrence: 7, members_per_group: 1 }
			      requirements:
			        - composed_of: worker
			  policies:
			    - staking:
			        type: diac.policies.Staking
			        properties: { stake_threshold: { get_input: threshold }, unit_stake: 100, max_operators: 3 }
			    - decentralization:
			        type: diac.policies.Decentralization
			        properties: { max_stake_share: 0.5, max_per_continent: 1, max_cloud_share: 0.34 }
			    - governance:
			        type: diac.policies.Governance
			        properties: { multisig_threshold: 2, signers: [ alice, bob ] }
			    - permissions:
			        type: diac.policies.Permissions
			        properties:
			          rules:
			            core: { update_by: governance }
			            identity: { update_by: governance }
			            artifacts: { update_by: admin, admins: [ alice ] }
			            topology: { update_by: governance }
			            templates: { update_by: creator }
			            mapper: { update_by: creator }
			            security: { update_by: multisig, admins: [ alice, bob ] }
			            governance: { update_by: governance }
			    - blacklist:
			        type: diac.policies.Blacklist
			        properties: { operators: [ mallory ], nodes: [ old-worker ] }
			""";

	static List<Object[]> cases() {
		return List.of(
				change("DIAC-STAKE-BELOW-THRESHOLD", "threshold: { type: integer, default: 100 }", "threshold: { type: integer, default: 250 }"),
				change("DIAC-STAKE-BELOW-THRESHOLD", "stake: 300", "stake: 99\n        reputation: 1.0"),
				change("DIAC-TOO-MANY-OPERATORS", "max_operators: 3", "max_operators: 2"),
				change("DIAC-STAKE-SHARE", "max_stake_share: 0.5", "max_stake_share: 0.4"),
				change("DIAC-CONTINENT-LIMIT", "continent: africa", "continent: europe"),
				change("DIAC-CLOUD-SHARE", "max_cloud_share: 0.34", "max_cloud_share: 0.3"),
				change("DIAC-SLOTS-EXCEEDED", "unit_stake: 100", "unit_stake: 101"),
				change("DIAC-GROUP-SIZE", "occurrence: 7", "occurrence: 6"),
				change("DIAC-BLACKLISTED", "operators: [ mallory ]", "operators: [ carol ]"),
				change("DIAC-BLACKLISTED", "nodes: [ old-worker ]", "nodes: [ worker ]"),
				new Object[] { "DIAC-BLACKLISTED", Change.of("operators: [ mallory ]", "operators: [ bob@example ]").with("subject: bob }", "subject: bob@example }") },
				change("DIAC-MULTISIG-THRESHOLD", "multisig_threshold: 2", "multisig_threshold: 3"),
				change("DIAC-MULTISIG-THRESHOLD", "multisig_threshold: 2", "multisig_threshold: 0"),
				change("DIAC-PERMISSIONS-GAP", "            mapper: { update_by: creator }\n", ""),
				change("TOSCA-REQUIRED-PROPERTY", "{ type: \"X.509\", msp_id: Org1MSP, subject: alice }", "{ type: \"X.509\", subject: alice }"),
				change("TOSCA-REQUIRED-PROPERTY", "{ type: wallet, address: \"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\" }", "{ type: wallet }"),
				change("TOSCA-REQUIRED-PROPERTY", "        stake: 300\n", ""),
				change("TOSCA-CONSTRAINT", "artifacts: { update_by: admin", "artifacts: { update_by: anybody"),
				change("TOSCA-CONSTRAINT", "max_stake_share: 0.5", "max_stake_share: 1.5"),
				change("TOSCA-OCCURRENCES", "      requirements:\n        - composed_of: worker\n", ""));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("cases")
	void oneChangedValueBreaksOneRule(String code, Change change) throws Exception {
		List<String> found = Documents.codes(Documents.validate(change.apply(NETWORK)));
		assertTrue(found.contains(code), () -> code + " expected after " + change + ", got " + found);
		List<String> twin = Documents.codes(Documents.validate(NETWORK));
		assertFalse(twin.contains(code), () -> code + " not expected in the unchanged network, got " + twin);
	}

	@Test
	void theUnchangedNetworkPassesEveryCheck() throws Exception {
		assertEquals(List.of(), Documents.validate(NETWORK));
	}

	@Test
	void aStakeThresholdReachedThroughAModuleReferenceIsChecked() throws Exception {
		String viaReference = NETWORK.replace("stake_threshold: { get_input: threshold }", "stake_threshold: \"{{core.threshold}}\"");
		assertEquals(List.of(), Documents.validate(viaReference));
		List<Diagnostic> below = Documents.validate(viaReference.replace("default: 100", "default: 201"));
		assertEquals(List.of("DIAC-STAKE-BELOW-THRESHOLD", "DIAC-STAKE-BELOW-THRESHOLD"), Documents.codes(below));
		assertTrue(below.get(0).message().contains("bob") && below.get(0).message().contains("201"), () -> below.get(0).message());
	}

	@Test
	void signersGivenAsTheOperatorListCountEveryOperator() throws Exception {
		String allOperators = NETWORK.replace("signers: [ alice, bob ]", "signers: \"{{identity.operators}}\"");
		assertEquals(List.of(), Documents.validate(allOperators.replace("multisig_threshold: 2", "multisig_threshold: 3")));
		assertEquals(List.of("DIAC-MULTISIG-THRESHOLD"),
				Documents.codes(Documents.validate(allOperators.replace("multisig_threshold: 2", "multisig_threshold: 4"))));
	}

	@Test
	void theStakeBelowThresholdIsReportedAtTheOperatorsStake() throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(NETWORK.replace("stake: 300", "stake: 50"));
		Diagnostic below = diagnostics.stream().filter(d -> d.code().equals("DIAC-STAKE-BELOW-THRESHOLD")).findFirst().orElseThrow();
		assertEquals(lineOf(NETWORK, "stake: 300"), below.line());
		assertTrue(below.message().contains("alice") && below.message().contains("stake_threshold 100"), below::message);
	}

	@Test
	void aPinnedCertificateThatDoesNotParseIsAnError() throws Exception {
		String broken = withCertificate("|\n            -----BEGIN CERTIFICATE-----\n            bm90IGEgY2VydGlmaWNhdGU=\n            -----END CERTIFICATE-----\n");
		List<Diagnostic> diagnostics = Documents.validate(broken);
		assertEquals(List.of("DIAC-CERT-INVALID"), Documents.errorCodes(diagnostics));
		assertEquals(List.of(), Documents.validate(withCertificate(TestCertificates.literalBlock(TestCertificates.current("alice"), 12))));
	}

	@Test
	void anExpiredCertificateIsAWarningNotAnError() throws Exception {
		List<Diagnostic> diagnostics = Documents.validate(withCertificate(TestCertificates.literalBlock(TestCertificates.expired("alice"), 12)));
		assertEquals(List.of("DIAC-CERT-EXPIRED"), Documents.codes(diagnostics));
		assertEquals(Diagnostic.Severity.WARNING, diagnostics.get(0).severity());
	}

	@Test
	void aBlacklistedCredentialIsFoundByItsSha256Fingerprint() throws Exception {
		String pem = TestCertificates.current("alice");
		var certificate = org.diac.dsl.identity.PemCertificates.parse(pem).certificate();
		String fingerprint = org.diac.dsl.identity.PemCertificates.fingerprint(certificate);
		String document = withCertificate(TestCertificates.literalBlock(pem, 12));
		assertEquals(List.of(), Documents.validate(document));
		String listed = document.replace("nodes: [ old-worker ]", "nodes: [ old-worker ], credentials: [ \"" + fingerprint.toLowerCase() + "\" ]");
		assertEquals(List.of("DIAC-BLACKLISTED"), Documents.codes(Documents.validate(listed)));
	}

	private static String withCertificate(String block) {
		return NETWORK.replace("identity: { type: \"X.509\", msp_id: Org1MSP, subject: alice }",
				"identity:\n          type: \"X.509\"\n          msp_id: Org1MSP\n          cert: " + block.stripTrailing());
	}

	private static int lineOf(String text, String needle) {
		return (int) text.substring(0, text.indexOf(needle)).chars().filter(c -> c == '\n').count() + 1;
	}

	/** Replacements applied to the network; each must match, so that a typo cannot make a case vacuous. */
	record Change(List<String[]> replacements) {

		static Change of(String from, String to) {
			return new Change(List.<String[]>of(new String[] { from, to }));
		}

		Change with(String from, String to) {
			List<String[]> more = new java.util.ArrayList<>(replacements);
			more.add(new String[] { from, to });
			return new Change(more);
		}

		String apply(String document) {
			String result = document;
			for (String[] replacement : replacements) {
				if (!result.contains(replacement[0])) {
					throw new IllegalArgumentException("'" + replacement[0] + "' is not in the document");
				}
				result = result.replace(replacement[0], replacement[1]);
			}
			return result;
		}

		@Override
		public String toString() {
			return String.join("; ", replacements.stream().map(r -> r[0].strip() + " -> " + r[1].strip()).toList());
		}
	}

	private static Object[] change(String code, String from, String to) {
		return new Object[] { code, Change.of(from, to) };
	}
}
