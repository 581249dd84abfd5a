package org.diac.dsl.validation;

import static org.diac.dsl.diac.DiacPackage.Literals.*;

import org.diac.dsl.diac.Import;
import org.diac.dsl.scoping.ImportResolver;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

/** TOSCA 1.3 §3.6.3: every import names a document that can be read. Cycles are tolerated by the resolver. */
public class ImportValidator extends AbstractDeclarativeValidator {

	@Inject
	private ImportResolver imports;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into DiacValidator
	}

	@Check
	public void importExists(Import anImport) {
		if (anImport.getFile() == null) {
			error("import has no file", anImport, null, IssueCodes.TOSCA_IMPORT_MISSING);
		} else if (!imports.exists(anImport)) {
			error("import '" + anImport.getFile() + "' cannot be found (resolved to " + imports.resolve(anImport) + ")", anImport, IMPORT__FILE,
					IssueCodes.TOSCA_IMPORT_MISSING);
		}
	}
}
