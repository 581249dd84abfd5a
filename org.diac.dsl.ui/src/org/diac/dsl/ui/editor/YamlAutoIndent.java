package org.diac.dsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/**
 * YAML-aware auto-indent on Enter: keep the line's indentation, two more after a line that opens a block (ends with
 * a colon) and a list item's content column after {@code "- "}. Tabs are never inserted (YAML forbids them).
 */
public class YamlAutoIndent implements IAutoEditStrategy {

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		if (command.length != 0 || command.text == null || TextUtilities.endsWith(document.getLegalLineDelimiters(), command.text) == -1) {
			return;
		}
		try {
			IRegion line = document.getLineInformationOfOffset(command.offset);
			String before = document.get(line.getOffset(), command.offset - line.getOffset());
			command.text = command.text + indentation(before);
		} catch (BadLocationException e) {
			// leave the command as typed
		}
	}

	public static String indentation(String lineBeforeCaret) {
		int indent = 0;
		while (indent < lineBeforeCaret.length() && lineBeforeCaret.charAt(indent) == ' ') {
			indent++;
		}
		String content = lineBeforeCaret.substring(indent);
		int comment = content.indexOf(" #");
		String code = (comment >= 0 ? content.substring(0, comment) : content).stripTrailing();
		if (code.startsWith("- ")) {
			code = code.substring(2).strip();
			if (code.contains(": ") || code.endsWith(":")) {
				indent += 2; // a mapping inside a list item: its keys line up after the dash
			}
		}
		if (code.endsWith(":")) {
			indent += 2;
		}
		return " ".repeat(indent);
	}
}
