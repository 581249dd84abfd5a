package org.diac.dsl.ide.codeactions;

import java.util.List;

import org.eclipse.lsp4j.TextEdit;

/** The quick fixes for diagnostics of one code: computed from the document when the editor asks, offered as text edits. */
interface Repair {

	/** Where a fix goes: a title the editor shows and the edits that make the fix. */
	interface Fixes {
		void add(String title, List<TextEdit> edits);
	}

	/** Offers the fixes that apply to the diagnostic at {@code site}; none when the repair cannot be done soundly. */
	void propose(DiagnosticSite site, Fixes fixes);
}
