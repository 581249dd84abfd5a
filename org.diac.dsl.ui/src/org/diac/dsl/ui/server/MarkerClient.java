package org.diac.dsl.ui.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.diac.dsl.ui.DiacUiPlugin;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** The client side of the in-process server: diagnostics go to {@link Markers}, messages to the Error Log. */
final class MarkerClient implements LanguageClient {

	/** Who else hears of published diagnostics (the Validate job). */
	static final List<BiConsumer<String, List<Diagnostic>>> LISTENERS = new CopyOnWriteArrayList<>();

	private final Markers markers = new Markers();

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
		markers.update(diagnostics.getUri(), diagnostics.getDiagnostics());
		LISTENERS.forEach(listener -> listener.accept(diagnostics.getUri(), diagnostics.getDiagnostics()));
	}

	@Override
	public void showMessage(MessageParams message) {
		logMessage(message);
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		logMessage(request);
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
		if (message.getType() == MessageType.Error) {
			DiacUiPlugin.log(message.getMessage(), null);
		}
	}

	@Override
	public void telemetryEvent(Object object) {
	}
}
