package org.diac.dsl.ide;

import org.diac.dsl.ide.contentassist.DiacCompletionPrefixProvider;
import org.diac.dsl.ide.contentassist.DiacContentAssistService;
import org.diac.dsl.ide.contentassist.DiacContentProposalProvider;
import org.diac.dsl.ide.contentassist.antlr.DiacContentAssistLexer;
import org.diac.dsl.ide.hover.DiacDocumentationProvider;
import org.diac.dsl.ide.symbols.DiacSymbolDetailsProvider;
import org.diac.dsl.ide.symbols.DiacSymbolKindProvider;
import org.diac.dsl.ide.symbols.DiacSymbolNameProvider;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.CompletionPrefixProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
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
}
