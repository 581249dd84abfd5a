package org.diac.tests.lsp;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** The editor side of the connection: keeps the diagnostics last published per document. */
final class RecordingLanguageClient implements LanguageClient {

	private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		synchronized (diagnostics) {
			diagnostics.put(params.getUri(), params.getDiagnostics());
			diagnostics.notifyAll();
		}
	}

	/** Waits until the diagnostics last published for {@code uri} satisfy {@code condition}; returns them. */
	List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (diagnostics) {
			while (true) {
				List<Diagnostic> current = diagnostics.get(uri);
				if (current != null && condition.test(current)) {
					return current;
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new AssertionError("no matching diagnostics for " + uri + " within " + timeout + "; last: " + current);
				}
				diagnostics.wait(Math.max(1, left / 1_000_000));
			}
		}
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams params) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams params) {
	}
}
