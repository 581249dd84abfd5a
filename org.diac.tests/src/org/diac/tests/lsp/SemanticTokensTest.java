package org.diac.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * Semantic tokens, decoded with the legend the server advertised: types, template and input names (declared and
 * referenced), functions, module references and keys each get their LSP token type.
 */
class SemanticTokensTest extends LspSessionTest {

	private static final String NETWORK = RenameTest.NETWORK;

	@Test
	void tokensClassifyTypesTemplatesInputsFunctionsModuleReferencesAndKeys() throws Exception {
		Map<String, String> tokens = tokens(NETWORK);
		assertEquals("type", tokens.get(at("diac.nodes.Operator", 0)));
		assertEquals("variable declaration", tokens.get(at("    alice:", 4)));
		assertEquals("variable", tokens.get(at("node: alice", 6)));
		assertEquals("variable", tokens.get(at("members: [ alice", 11)));
		assertEquals("parameter declaration", tokens.get(at("    threshold:", 4)));
		assertEquals("parameter", tokens.get(at("get_input: threshold", 11)));
		assertEquals("function", tokens.get(at("get_input: threshold", 0)));
		assertEquals("function", tokens.get(at("get_property:", 0)));
		assertEquals("macro", tokens.get(at("\"{{identity.alice.stake}}\"", 0)));
		assertEquals("keyword", tokens.get(at("node_templates:", 0)));
		assertEquals("property", tokens.get(at("stake: 480", 0)));
		assertEquals("property", tokens.get(at("msp_id:", 0)));
	}

	@Test
	void tokensNeitherOverlapNorGoBackwards() throws Exception {
		String uri = session.open(NETWORK);
		session.diagnostics(uri);
		List<Integer> data = LspSession.get(session.server().getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri)))).getData();
		assertEquals(0, data.size() % 5);
		int line = 0;
		int end = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			assertTrue(data.get(i) >= 0);
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			assertTrue(data.get(i) > 0 || character >= end, "token " + i / 5 + " overlaps the one before on line " + line);
			end = character + data.get(i + 2);
		}
	}

	/** The decoded tokens of {@code text}: "line:character" → "type modifier...". */
	private static Map<String, String> tokens(String text) throws Exception {
		String uri = session.open(text);
		session.diagnostics(uri);
		SemanticTokensLegend legend = session.initializeResult().getCapabilities().getSemanticTokensProvider().getLegend();
		SemanticTokens tokens = LspSession.get(session.server().getTextDocumentService()
				.semanticTokensFull(new SemanticTokensParams(new TextDocumentIdentifier(uri))));
		Map<String, String> result = new LinkedHashMap<>();
		List<Integer> data = tokens.getData();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			line += data.get(i);
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			List<String> names = new ArrayList<>();
			names.add(legend.getTokenTypes().get(data.get(i + 3)));
			for (int bit = 0; bit < legend.getTokenModifiers().size(); bit++) {
				if ((data.get(i + 4) & (1 << bit)) != 0) {
					names.add(legend.getTokenModifiers().get(bit));
				}
			}
			result.put(line + ":" + character, String.join(" ", names));
		}
		return result;
	}

	private static String at(String anchor, int delta) {
		Position position = LspSession.position(NETWORK, anchor, delta);
		return position.getLine() + ":" + position.getCharacter();
	}
}
