package org.diac.chain.ui.jobs;

import java.util.List;

import org.diac.chain.ui.ChainUi;
import org.diac.dsl.ui.commands.ValidateJob;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * What a document must pass before Publish or Propose sends it: no validation errors (the editor's validation, with
 * the user's severities), a name on chain, no local imports (the CLI publishes those with it; the IDE does not yet).
 */
final class DocumentGate {

	private String name;

	/** Null when the document may be sent ({@link #name()} is then its name), else why not. */
	IStatus check(String command, IFile file, String text, IProgressMonitor monitor) {
		ValidateJob validation = new ValidateJob(List.of(file));
		IStatus validated = validation.validate(monitor);
		if (validated.getSeverity() == IStatus.CANCEL) {
			return Status.CANCEL_STATUS;
		}
		String nothingSent = "; nothing was sent to the chain";
		if (validated.getSeverity() != IStatus.OK) {
			return ChainUi.error("DiaC " + command + ": " + file.getName() + " was not validated (" + validated.getMessage()
					+ ")" + nothingSent);
		}
		List<String> errors = validation.errors();
		if (!errors.isEmpty()) {
			return ChainUi.error("DiaC " + command + " refused: " + file.getName() + " has " + errors.size()
					+ (errors.size() == 1 ? " error" : " errors") + " (see the Problems view)" + nothingSent + ". First: "
					+ errors.get(0));
		}
		DocumentFacts facts = DocumentFacts.of(text);
		if (facts.templateName() == null) {
			return ChainUi.error("DiaC " + command + ": " + file.getName() + " has no metadata.template_name, its name on chain"
					+ nothingSent);
		}
		if (!facts.localImports().isEmpty()) {
			return ChainUi.error("DiaC " + command + ": " + file.getName() + " imports local files ("
					+ String.join(", ", facts.localImports()) + "), which go on chain with it: use `./diac " + command + "`"
					+ nothingSent);
		}
		name = facts.templateName();
		return null;
	}

	String name() {
		return name;
	}
}
