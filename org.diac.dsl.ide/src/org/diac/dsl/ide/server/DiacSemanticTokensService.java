package org.diac.dsl.ide.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic tokens from the language's {@link ISemanticHighlightingCalculator}, whose style ids are LSP token types
 * and modifiers. Replaces Xtext's service, whose legend lists Xtext style ids ({@code default}, ...) that no
 * editor themes, and whose token type numbers are one past their place in that legend.
 */
public class DiacSemanticTokensService extends SemanticTokensService {

	static final List<String> TYPES = List.of(SemanticTokenTypes.Type, SemanticTokenTypes.Variable, SemanticTokenTypes.Parameter,
			SemanticTokenTypes.Function, SemanticTokenTypes.Macro, SemanticTokenTypes.Keyword, SemanticTokenTypes.Property);

	static final List<String> MODIFIERS = List.of(SemanticTokenModifiers.Declaration);

	private record Token(int offset, int length, String[] ids) {
	}

	@Override
	protected void addTokenTypes() {
		getTokenTypes().addAll(TYPES);
	}

	@Override
	protected void addTokenModifiers() {
		getTokenModifiers().addAll(MODIFIERS);
	}

	@Override
	public SemanticTokens semanticTokensFull(Document document, XtextResource resource, SemanticTokensParams params, CancelIndicator cancel) {
		List<Integer> data = new ArrayList<>();
		if (document == null || resource == null) {
			return new SemanticTokens(data);
		}
		ISemanticHighlightingCalculator calculator = resource.getResourceServiceProvider().get(ISemanticHighlightingCalculator.class);
		List<Token> tokens = new ArrayList<>();
		if (calculator != null) {
			calculator.provideHighlightingFor(resource, (offset, length, ids) -> tokens.add(new Token(offset, length, ids)), cancel);
		}
		tokens.sort(Comparator.comparingInt(Token::offset));
		String text = document.getContents();
		int lastLine = 0;
		int lastCharacter = 0;
		int end = 0;
		// lines are counted while walking forward once: Document.getPosition starts at the top each time
		int scanned = 0;
		int line = 0;
		int lineStart = 0;
		for (Token token : tokens) {
			int type = token.ids().length == 0 ? -1 : TYPES.indexOf(token.ids()[0]);
			// LSP tokens neither overlap nor span lines (without a client capability we do not ask for)
			if (type < 0 || token.length() <= 0 || token.offset() < end || token.offset() + token.length() > text.length() || text.substring(token.offset(), token.offset() + token.length()).contains("\n")) {
				continue;
			}
			for (; scanned < token.offset(); scanned++) {
				if (text.charAt(scanned) == '\n') {
					line++;
					lineStart = scanned + 1;
				}
			}
			int character = token.offset() - lineStart;
			data.add(line - lastLine);
			data.add(line == lastLine ? character - lastCharacter : character);
			data.add(token.length());
			data.add(type);
			data.add(modifiers(token.ids()));
			lastLine = line;
			lastCharacter = character;
			end = token.offset() + token.length();
		}
		return new SemanticTokens(data);
	}

	private static int modifiers(String[] ids) {
		int bits = 0;
		for (String id : Arrays.asList(ids).subList(1, ids.length)) {
			int index = MODIFIERS.indexOf(id);
			if (index >= 0) {
				bits |= 1 << index;
			}
		}
		return bits;
	}
}
