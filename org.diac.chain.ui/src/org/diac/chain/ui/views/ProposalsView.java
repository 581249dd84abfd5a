package org.diac.chain.ui.views;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.Optional;

import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.ProposalRecord;
import org.diac.chain.client.Submitted;
import org.diac.chain.client.VoteRecord;
import org.diac.chain.ui.commands.Connections;
import org.diac.chain.ui.jobs.ReadJob;
import org.diac.chain.ui.jobs.SubmitJob;
import org.diac.chain.ui.preferences.ChainConnection;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/**
 * Proposals: the open proposals on one document with the votes cast so far and their time-lock (voting ends, adoptable
 * from); Vote Yes, Vote No and Approve act on the selected one, each a transaction of the chosen identity.
 */
public class ProposalsView extends LedgerView {

	public static final String ID = "org.diac.chain.ui.proposals";

	private TableViewer viewer;

	@Override
	protected void createTable(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(viewer, "Proposal", 300, e -> row(e).proposal().id());
		column(viewer, "Base version", 90, e -> Long.toString(row(e).proposal().baseVersion()));
		column(viewer, "Modules", 160, e -> String.join(", ", row(e).proposal().modules()));
		column(viewer, "Needs", 140, e -> String.join(" + ", row(e).proposal().requires()));
		column(viewer, "Votes", 240, e -> row(e).votesText());
		column(viewer, "Voting ends", 200, e -> row(e).proposal().votingEnds());
		column(viewer, "Adoptable from", 200, e -> row(e).proposal().adoptableAt());
		column(viewer, "Proposer", 240, e -> row(e).proposal().proposer());
		Action yes = action("Vote Yes", p -> l -> l.vote(p.id(), true));
		Action no = action("Vote No", p -> l -> l.vote(p.id(), false));
		Action approve = action("Approve", p -> l -> l.approve(p.id()));
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		MenuManager menu = new MenuManager();
		for (Action a : List.of(yes, no, approve)) {
			toolbar.add(a);
			menu.add(a);
		}
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
	}

	private static ProposalRow row(Object element) {
		return (ProposalRow) element;
	}

	/** A Vote or Approve action on the selected proposal. */
	private Action action(String label, Function<ProposalRecord, Function<DiacLedger, Submitted<VoteRecord>>> submit) {
		return new Action(label) {
			@Override
			public void run() {
				selected().ifPresent(p -> cast(label, p, submit.apply(p)));
			}
		};
	}

	/** Casts a vote or approval on {@code p}; the view re-reads the proposals when it is committed. */
	public Job cast(String label, ProposalRecord p, Function<DiacLedger, Submitted<VoteRecord>> submit) {
		ChainConnection connection = Connections.get(getSite().getShell(), Connections.Prompt.ASK).orElse(null);
		if (connection == null) {
			status("No network and identity chosen (DiaC > Choose Network and Identity).");
			return null;
		}
		Job job = new SubmitJob<VoteRecord>(label.toLowerCase(Locale.ROOT).replace(' ', '-'),
				label + " on proposal " + p.id(), connection, submit,
				v -> v.value().voter() + " " + v.value().choice() + " on proposal " + v.value().proposalId() + " (tx " + v.txId() + ")",
				v -> inUi(this::refresh));
		job.schedule();
		return job;
	}

	private Optional<ProposalRecord> selected() {
		if (viewer.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof ProposalRow r) {
			return Optional.of(r.proposal());
		}
		status("Select a proposal first.");
		return Optional.empty();
	}

	@Override
	protected Job load(String name, ChainConnection connection) {
		return new ReadJob<List<ProposalRow>>("proposals", "DiaC proposals on " + name, connection,
				l -> ProposalRow.open(l.proposals(name), l.history(name)), r -> r.size() + " open proposals on " + name,
				rows -> inUi(() -> {
					viewer.setInput(rows);
					status(rows.isEmpty() ? "No open proposals on " + name + " (" + connection.describe() + ")"
							: rows.size() + " open proposal" + (rows.size() == 1 ? "" : "s") + " on " + name + " ("
									+ connection.describe() + ")");
				}));
	}

	@Override
	protected Connections.Prompt prompt() {
		return Connections.Prompt.ASK;
	}

	public Table table() {
		return viewer.getTable();
	}
}
