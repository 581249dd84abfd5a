package org.diac.diagram.edit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.diac.dsl.diac.DiacPackage;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.NodeType;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.RequirementAssignment;
import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.documents.DocumentLoader;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

/**
 * Edits the diagram makes, as minimal changes of the document's text: the lines of what is added or removed change,
 * every other character (comments, blank lines, flow or block style, quoting) stays. Works on the one Xtext model of
 * the text (node model offsets), never on a second parser or a re-serialization. A change that cannot be made that
 * way is refused ({@link EditRefusedException}); the caller re-validates what it writes.
 */
public final class DocumentEdits {

	/** The new text and the name the new template got. */
	public record Created(String text, String name) {
	}

	/** A requirement drawn as an edge: {@code source}'s requirement {@code requirement} fulfilled by {@code target}. */
	public record RequirementRef(String source, String requirement, String target) {
	}

	private final DocumentLoader loader;

	public DocumentEdits(Injector injector) {
		this.loader = injector.getInstance(DocumentLoader.class);
	}

	/** A template name the editor writes: plain YAML, no quoting needed, a valid TOSCA name. */
	public static boolean isPlainName(String name) {
		return name != null && name.matches("[A-Za-z_][A-Za-z0-9_\\-]*");
	}

	/**
	 * Renames the node template {@code from} to {@code to}: its key and every reference that resolves to it
	 * (requirements, policy targets, group members, {@code copy}), each token replaced in place. Names inside
	 * property values are plain strings to the language and stay.
	 */
	public String rename(String text, URI uri, String from, String to) throws EditRefusedException {
		if (!isPlainName(to)) {
			throw new EditRefusedException("'" + to + "' is not a plain name (letters, digits, _ and -, not first)");
		}
		ServiceTemplate root = parse(text, uri);
		List<NodeTemplate> templates = root.getTopology() == null ? List.of() : root.getTopology().getNodeTemplates();
		NodeTemplate template = templates.stream().filter(t -> from.equals(t.getName())).findFirst()
				.orElseThrow(() -> new EditRefusedException("no node template " + from));
		if (from.equals(to)) {
			return text;
		}
		if (templates.stream().anyMatch(t -> to.equals(t.getName()))) {
			throw new EditRefusedException("there is a node template " + to + " already");
		}
		TextChanges changes = new TextChanges(text);
		List<INode> names = NodeModelUtils.findNodesForFeature(template, DiacPackage.Literals.NODE_TEMPLATE__NAME);
		if (names.isEmpty() || !from.equals(NodeModelUtils.getTokenText(names.get(0)))) {
			throw new EditRefusedException("the key of " + from + " is written in a form the editor does not rewrite (quoted?)");
		}
		changes.replace(TextChanges.firstTokenStart(names.get(0)), TextChanges.lastTokenEnd(names.get(0)), to);
		for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || !mayHoldTemplate(reference) || !refersTo(object, reference, template)) {
					continue;
				}
				for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
					if (from.equals(NodeModelUtils.getTokenText(node))) {
						changes.replace(TextChanges.firstTokenStart(node), TextChanges.lastTokenEnd(node), to);
					}
				}
			}
		}
		return changes.apply();
	}

	private static boolean refersTo(EObject object, EReference reference, NodeTemplate template) {
		Object value = object.eGet(reference, false);
		return reference.isMany() ? ((List<?>) value).contains(template) : value == template;
	}

	/** The new text and the requirement the edge became. */
	public record Connected(String text, String requirement) {
	}

	/** The requirements of {@code source} that {@code target} can fulfil, best first ({@link CompatibleRequirements}). */
	public List<String> compatibleRequirements(String text, URI uri, String source, String target) throws EditRefusedException {
		ServiceTemplate root = parse(text, uri);
		return CompatibleRequirements.between(template(root, source), template(root, target));
	}

	/** Whether an edge may start at {@code source}: its type defines requirements the diagram can connect. */
	public boolean mayConnectFrom(String text, URI uri, String source) throws EditRefusedException {
		return CompatibleRequirements.mayStart(template(parse(text, uri), source));
	}

	/**
	 * Adds the requirement {@code - <name>: <target>} to {@code source}, the best one the target fits: after its
	 * last requirement, dashed like it, or as a new {@code requirements:} entry after the template's last line.
	 * Refused when the target fits none of the source's requirements.
	 */
	public Connected connect(String text, URI uri, String source, String target) throws EditRefusedException {
		ServiceTemplate root = parse(text, uri);
		NodeTemplate from = template(root, source);
		NodeTemplate to = template(root, target);
		List<String> fitting = CompatibleRequirements.between(from, to);
		if (fitting.isEmpty()) {
			throw new EditRefusedException(target + " fulfils no requirement of " + source + " (" + typeName(from) + ")" + offeredText(from));
		}
		String requirement = fitting.get(0);
		ICompositeNode templateNode = NodeModelUtils.findActualNodeFor(from);
		int keyStart = TextChanges.firstTokenStart(templateNode);
		int end = TextChanges.lastTokenEnd(templateNode);
		if (TextChanges.lineEnd(text, keyStart) >= end) {
			throw new EditRefusedException(source + " is written on one line (flow style): add the requirement in the text");
		}
		TextChanges changes = new TextChanges(text);
		String entry = requirement + ": " + target;
		if (!from.getRequirements().isEmpty()) {
			RequirementAssignment last = from.getRequirements().get(from.getRequirements().size() - 1);
			ICompositeNode lastNode = NodeModelUtils.findActualNodeFor(last);
			int start = TextChanges.firstTokenStart(lastNode);
			if (!TextChanges.startsLine(text, start, true)) {
				throw new EditRefusedException("the requirements of " + source + " are a flow list: add the requirement in the text");
			}
			String dash = text.substring(TextChanges.lineStart(text, start), start);
			String indent = dash.endsWith("- ") || dash.strip().equals("-") ? dash : TextChanges.indentation(text, start) + "- ";
			changes.insert(afterLine(text, TextChanges.lastTokenEnd(lastNode)), indent + entry + "\n");
		} else {
			if (hasKey(templateNode, "requirements")) {
				throw new EditRefusedException(source + " has an empty requirements list: add the requirement in the text");
			}
			String child = childIndentation(text, keyStart, end, TextChanges.indentation(text, keyStart));
			int at = afterLine(text, end);
			String lead = at == text.length() && !text.endsWith("\n") ? "\n" : "";
			changes.insert(at, lead + child + "requirements:\n" + child + "  - " + entry + "\n");
		}
		return new Connected(changes.apply(), requirement);
	}

	private static String offeredText(NodeTemplate template) {
		if (template.getType() == null || template.getType().eIsProxy()) {
			return "";
		}
		List<String> names = CompatibleRequirements.offered(template.getType()).stream().map(d -> d.getName() + describe(d)).toList();
		return names.isEmpty() ? "; its type defines no requirement to connect" : "; it has " + String.join(", ", names);
	}

	private static String describe(org.diac.dsl.diac.RequirementDefinition definition) {
		return definition.getNode() != null && !definition.getNode().eIsProxy() ? " (a " + definition.getNode().getName() + ")" : "";
	}

	private static String typeName(NodeTemplate template) {
		return template.getType() == null || template.getType().eIsProxy() ? "unresolved type" : template.getType().getName();
	}

	private static boolean hasKey(INode owner, String key) {
		for (ILeafNode leaf : owner.getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals(key)) {
				return true;
			}
		}
		return false;
	}

	/** The properties panel of {@code template}: its type's definitions and its values as written. */
	public PropertySheet propertySheet(String text, URI uri, String template) throws EditRefusedException {
		return PropertySheet.of(text, template(parse(text, uri), template));
	}

	/**
	 * Sets property {@code property} of {@code template} to {@code value}, the YAML text of a value on one line
	 * ({@code 480}, {@code "X.509"}, {@code { get_input: shard_count }}): the old value's text is replaced, or a new
	 * {@code property: value} line goes after the template's last property (or a new {@code properties:} entry after
	 * its type and description). Refused when the text would not read back as exactly that value.
	 */
	public String setProperty(String text, URI uri, String template, String property, String value) throws EditRefusedException {
		if (!isPlainName(property)) {
			throw new EditRefusedException("'" + property + "' is not a property name the editor writes");
		}
		String written = value == null ? "" : value.strip();
		if (written.isEmpty() || written.contains("\n") || written.contains("\r")) {
			throw new EditRefusedException("the value of " + property + " must be YAML text on one line (remove a property in the text)");
		}
		NodeTemplate owner = template(parse(text, uri), template);
		PropertyAssignment assignment = owner.getProperties().stream().filter(p -> property.equals(p.getName())).findFirst().orElse(null);
		TextChanges changes = new TextChanges(text);
		if (assignment != null && assignment.getValue() != null) {
			ICompositeNode valueNode = NodeModelUtils.findActualNodeFor(assignment.getValue());
			int start = TextChanges.firstTokenStart(valueNode);
			int end = TextChanges.lastTokenEnd(valueNode);
			int key = TextChanges.firstTokenStart(NodeModelUtils.findActualNodeFor(assignment));
			if (text.substring(start, end).contains("\n") || TextChanges.lineStart(text, start) != TextChanges.lineStart(text, key)) {
				throw new EditRefusedException(property + " of " + template + " is a block over several lines: edit it in the text");
			}
			changes.replace(start, end, written);
		} else if (assignment != null) {
			changes.insert(TextChanges.lastTokenEnd(NodeModelUtils.findActualNodeFor(assignment)), " " + written);
		} else if (!owner.getProperties().isEmpty()) {
			ICompositeNode first = NodeModelUtils.findActualNodeFor(owner.getProperties().get(0));
			ICompositeNode last = NodeModelUtils.findActualNodeFor(owner.getProperties().get(owner.getProperties().size() - 1));
			int firstStart = TextChanges.firstTokenStart(first);
			if (!TextChanges.startsLine(text, firstStart, false)) {
				throw new EditRefusedException("the properties of " + template + " are a flow map: edit them in the text");
			}
			changes.insert(afterLine(text, TextChanges.lastTokenEnd(last)), TextChanges.indentation(text, firstStart) + property + ": " + written + "\n");
		} else {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(owner);
			int keyStart = TextChanges.firstTokenStart(node);
			if (hasKey(node, "properties") || TextChanges.lineEnd(text, keyStart) >= TextChanges.lastTokenEnd(node)) {
				throw new EditRefusedException(template + " is written in a form the editor does not extend (flow style or an empty properties map)");
			}
			int after = keyStart;
			for (EStructuralFeature feature : List.of(DiacPackage.Literals.NODE_TEMPLATE__TYPE, DiacPackage.Literals.NODE_TEMPLATE__DESCRIPTION)) {
				for (INode key : NodeModelUtils.findNodesForFeature(owner, feature)) {
					after = Math.max(after, TextChanges.lastTokenEnd(key));
				}
			}
			String child = childIndentation(text, keyStart, TextChanges.lastTokenEnd(node), TextChanges.indentation(text, keyStart));
			changes.insert(afterLine(text, after), child + "properties:\n" + child + "  " + property + ": " + written + "\n");
		}
		String result = changes.apply();
		checkReadsBack(result, uri, template, property, written);
		return result;
	}

	/** The edited text must hold the property with exactly the value typed (no comment or key swallowed it). */
	private void checkReadsBack(String text, URI uri, String template, String property, String value) throws EditRefusedException {
		NodeTemplate owner = template(parse(text, uri), template);
		PropertyAssignment assignment = owner.getProperties().stream().filter(p -> property.equals(p.getName())).findFirst().orElse(null);
		String read = null;
		if (assignment != null && assignment.getValue() != null) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(assignment.getValue());
			read = text.substring(TextChanges.firstTokenStart(node), TextChanges.lastTokenEnd(node));
		}
		if (!value.equals(read)) {
			throw new EditRefusedException("'" + value + "' does not read back as one value of " + property + " (a comment or a second key in it?)");
		}
	}

	/** The offset after the line that {@code end} ends on; a token that ends with its line break (a block scalar) ends there. */
	private static int afterLine(String text, int end) {
		return end > 0 && text.charAt(end - 1) == '\n' ? end : TextChanges.lineEnd(text, end);
	}

	/** The node template {@code name} of the document; refused when there is none. */
	static NodeTemplate template(ServiceTemplate root, String name) throws EditRefusedException {
		List<NodeTemplate> templates = root.getTopology() == null ? List.of() : root.getTopology().getNodeTemplates();
		return templates.stream().filter(t -> name != null && name.equals(t.getName())).findFirst()
				.orElseThrow(() -> new EditRefusedException("no node template " + name));
	}

	/** Refuses {@code text} when it does not parse (a safety net after an edit, before it is written). */
	public void checkWellFormed(String text, URI uri) throws EditRefusedException {
		parse(text, uri);
	}

	/** The node types the document itself defines (its {@code node_types}), in document order. */
	public List<String> ownNodeTypes(String text, URI uri) throws EditRefusedException {
		ServiceTemplate root = parse(text, uri);
		List<String> names = new ArrayList<>();
		for (TypeDefinition type : root.getTypes()) {
			if (type instanceof NodeType && type.getName() != null) {
				names.add(type.getName());
			}
		}
		return names;
	}

	/**
	 * Appends {@code <name>:\n  type: <type>} after the last node template, indented like the templates, with a name
	 * made from the type ({@code diac.nodes.Storage} → {@code storage}, {@code storage_2}, ...).
	 */
	public Created createNodeTemplate(String text, URI uri, String type) throws EditRefusedException {
		if (type == null || !type.matches("[A-Za-z_][A-Za-z0-9_.\\-]*")) {
			throw new EditRefusedException("not a type name: " + type);
		}
		ServiceTemplate root = parse(text, uri);
		List<NodeTemplate> templates = root.getTopology() == null ? List.of() : root.getTopology().getNodeTemplates();
		if (templates.isEmpty()) {
			throw new EditRefusedException("the document has no node_templates yet: add the first template in the text");
		}
		Set<String> taken = new HashSet<>();
		templates.forEach(t -> taken.add(t.getName()));
		String base = type.substring(type.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(Locale.ROOT);
		String name = base;
		for (int i = 2; taken.contains(name); i++) {
			name = base + "_" + i;
		}
		NodeTemplate last = templates.get(templates.size() - 1);
		ICompositeNode lastNode = NodeModelUtils.findActualNodeFor(last);
		int keyStart = TextChanges.firstTokenStart(lastNode);
		String indent = TextChanges.indentation(text, keyStart);
		String childIndent = childIndentation(text, keyStart, TextChanges.lastTokenEnd(lastNode), indent);
		int at = TextChanges.lineEnd(text, TextChanges.lastTokenEnd(lastNode));
		String lead = at == text.length() && !text.endsWith("\n") ? "\n" : "";
		TextChanges changes = new TextChanges(text);
		changes.insert(at, lead + indent + name + ":\n" + childIndent + "type: " + type + "\n");
		return new Created(changes.apply(), name);
	}

	/** The indentation of the first entry inside the template (its {@code type:} line), else two more spaces. */
	private static String childIndentation(String text, int keyStart, int end, String indent) {
		int line = TextChanges.lineEnd(text, keyStart);
		while (line < end) {
			String child = TextChanges.indentation(text, line);
			int content = line + child.length();
			if (content < text.length() && text.charAt(content) != '\n' && text.charAt(content) != '#' && child.length() > indent.length()) {
				return child;
			}
			line = TextChanges.lineEnd(text, line);
		}
		return indent + "  ";
	}

	/**
	 * Removes the node templates {@code names} (their lines), every requirement that names one of them as its target
	 * and their names in lists of references (policy targets, group members), and the requirements {@code edges}.
	 * A single-valued reference elsewhere stays and is reported by the validation.
	 */
	public String delete(String text, URI uri, Collection<String> names, Collection<RequirementRef> edges) throws EditRefusedException {
		ServiceTemplate root = parse(text, uri);
		if (root.getTopology() == null) {
			throw new EditRefusedException("the document has no topology_template");
		}
		TextChanges changes = new TextChanges(text);
		Set<String> deleted = new HashSet<>(names);
		List<NodeTemplate> templates = root.getTopology().getNodeTemplates();
		for (NodeTemplate template : templates) {
			if (deleted.contains(template.getName())) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(template);
				changes.remove(TextChanges.lineStart(text, TextChanges.firstTokenStart(node)),
						TextChanges.lineEnd(text, TextChanges.lastTokenEnd(node)));
				continue;
			}
			List<RequirementAssignment> removed = new ArrayList<>();
			for (RequirementAssignment requirement : template.getRequirements()) {
				String target = requirement.getNode() instanceof NodeTemplate t && !t.eIsProxy() ? t.getName() : null;
				boolean edge = edges.contains(new RequirementRef(template.getName(), requirement.getName(), target))
						&& removed.stream().noneMatch(r -> r.getName().equals(requirement.getName()) && sameTarget(r, target));
				if (target != null && deleted.contains(target) || edge) {
					removeListItem(text, changes, NodeModelUtils.findActualNodeFor(requirement), "requirement " + requirement.getName());
					removed.add(requirement);
				}
			}
			if (!removed.isEmpty() && removed.size() == template.getRequirements().size()) {
				removeKeyLine(text, changes, NodeModelUtils.findActualNodeFor(template), "requirements");
			}
		}
		removeReferences(root, text, changes, deleted);
		return changes.apply();
	}

	private static boolean sameTarget(RequirementAssignment requirement, String target) {
		return requirement.getNode() instanceof NodeTemplate t && t.getName() != null && t.getName().equals(target);
	}

	/** Names of deleted templates in lists of references: {@code [a, b]} loses {@code b}, a block list its line. */
	private static void removeReferences(ServiceTemplate root, String text, TextChanges changes, Set<String> deleted) {
		for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			if (object instanceof RequirementAssignment) {
				continue; // requirements go whole (above)
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || !reference.isMany() || !mayHoldTemplate(reference)) {
					continue;
				}
				for (INode node : NodeModelUtils.findNodesForFeature(object, reference)) {
					if (deleted.contains(NodeModelUtils.getTokenText(node))) {
						removeListElement(text, changes, node);
					}
				}
			}
		}
	}

	/** Group members name templates; policy targets name templates or groups ({@code EObject}). */
	private static boolean mayHoldTemplate(EReference reference) {
		EClass type = reference.getEReferenceType();
		return type == EcorePackage.Literals.EOBJECT || type.isSuperTypeOf(DiacPackage.Literals.NODE_TEMPLATE);
	}

	private static void removeListElement(String text, TextChanges changes, INode node) {
		int start = TextChanges.firstTokenStart(node);
		int end = TextChanges.lastTokenEnd(node);
		if (TextChanges.startsLine(text, start, true) && text.substring(TextChanges.lineStart(text, start), start).contains("-")) {
			changes.remove(TextChanges.lineStart(text, start), TextChanges.lineEnd(text, end));
			return;
		}
		int after = end;
		while (after < text.length() && text.charAt(after) == ' ') {
			after++;
		}
		if (after < text.length() && text.charAt(after) == ',') {
			after++;
			while (after < text.length() && text.charAt(after) == ' ') {
				after++;
			}
			changes.remove(start, after);
			return;
		}
		int before = start;
		while (before > 0 && text.charAt(before - 1) == ' ') {
			before--;
		}
		if (before > 0 && text.charAt(before - 1) == ',') {
			changes.remove(before - 1, end);
		} else {
			changes.remove(before, after); // the only element: [ a ] becomes []
		}
	}

	/** A block-sequence entry ({@code - name: target}, possibly over several lines): its lines go. */
	private static void removeListItem(String text, TextChanges changes, INode node, String what) throws EditRefusedException {
		int start = TextChanges.firstTokenStart(node);
		if (!TextChanges.startsLine(text, start, true)) {
			throw new EditRefusedException(what + " is not on lines of its own (a flow list): edit it in the text");
		}
		changes.remove(TextChanges.lineStart(text, start), TextChanges.lineEnd(text, TextChanges.lastTokenEnd(node)));
	}

	/** The line of {@code key:} inside {@code owner} when nothing else is on it (its value was removed). */
	private static void removeKeyLine(String text, TextChanges changes, INode owner, String key) {
		for (ILeafNode leaf : owner.getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals(key)
					&& TextChanges.startsLine(text, leaf.getOffset(), false)) {
				int lineEnd = TextChanges.lineEnd(text, leaf.getOffset());
				String rest = text.substring(leaf.getEndOffset(), lineEnd).strip();
				if (rest.equals(":") || rest.startsWith(":") && rest.substring(1).strip().startsWith("#")) {
					changes.remove(TextChanges.lineStart(text, leaf.getOffset()), lineEnd);
				}
				return;
			}
		}
	}

	private ServiceTemplate parse(String text, URI uri) throws EditRefusedException {
		byte[] content = text.getBytes(StandardCharsets.UTF_8);
		try {
			ServiceTemplate root = DocumentLoader.onLargeStack("diac-diagram-edit", () -> {
				XtextResource resource = loader.load(content, uri);
				if (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors()) {
					return null;
				}
				EcoreUtil.resolveAll(resource);
				return resource.getContents().isEmpty() ? null : (ServiceTemplate) resource.getContents().get(0);
			});
			if (root == null) {
				throw new EditRefusedException("the document has syntax errors: fix them in the text first");
			}
			return root;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new EditRefusedException("interrupted");
		} catch (ExecutionException e) {
			throw new IllegalStateException("reading the document for an edit failed: " + e.getCause(), e.getCause());
		}
	}
}
