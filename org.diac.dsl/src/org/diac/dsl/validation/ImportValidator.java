package org.diac.dsl.validation;

import static org.diac.dsl.diac.DiacPackage.Literals.*;

import org.diac.dsl.diac.Import;
import org.diac.dsl.scoping.ImportResolver;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

/**
 * TOSCA 1.3 §3.6.3: every import names a document that can be read. Cycles are tolerated by the resolver. An import
 * found only by tosca-parser's folder-suffix layout is loaded but warned about: other tools do not find it.
 */
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
		} else if (imports.resolvedElsewhere(anImport) != null) {
			URI used = imports.resolvedElsewhere(anImport);
			String portable = used.lastSegment();
			// the portable form of the import is the issue's data, for an editor's quick fix
			warning("import '" + anImport.getFile().trim() + "' names nothing relative to this document (" + display(imports.asWritten(anImport))
					+ "); using " + display(used) + ", which tosca-parser finds because this document's folder already ends in the "
					+ "import's folders. TOSCA 1.3 §3.6.3 resolves imports relative to the importing document only: write '" + portable
					+ "' so that every tool finds it", anImport, IMPORT__FILE, IssueCodes.TOSCA_IMPORT_RESOLVED_ELSEWHERE, portable);
		}
	}

	private static String display(URI uri) {
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}
}
