package org.diac.dsl.ui.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;

/**
 * Tells the server which DiaC/TOSCA files changed on disk (saved, added, deleted, changed by another tool), the way
 * an LSP client's file watcher does: the server then rebuilds them and every document that imports them.
 */
final class ResourceForwarder implements IResourceChangeListener {

	private static final Set<String> EXTENSIONS = Set.of("diac", "tosca", "yaml", "yml");

	private final LanguageSession session;

	ResourceForwarder(LanguageSession session) {
		this.session = session;
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		List<FileEvent> events = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IFile file && EXTENSIONS.contains(String.valueOf(file.getFileExtension()))) {
					FileChangeType type = type(delta);
					String uri = Uris.of(file);
					if (type != null && uri != null) {
						events.add(new FileEvent(uri, type));
					}
				}
				return delta.getResource().getType() != IResource.FILE;
			});
		} catch (CoreException e) {
			return;
		}
		if (!events.isEmpty()) {
			session.filesChanged(events);
		}
	}

	private static FileChangeType type(IResourceDelta delta) {
		switch (delta.getKind()) {
		case IResourceDelta.ADDED:
			return FileChangeType.Created;
		case IResourceDelta.REMOVED:
			return FileChangeType.Deleted;
		case IResourceDelta.CHANGED:
			return (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0 ? FileChangeType.Changed : null;
		default:
			return null;
		}
	}
}
