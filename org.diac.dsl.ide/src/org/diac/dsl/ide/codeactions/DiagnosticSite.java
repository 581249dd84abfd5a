package org.diac.dsl.ide.codeactions;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/** A diagnostic together with the parsed document it was published for: what a repair reads. */
record DiagnosticSite(Diagnostic diagnostic, XtextResource resource, Document document) {

	int start() {
		return document.getOffSet(diagnostic.getRange().getStart());
	}

	int end() {
		return document.getOffSet(diagnostic.getRange().getEnd());
	}

	/** The text the diagnostic marks. */
	String text() {
		return document.getContents().substring(start(), end());
	}

	/** The model element whose text the diagnostic starts in (the element named, for a diagnostic on a name). */
	EObject element() {
		ILeafNode leaf = leaf();
		return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
	}

	ILeafNode leaf() {
		if (resource.getParseResult() == null) {
			return null;
		}
		return NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), start());
	}

	/** An edit replacing the text of {@code node} (leading and trailing hidden tokens excluded). */
	TextEdit replace(INode node, String text) {
		return replace(node.getOffset(), node.getEndOffset(), text);
	}

	TextEdit replace(int start, int end, String text) {
		return new TextEdit(new Range(position(start), position(end)), text);
	}

	TextEdit insert(int offset, String text) {
		return replace(offset, offset, text);
	}

	Position position(int offset) {
		return document.getPosition(offset);
	}
}
