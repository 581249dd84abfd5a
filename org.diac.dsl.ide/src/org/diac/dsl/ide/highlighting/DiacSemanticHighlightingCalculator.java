package org.diac.dsl.ide.highlighting;

import java.util.List;
import java.util.Set;

import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.Group;
import org.diac.dsl.diac.ModuleReference;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.RelationshipTemplate;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.diac.TypeDefinition;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * What a DiaC document's tokens mean, for semantic highlighting. The style ids are LSP semantic token types
 * (and {@code declaration} as a modifier), so the language server passes them on unchanged:
 * <ul>
 * <li>{@code type}: type names where defined and where referenced;</li>
 * <li>{@code variable}: template, group and policy names; {@code parameter}: input names;</li>
 * <li>{@code function}: {@code get_input}, {@code get_property}, {@code get_attribute} and the other TOSCA 1.3
 * functions (§4), which the grammar keeps as map keys;</li>
 * <li>{@code macro}: module references {@code "{{module.path}}"} (LANGUAGE.md §5);</li>
 * <li>{@code keyword}: the keys TOSCA defines; {@code property}: other keys (property names, map keys).</li>
 * </ul>
 */
public class DiacSemanticHighlightingCalculator implements ISemanticHighlightingCalculator {

	/** TOSCA 1.3 §4 functions the grammar does not parse as functions (they stay generic maps). */
	private static final Set<String> FUNCTIONS = Set.of("concat", "join", "token", "get_operation_output", "get_nodes_of_type",
			"get_artifact", "get_input", "get_property", "get_attribute");

	@Inject
	private EObjectAtOffsetHelper elementAtOffset;

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		TreeIterator<EObject> contents = resource.getAllContents();
		while (contents.hasNext()) {
			if (cancelIndicator != null && cancelIndicator.isCanceled()) {
				return;
			}
			EObject object = contents.next();
			declaration(object, acceptor);
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer()) {
					references(object, reference, acceptor);
				}
			}
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword keyword && isGrammarKey(keyword)) {
				acceptor.addPosition(leaf.getOffset(), leaf.getLength(),
						FUNCTIONS.contains(keyword.getValue()) ? SemanticTokenTypes.Function : SemanticTokenTypes.Keyword);
			}
		}
	}

	private static void declaration(EObject object, IHighlightedPositionAcceptor acceptor) {
		if (object instanceof TypeDefinition) {
			mark(object, "name", acceptor, SemanticTokenTypes.Type, SemanticTokenModifiers.Declaration);
		} else if (object instanceof NodeTemplate || object instanceof RelationshipTemplate || object instanceof Group || object instanceof Policy) {
			mark(object, "name", acceptor, SemanticTokenTypes.Variable, SemanticTokenModifiers.Declaration);
		} else if (object instanceof PropertyDefinition definition) {
			mark(object, "name", acceptor, isInput(definition) ? SemanticTokenTypes.Parameter : SemanticTokenTypes.Property,
					SemanticTokenModifiers.Declaration);
		} else if (object instanceof PropertyAssignment) {
			mark(object, "name", acceptor, SemanticTokenTypes.Property);
		} else if (object instanceof Entry entry) {
			mark(object, "key", acceptor, FUNCTIONS.contains(entry.getKey()) ? SemanticTokenTypes.Function : SemanticTokenTypes.Property);
		}
	}

	private void references(EObject source, EReference reference, IHighlightedPositionAcceptor acceptor) {
		for (INode node : NodeModelUtils.findNodesForFeature(source, reference)) {
			EObject target = elementAtOffset.getCrossReferencedElement(node);
			String type;
			if (source instanceof ModuleReference) {
				type = SemanticTokenTypes.Macro;
			} else if (target instanceof TypeDefinition || TypeDefinition.class.isAssignableFrom(reference.getEReferenceType().getInstanceClass())) {
				type = SemanticTokenTypes.Type;
			} else if (target instanceof PropertyDefinition definition && isInput(definition)) {
				type = SemanticTokenTypes.Parameter;
			} else {
				type = SemanticTokenTypes.Variable;
			}
			acceptor.addPosition(node.getOffset(), node.getLength(), type);
		}
	}

	private static void mark(EObject object, String featureName, IHighlightedPositionAcceptor acceptor, String... styles) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(featureName);
		if (feature == null) {
			return;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		if (!nodes.isEmpty()) {
			acceptor.addPosition(nodes.get(0).getOffset(), nodes.get(0).getLength(), styles);
		}
	}

	/** A key of the grammar (or a function name), not a keyword the Name rule admits again as a user's name or value. */
	private static boolean isGrammarKey(Keyword keyword) {
		String value = keyword.getValue();
		ParserRule rule = GrammarUtil.containingParserRule(keyword);
		return !value.isEmpty() && Character.isLetter(value.charAt(0)) && rule != null && !GrammarUtil.isDatatypeRule(rule);
	}

	private static boolean isInput(PropertyDefinition definition) {
		return definition.eContainer() instanceof TopologyTemplate topology && topology.getInputs().contains(definition);
	}
}
