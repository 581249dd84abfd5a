package org.diac.dsl.ide;

import org.diac.dsl.ide.codeactions.DiacCodeActionService;
import org.diac.dsl.ide.codeactions.DiacQuickfixProvider;
import org.diac.dsl.ide.contentassist.DiacCompletionPrefixProvider;
import org.diac.dsl.ide.contentassist.DiacContentAssistService;
import org.diac.dsl.ide.contentassist.DiacContentProposalProvider;
import org.diac.dsl.ide.contentassist.antlr.DiacContentAssistLexer;
import org.diac.dsl.ide.formatting.DiacFormattingService;
import org.diac.dsl.ide.highlighting.DiacSemanticHighlightingCalculator;
import org.diac.dsl.ide.hover.DiacDocumentationProvider;
import org.diac.dsl.ide.rename.DiacRenameService;
import org.diac.dsl.ide.server.DiagramUrlCommand;
import org.diac.dsl.ide.symbols.DiacSymbolDetailsProvider;
import org.diac.dsl.ide.symbols.DiacSymbolKindProvider;
import org.diac.dsl.ide.symbols.DiacSymbolNameProvider;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.CompletionPrefixProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Every deviation of the DiaC editor services (language server) from stock Xtext, one binding each. */
public class DiacIdeModule extends AbstractDiacIdeModule {

	/** Completion must see the runtime's YAML tokens (BEGIN/END for indentation), not the generated lexer's. */
	@Override
	public void configureContentAssistLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.CONTENT_ASSIST)).to(DiacContentAssistLexer.class);
	}

	/**
	 * The generated IndentationAwareCompletionPrefixProvider pairs zero-width tokens that the YAML scanner does not
	 * emit in pairs (flow collections, flow sequence dashes) and throws in long documents.
	 */
	@Override
	public Class<? extends CompletionPrefixProvider> bindCompletionPrefixProvider() {
		return DiacCompletionPrefixProvider.class;
	}

	/** Keys, type and template names, module references; no punctuation or placeholder proposals. */
	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return DiacContentProposalProvider.class;
	}

	/** A module reference being typed (an unterminated string) is completed from the text: the parser cannot see it yet. */
	public Class<? extends ContentAssistService> bindContentAssistService() {
		return DiacContentAssistService.class;
	}

	/** Hovers show types (derived_from, description) and property definitions (type, required, default). */
	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return DiacDocumentationProvider.class;
	}

	/** Document symbols: types, templates, groups, policies, inputs, outputs (qualified names cover types only). */
	public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return DiacSymbolNameProvider.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return DiacSymbolKindProvider.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return DiacSymbolDetailsProvider.class;
	}

	/** Quick fixes: Xtext's code action service (fixes in the provider's order) asks the DiaC provider, which the Eclipse editor can reuse. */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return DiacCodeActionService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return DiacQuickfixProvider.class;
	}

	/** Rename edits names as text: Xtext's default re-serializes the model, which synthetic BEGIN/END tokens do not allow. */
	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return DiacRenameService.class;
	}

	/** Semantic tokens: types, template and input names, functions, module references, keys. */
	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return DiacSemanticHighlightingCalculator.class;
	}

	/** Formatting edits whitespace between tokens only (trailing spaces, spaces after a colon, blank lines at the end). */
	public Class<? extends FormattingService> bindFormattingService() {
		return DiacFormattingService.class;
	}

	/** diac.diagram.url: the browser diagram of a document, when the diagram editor is on the class path (the CLI). */
	public Class<? extends IExecutableCommandService> bindIExecutableCommandService() {
		return DiagramUrlCommand.class;
	}
}
