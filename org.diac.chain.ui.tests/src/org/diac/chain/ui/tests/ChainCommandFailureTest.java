package org.diac.chain.ui.tests;

import static org.diac.chain.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.diac.chain.network.ConnectionProfile;
import org.diac.chain.ui.commands.EditorDocument;
import org.diac.chain.ui.commands.PublishHandler;
import org.diac.chain.ui.jobs.PublishJob;
import org.diac.chain.ui.preferences.ChainConnection;
import org.diac.chain.ui.preferences.ChainIdentity;
import org.diac.chain.ui.preferences.ChainSettings;
import org.diac.chain.ui.preferences.IdentityKeys;
import org.diac.chain.ui.preferences.NetworkProfile;
import org.diac.chain.ui.views.HistoryView;
import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain commands without a network: the real Gateway client (gRPC inside the bundle) dials a peer that is not
 * there and the job ends with one clear message, no exception and no stack trace; a document with errors is
 * refused before anything is sent; the commands are contributed with handlers.
 */
class ChainCommandFailureTest {

	@TempDir
	Path dir;

	private ChainConnection down;
	private IEclipsePreferences preferences;

	@BeforeEach
	void networkThatIsDown() throws Exception {
		TestIdentity id = TestIdentity.create(dir);
		// port 1 on 127.0.0.1: nothing listens there
		ConnectionProfile.Endpoint peer = new ConnectionProfile.Endpoint("Org1MSP", "127.0.0.1:1", id.certificate().toString());
		ConnectionProfile profile = new ConnectionProfile("down", "diac", "diac", peer, List.of(peer), List.of());
		Path profileFile = dir.resolve(ConnectionProfile.FILE_NAME);
		profile.write(profileFile);
		Map<String, Object> options = new HashMap<>();
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test-master-password".toCharArray()));
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		ISecurePreferences storage = SecurePreferencesFactory.open(dir.resolve("secure_storage").toUri().toURL(), options);
		preferences = InstanceScope.INSTANCE.getNode("org.diac.chain.ui.tests.failure");
		ChainSettings settings = new ChainSettings(preferences, new IdentityKeys(storage));
		settings.saveProfiles(List.of(NetworkProfile.local(), new NetworkProfile("down", profileFile.toString())));
		// an identity of its own: the key comes from the secure storage, not from key.pem
		Files.delete(id.privateKey());
		settings.saveIdentity(new ChainIdentity("tester", "Org1MSP", id.certificate().toString()), id.privateKeyPem());
		settings.choose("down", "tester");
		down = settings.chosen().orElseThrow();
	}

	@AfterEach
	void clean() throws Exception {
		page().closeAllEditors(false);
		dialogs().forEach(Shell::close);
		preferences.removeNode();
	}

	@Test
	void publishToANetworkThatIsDownEndsWithOneClearMessage() throws Exception {
		IFile file = file("chain-down", "sharding.diac", example("sharding-network.diac"));
		ITextEditor editor = open(file);
		PublishJob job = PublishHandler.job(EditorDocument.of(editor).orElseThrow(), down);
		job.schedule();
		awaitEnd(job, 120_000);
		IStatus result = job.getResult();
		assertEquals(IStatus.ERROR, result.getSeverity(), result::getMessage);
		assertNull(result.getException(), "a stack trace would be shown");
		assertFalse(result.isMultiStatus());
		assertTrue(result.getMessage().contains("network not reachable"), result.getMessage());
		assertTrue(result.getMessage().contains("127.0.0.1:1"), result.getMessage());
		assertTrue(result.getMessage().contains("./diac network up"), result.getMessage());
		assertNull(job.published());
	}

	@Test
	void documentWithErrorsIsRefusedBeforeAnythingIsSent() throws Exception {
		IFile file = file("chain-down", "broken.diac",
				example("sharding-network.diac").replaceFirst("type: diac.nodes.Operator", "type: diac.nodes.Operatr"));
		ITextEditor editor = open(file);
		PublishJob job = PublishHandler.job(EditorDocument.of(editor).orElseThrow(), down);
		job.schedule();
		awaitEnd(job, 120_000);
		IStatus result = job.getResult();
		assertEquals(IStatus.ERROR, result.getSeverity(), result::getMessage);
		assertTrue(result.getMessage().startsWith("DiaC publish refused: broken.diac has "), result.getMessage());
		assertTrue(result.getMessage().contains("nothing was sent to the chain"), result.getMessage());
		// refused before connecting: the network that is down was never dialled
		assertFalse(result.getMessage().contains("network not reachable"), result.getMessage());
	}

	@Test
	void historyViewShowsAFailedReadOnItsStatusLineNotInADialog() throws Exception {
		// the view reads the workspace's chosen pair: point it at the network that is down for this test
		ChainSettings workspace = ChainSettings.standard();
		workspace.saveProfiles(List.of(NetworkProfile.local(), down.profile()));
		workspace.choose(down.profile().name(), "User1@org1");
		try {
			HistoryView view = (HistoryView) page().showView(HistoryView.ID);
			view.show("sharding-network");
			waitUntil(() -> view.running() != null && view.running().getResult() != null, 60_000, () -> "no read");
			waitUntil(() -> !view.status().startsWith("Reading"), 10_000, view::status);
			// User1@org1 is not in this profile: a set-up message, one line, no dialog
			assertTrue(view.status().contains("no identity 'User1@org1'"), view.status());
			assertEquals(0, view.table().getItemCount());
		} finally {
			workspace.forgetChoice();
			workspace.saveProfiles(List.of(NetworkProfile.local()));
		}
	}

	@Test
	void chainCommandsAreDefinedWithHandlers() {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		for (String id : List.of("publish", "export", "propose", "showHistory", "showProposals", "chooseConnection")) {
			Command command = commands.getCommand("org.diac.chain.ui." + id);
			assertTrue(command.isDefined(), id);
			assertTrue(command.getHandler() != null, id + " has no handler");
		}
	}
}
