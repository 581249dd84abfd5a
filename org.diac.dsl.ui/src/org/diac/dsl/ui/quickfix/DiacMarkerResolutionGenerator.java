package org.diac.dsl.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.diac.dsl.ide.codeactions.DiacQuickfixProvider;
import org.diac.dsl.ui.server.LanguageSession;
import org.diac.dsl.ui.server.Markers;
import org.diac.dsl.ui.server.Uris;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Quick fixes on DiaC markers (Problems view, and Ctrl+1 / the marker hover in the editor): the language server's
 * code actions for the marker's diagnostic, for the codes that have a repair ({@link DiacQuickfixProvider}).
 */
public class DiacMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return DiacQuickfixProvider.REPAIRED_CODES.contains(marker.getAttribute(Markers.CODE, ""));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		Diagnostic diagnostic = diagnostic(marker);
		String uri = marker.getResource() instanceof IFile file ? Uris.of(file) : null;
		if (diagnostic == null || uri == null) {
			return new IMarkerResolution[0];
		}
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		List<Either<Command, CodeAction>> actions = LanguageSession.await(LanguageSession.get().documents().codeAction(params),
				"quick fixes in " + uri);
		List<IMarkerResolution> resolutions = new ArrayList<>();
		if (actions != null) {
			for (Either<Command, CodeAction> action : actions) {
				if (action.isRight() && action.getRight().getEdit() != null) {
					resolutions.add(new CodeActionResolution(action.getRight()));
				}
			}
		}
		return resolutions.toArray(IMarkerResolution[]::new);
	}

	/** The diagnostic the marker was made from: its code, message and LSP range are marker attributes. */
	static Diagnostic diagnostic(IMarker marker) {
		String code = marker.getAttribute(Markers.CODE, null);
		String[] range = marker.getAttribute(Markers.RANGE, "").split(":");
		if (code == null || range.length != 4) {
			return null;
		}
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		Diagnostic diagnostic = new Diagnostic(new Range(new Position(Integer.parseInt(range[0]), Integer.parseInt(range[1])),
				new Position(Integer.parseInt(range[2]), Integer.parseInt(range[3]))),
				message.startsWith(code + " ") ? message.substring(code.length() + 1) : message);
		diagnostic.setCode(code);
		int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
		diagnostic.setSeverity(severity == IMarker.SEVERITY_ERROR ? DiagnosticSeverity.Error
				: severity == IMarker.SEVERITY_WARNING ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information);
		return diagnostic;
	}
}
