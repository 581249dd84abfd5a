package org.diac.diagram.glsp;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

import org.diac.diagram.layout.SidecarLayout;

/**
 * Watches the document and its sidecar for changes made outside the diagram (a text editor, git, another tool)
 * and tells the {@link DocumentFile}'s listeners, i.e. every open diagram session, which then reloads if the text
 * is not the one it shows. One daemon thread per served document; the directory is watched because editors
 * replace files rather than write them in place.
 */
public final class DocumentWatcher implements AutoCloseable {

	private final WatchService service;
	private final Thread thread;

	private DocumentWatcher(WatchService service, Thread thread) {
		this.service = service;
		this.thread = thread;
	}

	public static DocumentWatcher start(DocumentFile file) throws IOException {
		Path directory = file.path().getParent();
		WatchService service = FileSystems.getDefault().newWatchService();
		directory.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
				StandardWatchEventKinds.ENTRY_DELETE);
		Path name = file.path().getFileName();
		Path sidecar = SidecarLayout.of(file.path()).getFileName();
		Thread thread = new Thread(() -> watch(service, file, name, sidecar), "diac-diagram-watch-" + name);
		thread.setDaemon(true);
		thread.start();
		return new DocumentWatcher(service, thread);
	}

	private static void watch(WatchService service, DocumentFile file, Path name, Path sidecar) {
		try {
			while (true) {
				WatchKey key = service.take();
				boolean ours = false;
				for (WatchEvent<?> event : key.pollEvents()) {
					Object changed = event.context();
					ours |= name.equals(changed) || sidecar.equals(changed) || event.kind() == StandardWatchEventKinds.OVERFLOW;
				}
				key.reset();
				if (ours) {
					Thread.sleep(50); // an editor's save is often several events; read once it is done
					for (WatchKey more = service.poll(); more != null; more = service.poll()) {
						more.pollEvents(); // the rest of that save: the listeners read the file themselves
						more.reset();
					}
					file.changed();
				}
			}
		} catch (InterruptedException | ClosedWatchServiceException e) {
			// closed: the server stops
		}
	}

	@Override
	public void close() throws IOException {
		service.close();
		thread.interrupt();
	}
}
