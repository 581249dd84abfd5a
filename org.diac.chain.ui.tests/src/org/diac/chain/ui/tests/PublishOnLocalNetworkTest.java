package org.diac.chain.ui.tests;

import static org.diac.chain.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.diac.chain.client.ChainException;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.network.DiacPaths;
import org.diac.chain.network.FabricInstaller;
import org.diac.chain.network.LocalFabricNetwork;
import org.diac.chain.network.NetworkTopology;
import org.diac.chain.network.OperatorIdentity;
import org.diac.chain.ui.commands.EditorDocument;
import org.diac.chain.ui.commands.ProposeChangeInput;
import org.diac.chain.ui.commands.ProposeHandler;
import org.diac.chain.ui.commands.PublishHandler;
import org.diac.chain.ui.jobs.ProposeJob;
import org.diac.chain.ui.jobs.ReadJob;
import org.diac.chain.ui.jobs.PublishJob;
import org.diac.chain.ui.preferences.ChainConnection;
import org.diac.chain.ui.preferences.ChainSettings;
import org.diac.chain.ui.preferences.NetworkProfile;
import org.diac.chain.ui.views.HistoryView;
import org.diac.chain.ui.views.ProposalRow;
import org.diac.chain.ui.views.ProposalsView;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Publish from the editor against the real local Fabric network (orderer and peers as processes, the DiaC
 * chaincode), on ports shifted by {@code diac.it.portOffset} (400) in a state folder of its own
 * ({@code target/fabric-it}; .ci/run's exit trap stops what a killed test left). Runs with -Pfabric-it only.
 */
@Tag("fabric")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishOnLocalNetworkTest {

	private static LocalFabricNetwork network;
	private static ChainSettings workspace;
	private static ChainConnection alice;

	@BeforeAll
	static void networkUp() {
		DiacPaths paths = new DiacPaths(Path.of(System.getProperty("diac.it.home", "target/fabric-it")), Optional.of(repo()));
		network = new LocalFabricNetwork(paths, FabricInstaller.fromEnvironment(PublishOnLocalNetworkTest::log)::install,
				new NetworkTopology(Integer.getInteger("diac.it.portOffset", 400)), PublishOnLocalNetworkTest::log);
		network.clean();
		log("network up in " + network.up(OperatorIdentity.parseList(OperatorIdentity.EXAMPLES)).toMillis() + " ms");
		// the workspace's own settings, as a user would choose them: this network, operator alice
		workspace = ChainSettings.standard();
		NetworkProfile profile = new NetworkProfile("fabric-it", network.connectionProfileFile().toString());
		workspace.saveProfiles(List.of(NetworkProfile.local(), profile));
		workspace.choose("fabric-it", "alice");
		alice = workspace.chosen().orElseThrow();
	}

	@Test
	@Order(0)
	void theNetworksIdentitiesAreOfferedByName() {
		var names = alice.profile().identityNames();
		assertTrue(names.containsAll(List.of("Admin@org1", "User1@org1", "Admin@org2", "User1@org2")), names::toString);
		// the operators `network up` issued from the organizations' CAs
		assertTrue(names.containsAll(List.of("alice", "bob")), names::toString);
	}

	@AfterAll
	static void networkDown() {
		if (workspace != null) {
			workspace.forgetChoice();
			workspace.saveProfiles(List.of(NetworkProfile.local()));
		}
		if (network != null) {
			network.clean();
		}
	}

	static void log(String line) {
		System.out.println("[ide-fabric-it] " + line);
	}

	@Test
	@Order(1)
	void publishFromTheEditorIsListedInTheHistoryView() throws Exception {
		ITextEditor editor = open(file("chain-it", "sharding-network.diac", example("sharding-network.diac")));
		PublishJob job = PublishHandler.job(EditorDocument.of(editor).orElseThrow(), alice);
		job.schedule();
		awaitEnd(job, 180_000);
		IStatus result = job.getResult();
		assertEquals(IStatus.OK, result.getSeverity(), result::getMessage);
		String tx = job.published().txId();
		assertEquals("Published sharding-network version 1 (tx " + tx + ", block " + job.published().block() + ")",
				result.getMessage());

		// the handler's follow-up: the History view opens, names the version and transaction, lists the history
		waitUntil(() -> historyView() != null && historyView().table().getItemCount() > 0, 60_000,
				() -> "the History view lists nothing: " + (historyView() == null ? "not open" : historyView().status()));
		HistoryView view = historyView();
		assertEquals("sharding-network", view.documentName());
		assertTrue(view.status().startsWith("Published sharding-network version 1 (tx " + tx), view.status());
		TableItem row = view.table().getItem(0);
		assertEquals("1", row.getText(0));
		assertEquals("publish", row.getText(1));
		assertTrue(row.getText(2).startsWith("Org1MSP:"), row.getText(2));
		assertFalse(row.getText(3).isBlank(), "time");
		assertEquals(tx, row.getText(4));
	}

	@Test
	@Order(2)
	void proposedChangeIsComparedWithTheAdoptedVersionAndVotedOnInTheProposalsView() throws Exception {
		page().closeAllEditors(false);
		String changed = example("sharding-network.diac").replace("default: 5000", "default: 4000");
		ITextEditor editor = open(file("chain-it", "sharding-network.diac", changed));
		EditorDocument document = EditorDocument.of(editor).orElseThrow();
		ReadJob<String> read = ProposeHandler.compare(document, "sharding-network", alice);
		read.schedule();
		awaitEnd(read, 60_000);
		assertEquals(IStatus.OK, read.getResult().getSeverity(), read.getResult()::getMessage);
		// the compare editor: the editor's text against the adopted version on chain
		waitUntil(() -> page().getActiveEditor() != null
				&& page().getActiveEditor().getEditorInput() instanceof ProposeChangeInput, 30_000, () -> "no compare editor");
		ProposeChangeInput input = (ProposeChangeInput) page().getActiveEditor().getEditorInput();
		assertTrue(input.adopted().contains("default: 5000"), "the adopted version is the published one");
		ProposeJob propose = input.submit();
		propose.schedule();
		awaitEnd(propose, 120_000);
		assertEquals(IStatus.OK, propose.getResult().getSeverity(), propose.getResult()::getMessage);
		assertTrue(propose.getResult().getMessage().startsWith("Proposal "), propose.getResult().getMessage());

		ProposalsView view = (ProposalsView) page().showView(ProposalsView.ID);
		view.show("sharding-network");
		waitUntil(() -> view.table().getItemCount() == 1, 60_000, view::status);
		ProposalRow row = (ProposalRow) view.table().getItem(0).getData();
		assertEquals("none yet", row.votesText());
		assertFalse(row.proposal().votingEnds().isBlank(), "time-lock: voting ends");
		assertFalse(row.proposal().adoptableAt().isBlank(), "time-lock: adoptable from");
		var vote = view.cast("Vote Yes", row.proposal(), l -> l.vote(row.proposal().id(), true));
		awaitEnd(vote, 120_000);
		assertEquals(IStatus.OK, vote.getResult().getSeverity(), vote.getResult()::getMessage);
		// the view reads the proposals again once the vote is committed
		waitUntil(() -> view.table().getItemCount() == 1 && view.table().getItem(0).getText(4).equals("alice yes"), 60_000,
				() -> view.status() + " / votes: " + (view.table().getItemCount() == 0 ? "-" : view.table().getItem(0).getText(4)));
	}

	@Test
	@Order(3)
	void cancelledPublishSendsNothing() throws Exception {
		ITextEditor editor = open(file("chain-it", "tee-network.diac", example("tee-network.diac")));
		PublishJob job = PublishHandler.job(EditorDocument.of(editor).orElseThrow(), alice);
		job.schedule();
		// cancelled while it validates (the language server's answer takes far longer than this wait's 50 ms steps),
		// before anything is sent
		waitUntil(() -> job.getState() == Job.RUNNING, 30_000, () -> "the publish job did not start");
		job.cancel();
		awaitEnd(job, 120_000);
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult()::getMessage);
		try (DiacLedger ledger = alice.connect()) {
			ChainException e = assertThrows(ChainException.class, () -> ledger.versions("tee-network"));
			assertEquals(ChainException.Reason.NOT_FOUND, e.reason(), e.getMessage());
		}
	}

	private static HistoryView historyView() {
		IViewPart view = page().findView(HistoryView.ID);
		return view instanceof HistoryView h ? h : null;
	}
}
