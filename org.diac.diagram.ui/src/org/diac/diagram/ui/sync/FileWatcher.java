package org.diac.diagram.ui.sync;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * Tells when one file changes on disk (created, written or replaced), from a daemon thread. The diagram server writes
 * the document with plain file I/O, outside Eclipse's workspace: this is how the IDE learns of a diagram edit at once,
 * where the workspace's own refresh would notice only by polling, if at all.
 */
public final class FileWatcher implements AutoCloseable {

	private final WatchService service;
	private final Thread thread;

	private FileWatcher(WatchService service, Path file, Runnable changed) {
		this.service = service;
		Path name = file.getFileName();
		thread = new Thread(() -> {
			try {
				while (true) {
					WatchKey key = service.take();
					boolean ours = false;
					for (WatchEvent<?> event : key.pollEvents()) {
						ours |= event.kind() == StandardWatchEventKinds.OVERFLOW || name.equals(event.context());
					}
					key.reset();
					if (ours) {
						changed.run();
					}
				}
			} catch (InterruptedException | ClosedWatchServiceException e) {
				// closed: the diagram is gone
			}
		}, "diac-diagram-watch " + name);
		thread.setDaemon(true);
	}

	/** Starts watching {@code file}; {@code changed} runs on the watcher's thread after each change. */
	public static FileWatcher watch(Path file, Runnable changed) throws IOException {
		WatchService service = FileSystems.getDefault().newWatchService();
		file.toAbsolutePath().getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
		FileWatcher watcher = new FileWatcher(service, file, changed);
		watcher.thread.start();
		return watcher;
	}

	@Override
	public void close() throws IOException {
		service.close();
	}
}
