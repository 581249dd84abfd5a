package org.diac.dsl.ide.codeactions;

import static org.diac.dsl.validation.IssueCodes.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The quick fixes of DiaC, by diagnostic code (LANGUAGE.md §6), for Xtext's {@code QuickFixCodeActionService}
 * (and, later, the Eclipse editor). Xtext's declarative provider fixes each title in advance; these fixes are
 * named after what they would write (the nearest name, the placeholder, the threshold), so each {@link Repair}
 * computes its fixes from the document when asked, and offers none when it has nothing sound to offer.
 */
public class DiacQuickfixProvider implements IQuickFixProvider {

	private static final Logger LOG = Logger.getLogger(DiacQuickfixProvider.class);

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	/** The codes that have a repair (the Eclipse editor offers quick fixes on markers with these codes). */
	public static final Set<String> REPAIRED_CODES = Set.of(TOSCA_WRONG_KIND, TOSCA_CONSTRAINT, TOSCA_REQUIRED_PROPERTY, TOSCA_UNKNOWN_KEY,
			TOSCA_UNKNOWN_PROPERTY, TOSCA_UNKNOWN_TYPE, TOSCA_UNKNOWN_TEMPLATE, TOSCA_REQUIREMENT_TARGET, TOSCA_FUNCTION_TARGET,
			DIAC_STAKE_BELOW_THRESHOLD);

	private final Map<String, Repair> repairs;

	@Inject
	DiacQuickfixProvider(QuoteScalar quote, AddRequiredProperty addProperty, DidYouMeanKey key, DidYouMeanProperty property,
			DidYouMeanReference reference, RaiseStake stake) {
		repairs = Map.of(TOSCA_WRONG_KIND, quote, TOSCA_CONSTRAINT, quote, TOSCA_REQUIRED_PROPERTY, addProperty,
				TOSCA_UNKNOWN_KEY, key, TOSCA_UNKNOWN_PROPERTY, property, TOSCA_UNKNOWN_TYPE, reference, TOSCA_UNKNOWN_TEMPLATE, reference,
				TOSCA_REQUIREMENT_TARGET, reference, TOSCA_FUNCTION_TARGET, reference, DIAC_STAKE_BELOW_THRESHOLD, stake);
		assert repairs.keySet().equals(REPAIRED_CODES);
	}

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return repair(diagnostic) != null;
	}

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		Repair repair = repair(diagnostic);
		if (repair != null && options.getResource() instanceof XtextResource resource && options.getDocument() != null) {
			try {
				repair.propose(new DiagnosticSite(diagnostic, resource, options.getDocument()),
						// edits are computed when the fix is offered; applying it only hands them over
						(title, edits) -> acceptor.accept(title, (ITextModification) (fixed, element, document) -> edits));
			} catch (RuntimeException e) {
				// a fix that cannot be computed is not offered; the other code actions still are
				LOG.error("quick fix for " + diagnostic.getCode() + " at " + diagnostic.getRange() + " failed", e);
			}
		}
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}

	private Repair repair(Diagnostic diagnostic) {
		if (diagnostic == null || diagnostic.getCode() == null || diagnostic.getRange() == null || !diagnostic.getCode().isLeft()) {
			return null;
		}
		return repairs.get(diagnostic.getCode().getLeft());
	}
}
