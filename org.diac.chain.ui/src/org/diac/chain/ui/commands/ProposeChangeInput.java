package org.diac.chain.ui.commands;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.diac.chain.ui.jobs.ProposeJob;
import org.diac.chain.ui.preferences.ChainConnection;
import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.graphics.Image;

/**
 * The compare editor of Propose change: left the editor's text (the proposal), right the adopted version on chain.
 * Submit Proposal (its toolbar) sends the left side as a proposal ({@link ProposeJob}, validated first).
 */
public class ProposeChangeInput extends CompareEditorInput {

	private final EditorDocument document;
	private final String name;
	private final String adopted;
	private final ChainConnection connection;

	public ProposeChangeInput(EditorDocument document, String name, String adopted, ChainConnection connection) {
		super(configuration(document, name));
		this.document = document;
		this.name = name;
		this.adopted = adopted;
		this.connection = connection;
		setTitle("Propose change: " + name);
	}

	private static CompareConfiguration configuration(EditorDocument document, String name) {
		CompareConfiguration c = new CompareConfiguration();
		c.setLeftLabel("Proposed: " + document.file().getFullPath());
		c.setRightLabel("Adopted on chain: " + name + " (latest version)");
		c.setLeftEditable(false);
		c.setRightEditable(false);
		return c;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) {
		return new DiffNode(null, Differencer.CHANGE, null, new Side("Proposed", document.text()), new Side("Adopted", adopted));
	}

	@Override
	public void contributeToToolBar(ToolBarManager toolBarManager) {
		super.contributeToToolBar(toolBarManager);
		toolBarManager.add(new Action("Submit Proposal") {
			@Override
			public void run() {
				submit().schedule();
			}
		});
	}

	/** The proposal of the editor's text, as a job (not yet scheduled). */
	public ProposeJob submit() {
		return new ProposeJob(document.file(), document.text(), connection, null);
	}

	public String adopted() {
		return adopted;
	}

	/** One side of the comparison: text with a name. */
	private record Side(String label, String text) implements ITypedElement, IStreamContentAccessor {
		@Override
		public String getName() {
			return label;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}
	}
}
