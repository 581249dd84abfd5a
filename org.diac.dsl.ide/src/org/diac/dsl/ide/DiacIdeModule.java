package org.diac.dsl.ide;

import org.diac.dsl.ide.contentassist.antlr.DiacContentAssistLexer;
import org.diac.dsl.ide.hover.DiacDocumentationProvider;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Every deviation of the DiaC editor services (language server) from stock Xtext, one binding each. */
public class DiacIdeModule extends AbstractDiacIdeModule {

	/** Completion must see the runtime's YAML tokens (BEGIN/END for indentation), not the generated lexer's. */
	@Override
	public void configureContentAssistLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.CONTENT_ASSIST)).to(DiacContentAssistLexer.class);
	}



	/** Hovers show types (derived_from, description) and property definitions (type, required, default). */
	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return DiacDocumentationProvider.class;
	}
}
