package org.diac.dsl.ui.editor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.jface.text.IDocument;

/** The documents open in DiaC editors, their server URIs, and who wants to hear that one was reconciled (the outline). */
public final class OpenDocuments {

	private static final Map<IDocument, String> URIS = new ConcurrentHashMap<>();
	private static final CopyOnWriteArrayList<Consumer<IDocument>> LISTENERS = new CopyOnWriteArrayList<>();

	private OpenDocuments() {
	}

	static void register(IDocument document, String uri) {
		URIS.put(document, uri);
	}

	static void unregister(IDocument document) {
		URIS.remove(document);
	}

	/** The server URI of a document open in a DiaC editor, or {@code null}. */
	public static String uri(IDocument document) {
		return document == null ? null : URIS.get(document);
	}

	public static void addReconcileListener(Consumer<IDocument> listener) {
		LISTENERS.add(listener);
	}

	public static void removeReconcileListener(Consumer<IDocument> listener) {
		LISTENERS.remove(listener);
	}

	static void changed(IDocument document) {
		LISTENERS.forEach(listener -> listener.accept(document));
	}
}
