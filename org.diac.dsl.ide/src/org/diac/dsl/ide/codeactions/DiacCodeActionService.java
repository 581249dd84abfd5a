package org.diac.dsl.ide.codeactions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;

import com.google.inject.Inject;

/**
 * Xtext's quick-fix code action service, keeping the order in which the provider offers fixes (the nearest name
 * first) instead of sorting them by title, and marking the first as the preferred fix (LSP 3.16), which editors
 * apply on "fix all" or a single key press.
 */
public class DiacCodeActionService extends QuickFixCodeActionService {

	@Inject
	private IQuickFixProvider quickfixes;

	@Override
	protected List<Either<Command, CodeAction>> getCodeActions(Options options, Diagnostic diagnostic) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (DiagnosticResolution resolution : quickfixes.getResolutions(options, diagnostic)) {
			CodeAction action = new CodeAction(resolution.getLabel());
			action.setKind(CodeActionKind.QuickFix);
			action.setDiagnostics(List.of(diagnostic));
			action.setEdit(resolution.apply());
			action.setIsPreferred(actions.isEmpty());
			actions.add(Either.forRight(action));
		}
		return actions;
	}
}
