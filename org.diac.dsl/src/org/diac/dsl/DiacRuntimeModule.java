package org.diac.dsl;

import org.diac.dsl.conversion.DiacValueConverterService;
import org.diac.dsl.linking.DiacLinkingDiagnosticMessageProvider;
import org.diac.dsl.parser.antlr.DiacLexer;
import org.diac.dsl.parser.antlr.DiacSyntaxErrorMessageProvider;
import org.diac.dsl.parser.antlr.lexer.InternalDiacLexer;
import org.diac.dsl.scoping.DiacQualifiedNameConverter;
import org.diac.dsl.scoping.DiacQualifiedNameProvider;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.antlr.LexerProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;

import com.google.inject.Binder;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/** Every deviation of the DiaC language from stock Xtext, one binding each. */
public class DiacRuntimeModule extends AbstractDiacRuntimeModule {

	/** YAML is context-sensitive: a hand-written scanner replaces the generated lexer rules. */
	@Override
	public Class<? extends Lexer> bindLexer() {
		return DiacLexer.class;
	}

	@Override
	public Provider<? extends InternalDiacLexer> provideInternalDiacLexer() {
		return LexerProvider.create(DiacLexer.class);
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(DiacLexer.class);
	}

	/** The generated parser without the pass-through indentation token source (see DiacYamlParser). */
	@Override
	public Class<? extends org.eclipse.xtext.parser.IParser> bindIParser() {
		return org.diac.dsl.parser.antlr.DiacYamlParser.class;
	}

	/** Syntax errors carry the stable codes of LANGUAGE.md §6 (YAML-SYNTAX, YAML-TAB, TOSCA-UNKNOWN-KEY). */
	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return DiacSyntaxErrorMessageProvider.class;
	}

	/** Unresolved names carry codes too (TOSCA-UNKNOWN-TYPE, TOSCA-FUNCTION-TARGET, DIAC-REFERENCE-UNRESOLVED ...). */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return DiacLinkingDiagnosticMessageProvider.class;
	}

	/** Scalars are read as YAML values: quotes, escapes, folding. */
	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return DiacValueConverterService.class;
	}

	/** TOSCA names are opaque: {@code tosca.nodes.Compute} is one name, not a namespace path. */
	public Class<? extends IQualifiedNameConverter> bindIQualifiedNameConverter() {
		return DiacQualifiedNameConverter.class;
	}

	/** Only types are exported across documents; templates are scoped locally. */
	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return DiacQualifiedNameProvider.class;
	}

	/** Exported names are looked for only where types can be (see DiacResourceDescriptionStrategy). */
	public Class<? extends org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return org.diac.dsl.scoping.DiacResourceDescriptionStrategy.class;
	}

	/** References of a topology are linked from their name maps at once, not through lazy proxies (see DiacLinker). */
	@Override
	public Class<? extends org.eclipse.xtext.linking.ILinker> bindILinker() {
		return org.diac.dsl.linking.DiacLinker.class;
	}

	/** Type scopes (document, imports, built-in library) are computed by DiacScopeProvider itself. */
	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return DefaultGlobalScopeProvider.class;
	}

	/**
	 * EMF's generic EObjectValidator checks multiplicities and data values the grammar already guarantees; it cost
	 * a twentieth of validation time on large topologies and never reports anything a DiaC check does not.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(Names.named(org.eclipse.xtext.validation.CompositeEValidator.USE_EOBJECT_VALIDATOR))
				.toInstance(Boolean.FALSE);
	}

	/** Inherited type members are computed once per type and validation run (see DiacResourceValidator). */
	public Class<? extends org.eclipse.xtext.validation.IResourceValidator> bindIResourceValidator() {
		return org.diac.dsl.validation.DiacResourceValidator.class;
	}
}
