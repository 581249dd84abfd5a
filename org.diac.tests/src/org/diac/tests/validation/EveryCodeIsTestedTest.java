package org.diac.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import org.diac.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;

/** Every stable code has a document that triggers it and a near-identical one that does not. */
class EveryCodeIsTestedTest {

	/**
	 * Tested by dedicated methods: of {@link DiacChecksTest} (they need generated certificates), of ImportResolverTest
	 * (it needs a folder layout; a trigger and its twin with the file beside the import).
	 */
	private static final Set<String> TESTED_ELSEWHERE = Set.of("DIAC-CERT-INVALID", "DIAC-CERT-EXPIRED", "TOSCA-IMPORT-RESOLVED-ELSEWHERE");

	@Test
	void eachIssueCodeHasATriggerAndTwinPair() throws Exception {
		Set<String> codes = new TreeSet<>();
		for (Field field : IssueCodes.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				codes.add((String) field.get(null));
			}
		}
		Set<String> tested = new TreeSet<>(TESTED_ELSEWHERE);
		DiagnosticCodesTest.pairs().forEach(pair -> tested.add((String) pair[0]));
		DiacChecksTest.cases().forEach(pair -> tested.add((String) pair[0]));
		codes.removeAll(tested);
		assertEquals(Set.of(), codes, "codes without a trigger/twin test");
	}
}
