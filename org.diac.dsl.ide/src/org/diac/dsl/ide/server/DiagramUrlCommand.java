package org.diac.dsl.ide.server;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * {@code workspace/executeCommand "diac.diagram.url" [documentUri]}: the URL of the document's diagram editor in the
 * browser, for editors other than Eclipse. The diagram serves the file as saved. Advertised only when a
 * {@link DiagramUrls} is on the class path (the {@code diac lsp} of the CLI); elsewhere the list is empty and
 * {@link DiacLanguageServer} withdraws the capability.
 */
public class DiagramUrlCommand implements IExecutableCommandService {

	public static final String COMMAND = "diac.diagram.url";

	private final DiagramUrls urls = find();

	private static DiagramUrls find() {
		Iterator<DiagramUrls> found = ServiceLoader.load(DiagramUrls.class, DiagramUrlCommand.class.getClassLoader()).iterator();
		return found.hasNext() ? found.next() : null;
	}

	@Override
	public List<String> initialize() {
		return urls == null ? List.of() : List.of(COMMAND);
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		if (urls == null || !COMMAND.equals(params.getCommand())) {
			throw invalid("unknown command " + params.getCommand());
		}
		List<Object> arguments = params.getArguments();
		String uri = arguments == null || arguments.isEmpty() ? null : text(arguments.get(0));
		if (uri == null) {
			throw invalid(COMMAND + " takes one argument: the document's URI (file:...)");
		}
		Path document;
		try {
			URI parsed = URI.create(uri);
			if (!"file".equals(parsed.getScheme())) {
				throw invalid(COMMAND + ": " + uri + " is not a file: URI; the diagram serves files");
			}
			document = Path.of(parsed);
		} catch (IllegalArgumentException e) {
			throw invalid(COMMAND + ": not a document URI: " + uri);
		}
		if (!Files.isRegularFile(document)) {
			throw invalid(COMMAND + ": no such file " + document + " (save the document first)");
		}
		try {
			return urls.diagramUrl(document);
		} catch (Exception e) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
					COMMAND + ": cannot serve the diagram of " + document + ": " + e.getMessage(), null));
		}
	}

	/** lsp4j hands arguments over as Gson elements; a plain string is accepted too. */
	private static String text(Object argument) {
		if (argument instanceof JsonPrimitive primitive && primitive.isString()) {
			return primitive.getAsString();
		}
		if (argument instanceof JsonElement) {
			return null;
		}
		return argument instanceof String string ? string : null;
	}

	private static ResponseErrorException invalid(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
	}
}
