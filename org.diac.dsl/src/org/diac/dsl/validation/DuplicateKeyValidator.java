package org.diac.dsl.validation;

import java.util.List;

import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.parser.YamlDuplicateKeys;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * YAML 1.2 §3.2.1.1: keys of one mapping are unique. The parser finds repeated keys on its token list, where
 * every mapping is a BEGIN ... END run, so typed TOSCA elements and generic values are covered alike
 * ({@link YamlDuplicateKeys}); this validator reports them.
 */
public class DuplicateKeyValidator extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into DiacValidator
	}

	@Check
	public void duplicateKeys(ServiceTemplate template) {
		List<YamlDuplicateKeys.Key> found = YamlDuplicateKeys.of(template);
		if (found == null) {
			return;
		}
		for (YamlDuplicateKeys.Key key : found) {
			getMessageAcceptor().acceptError("key '" + key.text() + "' appears more than once in the same mapping (YAML 1.2 §3.2.1.1)",
					template, key.offset(), key.length(), IssueCodes.YAML_DUPLICATE_KEY);
		}
	}
}
