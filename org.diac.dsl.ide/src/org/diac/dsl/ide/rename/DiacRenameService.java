package org.diac.dsl.ide.rename;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.diac.dsl.ide.rename.RenameableElement.Target;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptionsProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.ReplaceRegion;

import com.google.inject.Inject;

/**
 * Renames a template, group, policy or input ({@link RenameableElement}) and every mention of its name
 * ({@link NameMentions}) in the documents of the workspace that refer to it, as text edits of those names only.
 * Xtext's default rename re-serializes the changed model, which the YAML token shape (synthetic BEGIN/END) does
 * not support; replacing names is all a rename needs here.
 */
public class DiacRenameService implements IRenameService2 {

	/** A plain YAML scalar that the scanner reads as one name and module paths can carry (no dots). */
	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]*");

	@Inject
	private RenameableElement renameable;

	@Inject
	private NameMentions mentions;

	@Inject
	private IResourceDescriptionsProvider index;

	@Inject
	private UriExtensions uris;

	@Override
	public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(PrepareRenameOptions options) {
		String uri = options.getParams().getTextDocument().getUri();
		return options.getLanguageServerAccess().doSyncRead(uri, context -> {
			Document document = context.getDocument();
			Target target = renameable.at((XtextResource) context.getResource(), document.getOffSet(options.getParams().getPosition()));
			return target == null ? null : Either3.forSecond(new PrepareRenameResult(range(document, target.region()), target.name()));
		});
	}

	@Override
	public WorkspaceEdit rename(Options options) {
		String uri = options.getRenameParams().getTextDocument().getUri();
		String newName = options.getRenameParams().getNewName();
		if (newName == null || !NAME.matcher(newName).matches()) {
			throw invalid("'" + newName + "' is not a plain name (letters, digits, '_' and '-', starting with a letter or '_')");
		}
		return options.getLanguageServerAccess().doSyncRead(uri, context -> {
			XtextResource resource = (XtextResource) context.getResource();
			Target target = renameable.at(resource, context.getDocument().getOffSet(options.getRenameParams().getPosition()));
			if (target == null) {
				throw invalid("only the names of templates, groups, policies and inputs can be renamed");
			}
			if (!target.name().equals(newName) && sibling(target.element(), newName) != null) {
				throw invalid("'" + newName + "' is already the name of another " + target.element().eClass().getName() + " here");
			}
			Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
			for (XtextResource affected : affected(resource, target.element())) {
				Document document = affected == resource ? context.getDocument() : new Document(0, text(affected));
				List<TextEdit> edits = edits(affected, document, target, newName);
				if (!edits.isEmpty()) {
					changes.put(affected == resource ? uri : uris.toUriString(affected.getURI()), edits);
				}
			}
			return new WorkspaceEdit(changes);
		});
	}

	private List<TextEdit> edits(XtextResource resource, Document document, Target target, String newName) {
		// one edit per offset: a name list reached through get_input from two policies is edited once
		Map<Integer, ReplaceRegion> byOffset = new TreeMap<>();
		if (target.element().eResource() == resource) {
			for (INode name : NodeModelUtils.findNodesForFeature(target.element(), nameFeature(target.element()))) {
				byOffset.put(name.getOffset(), new ReplaceRegion(name.getOffset(), name.getLength(), newName));
			}
		}
		for (ReplaceRegion mention : mentions.in(resource, EcoreUtil.getURI(target.element()), target.name(), newName)) {
			byOffset.putIfAbsent(mention.getOffset(), mention);
		}
		List<TextEdit> edits = new ArrayList<>();
		for (ReplaceRegion region : byOffset.values()) {
			edits.add(new TextEdit(new Range(document.getPosition(region.getOffset()), document.getPosition(region.getEndOffset())), region.getText()));
		}
		return edits;
	}

	/** The element's document, the one renamed from, and every document of the workspace index that refers into the element. */
	private Set<XtextResource> affected(XtextResource current, EObject element) {
		Set<XtextResource> result = new LinkedHashSet<>();
		result.add((XtextResource) element.eResource());
		result.add(current);
		URI target = EcoreUtil.getURI(element);
		for (IResourceDescription description : index.getResourceDescriptions(current.getResourceSet()).getAllResourceDescriptions()) {
			for (IReferenceDescription reference : description.getReferenceDescriptions()) {
				URI referenced = reference.getTargetEObjectUri();
				if (referenced != null && referenced.trimFragment().equals(target.trimFragment())
						&& (referenced.fragment().equals(target.fragment()) || referenced.fragment().startsWith(target.fragment() + "/"))) {
					Resource source = current.getResourceSet().getResource(description.getURI(), true);
					if (source instanceof XtextResource xtext) {
						result.add(xtext);
					}
					break;
				}
			}
		}
		return result;
	}

	/** Another element in the same list as {@code element} (node templates, inputs, ...) already called {@code name}. */
	private static EObject sibling(EObject element, String name) {
		EStructuralFeature feature = element.eContainingFeature();
		if (element.eContainer() == null || feature == null || !feature.isMany()) {
			return null;
		}
		for (Object other : (List<?>) element.eContainer().eGet(feature)) {
			if (other != element && other instanceof EObject object && name.equals(RenameableElement.name(object))) {
				return object;
			}
		}
		return null;
	}

	private static EStructuralFeature nameFeature(EObject element) {
		return element.eClass().getEStructuralFeature("name");
	}

	private static String text(XtextResource resource) {
		return resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
	}

	private static Range range(Document document, ITextRegion region) {
		return new Range(document.getPosition(region.getOffset()), document.getPosition(region.getOffset() + region.getLength()));
	}

	private static ResponseErrorException invalid(String message) {
		return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
	}
}
