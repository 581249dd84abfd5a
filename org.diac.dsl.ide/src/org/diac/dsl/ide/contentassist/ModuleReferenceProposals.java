package org.diac.dsl.ide.contentassist;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.model.ModulePaths;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;

import com.google.inject.Inject;

/**
 * Proposes DiaC module references {@code "{{module.path}}"} (LANGUAGE.md §5): every path {@link ModulePaths}
 * files an element of the document under, such as {@code "{{core.stake_threshold}}"} or
 * {@code "{{identity.operators}}"}. The proposal replaces what was typed of the reference, quote and braces
 * included, and is always double-quoted (unquoted braces would be a YAML flow mapping).
 */
public class ModuleReferenceProposals {

	/** A reference being typed: an optional quote, two braces, then a partial dotted path. */
	private static final Pattern TYPED = Pattern.compile("\"?\\{\\{[A-Za-z0-9_.\\-]*$");

	@Inject
	private ModulePaths modulePaths;

	@Inject
	private IdeContentProposalPriorities priorities;

	/** The part of a module reference typed left of {@code offset} on its line, or null when none is. */
	public static String typedBefore(String document, int offset) {
		int lineStart = Math.max(document.lastIndexOf('\n', offset - 1), document.lastIndexOf('\r', offset - 1)) + 1;
		Matcher matcher = TYPED.matcher(document.substring(lineStart, offset));
		return matcher.find() ? matcher.group() : null;
	}

	/**
	 * Proposes the references whose path starts with what {@code typed} holds after the braces; {@code typed} is
	 * replaced (empty: nothing is).
	 */
	public void propose(Resource resource, String typed, IIdeContentProposalAcceptor acceptor) {
		int braces = typed.indexOf("{{");
		if (braces < 0 && !typed.isEmpty()) {
			return;
		}
		String pathPrefix = braces < 0 ? "" : typed.substring(braces + 2);
		for (String path : modulePaths.paths(root(resource)).keySet()) {
			if (!path.startsWith(pathPrefix) || !acceptor.canAcceptMoreProposals()) {
				continue;
			}
			ContentAssistEntry entry = new ContentAssistEntry();
			entry.setPrefix(typed);
			entry.setProposal("\"{{" + path + "}}\"");
			entry.setLabel(entry.getProposal());
			entry.setDescription(path.substring(0, path.indexOf('.')) + " module");
			entry.setKind(ContentAssistEntry.KIND_REFERENCE);
			acceptor.accept(entry, priorities.getDefaultPriority(entry));
		}
	}

	private static ServiceTemplate root(Resource resource) {
		return resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ServiceTemplate t ? t : null;
	}
}
