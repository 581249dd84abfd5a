package org.diac.dsl.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads one document as its own root, for the command-line jobs (validate, export): a fresh resource set, so
 * documents cannot see each other's types, and a thread with a large stack, because deeply nested (or hostile)
 * documents recurse deeply in the parser.
 */
public class DocumentLoader {

	private static final long STACK_BYTES = 512L * 1024 * 1024;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private Provider<XtextResource> resources;

	/** {@code content} parsed as the document at {@code uri}, alone in a new resource set. */
	public XtextResource load(byte[] content, URI uri) throws IOException {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = resources.get();
		resource.setURI(uri);
		resourceSet.getResources().add(resource);
		try (InputStream in = new ByteArrayInputStream(content)) {
			resource.load(in, Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		}
		return resource;
	}

	/**
	 * Runs {@code work} on a thread with a large stack and returns its result; whatever it throws (a
	 * {@link StackOverflowError} included) comes back as the cause of an {@link ExecutionException}.
	 */
	public static <T> T onLargeStack(String threadName, Callable<T> work) throws ExecutionException, InterruptedException {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread worker = new Thread(null, () -> {
			try {
				result.set(work.call());
			} catch (Throwable e) {
				failure.set(e);
			}
		}, threadName, STACK_BYTES);
		worker.start();
		worker.join();
		if (failure.get() != null) {
			throw new ExecutionException(failure.get());
		}
		return result.get();
	}
}
