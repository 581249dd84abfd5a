package org.diac.tests.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/** Find references and document highlights of a node template: its declaration and every reference to it. */
class ReferencesTest extends LspSessionTest {

	private static final String NETWORK = RenameTest.NETWORK;

	@Test
	void referencesOfATemplateAreItsRequirementGetPropertyGroupAndPolicyMentions() throws Exception {
		String uri = session.open(NETWORK);
		session.diagnostics(uri);
		ReferenceParams params = new ReferenceParams(new TextDocumentIdentifier(uri), LspSession.position(NETWORK, "alice:", 1), new ReferenceContext(true));
		List<? extends Location> locations = LspSession.get(session.server().getTextDocumentService().references(params));
		assertEquals(expectedLines(true), lines(locations.stream().map(Location::getRange).map(range -> range.getStart()).toList()));
		locations.forEach(location -> assertEquals(uri, location.getUri()));
		params.setContext(new ReferenceContext(false));
		List<? extends Location> withoutDeclaration = LspSession.get(session.server().getTextDocumentService().references(params));
		assertEquals(expectedLines(false), lines(withoutDeclaration.stream().map(Location::getRange).map(range -> range.getStart()).toList()));
	}

	@Test
	void documentHighlightsOfATemplateReferenceAreTheSameLines() throws Exception {
		String uri = session.open(NETWORK);
		session.diagnostics(uri);
		List<? extends DocumentHighlight> highlights = LspSession.get(session.server().getTextDocumentService()
				.documentHighlight(new DocumentHighlightParams(new TextDocumentIdentifier(uri), LspSession.position(NETWORK, "node: alice", 7))));
		assertEquals(expectedLines(true), lines(highlights.stream().map(highlight -> highlight.getRange().getStart()).toList()));
	}

	private static Set<Integer> expectedLines(boolean declaration) {
		Set<Integer> lines = new TreeSet<>();
		if (declaration) {
			lines.add(line("    alice:"));
		}
		lines.add(line("node: alice"));
		lines.add(line("get_property: [ alice"));
		lines.add(line("members: [ alice ]"));
		lines.add(line("targets: [ alice ]"));
		return lines;
	}

	private static int line(String anchor) {
		return LspSession.position(NETWORK, anchor, 0).getLine();
	}

	private static Set<Integer> lines(List<Position> positions) {
		Set<Integer> lines = new TreeSet<>();
		positions.forEach(position -> lines.add(position.getLine()));
		return lines;
	}
}
