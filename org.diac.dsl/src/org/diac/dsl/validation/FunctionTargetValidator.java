package org.diac.dsl.validation;

import static org.diac.dsl.diac.DiacPackage.Literals.*;
import static org.diac.dsl.validation.IssueCodes.TOSCA_FUNCTION_TARGET;

import java.util.ArrayList;
import java.util.List;

import org.diac.dsl.diac.ArtifactDefinition;
import org.diac.dsl.diac.Entry;
import org.diac.dsl.diac.GetInput;
import org.diac.dsl.diac.MapValue;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.NodeType;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.RelationshipTemplate;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.diac.TypeDefinition;
import org.diac.dsl.diac.Value;
import org.diac.dsl.model.InterfaceMembers;
import org.diac.dsl.model.InterfaceMembers.Interface;
import org.diac.dsl.model.TypeHierarchy;
import org.diac.dsl.scoping.TypeScopes;
import org.diac.dsl.values.DataPath;
import org.diac.dsl.values.EffectiveValues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/**
 * What the other TOSCA functions name, in templates (TOSCA 1.3 §4): the nested path of {@code get_input} selects into
 * the input's data type; {@code get_operation_output} names a template, one of its interfaces and an operation of it;
 * {@code get_nodes_of_type} a node type; {@code get_artifact} an artifact of the template. SOURCE, TARGET and HOST, and
 * functions inside type definitions, name entities only known where a template uses them; they are left alone.
 */
public class FunctionTargetValidator extends AbstractCheckGroup {

	@Inject
	private TypeScopes typeScopes;

	/** TOSCA 1.3 §4.4.1: {@code get_input: [ input, nested_property_name_or_index, ... ]}. */
	@Check
	public void inputPath(GetInput function) {
		PropertyDefinition input = function.getInput();
		if (function.getPath().isEmpty() || input == null || input.eIsProxy() || inType(function)) {
			return;
		}
		List<String> path = new ArrayList<>();
		for (Value element : function.getPath()) {
			path.add(EffectiveValues.isDeferred(element) ? null : EffectiveValues.text(element));
		}
		String problem = DataPath.problem("input", input.getName(), input.getType(), input.getEntrySchema(), path);
		if (problem != null) {
			error("get_input: " + problem + " (TOSCA 1.3 §4.4.1)", function, null, TOSCA_FUNCTION_TARGET);
		}
	}

	@Check
	public void call(MapValue map) {
		if (map.getEntries().size() != 1 || inType(map) || !FunctionPlaces.isEvaluated(map)) {
			return;
		}
		Entry call = map.getEntries().get(0);
		List<String> arguments = texts(call.getValue());
		switch (String.valueOf(call.getKey())) {
			case "get_operation_output" -> {
				if (arguments.size() == 4 && !arguments.contains(null)) {
					operationOutput(call, arguments);
				}
			}
			case "get_nodes_of_type" -> {
				if (arguments.size() == 1 && arguments.get(0) != null
						&& typeScopes.scope(map.eResource(), NODE_TYPE).getSingleElement(QualifiedName.create(arguments.get(0))) == null) {
					report(call, "get_nodes_of_type names node type '" + arguments.get(0) + "', which no definition, import or built-in type provides");
				}
			}
			case "get_artifact" -> {
				if (arguments.size() >= 2 && arguments.get(0) != null && arguments.get(1) != null) {
					artifact(call, arguments.get(0), arguments.get(1));
				}
			}
			default -> {
				// the string functions take values, not names
			}
		}
	}

	/** TOSCA 1.3 §4.6.1: the entity has the interface, and the interface the operation. */
	private void operationOutput(Entry call, List<String> arguments) {
		EObject entity = entity(call, arguments.get(0), true);
		TypeDefinition type = entity instanceof NodeTemplate node ? node.getType() : entity instanceof RelationshipTemplate r ? r.getType() : null;
		if (type == null || type.eIsProxy()) {
			return;
		}
		Interface definition = InterfaceMembers.named(type, arguments.get(1));
		if (definition == null) {
			report(call, "get_operation_output names interface '" + arguments.get(1) + "', which type '" + type.getName() + "' of '"
					+ arguments.get(0) + "' does not define" + names(InterfaceMembers.names(type)));
		} else if (!definition.operations().containsKey(arguments.get(2))) {
			report(call, "get_operation_output names operation '" + arguments.get(2) + "', which interface '" + definition.name()
					+ "' does not define" + names(definition.operations().keySet()));
		}
	}

	/** TOSCA 1.3 §4.8.1: the artifact is defined by the template or its node type. */
	private void artifact(Entry call, String entityName, String artifact) {
		if (!(entity(call, entityName, false) instanceof NodeTemplate template) || template.getType() == null || template.getType().eIsProxy()) {
			return;
		}
		List<String> artifacts = new ArrayList<>();
		template.getArtifacts().forEach(defined -> artifacts.add(defined.getName()));
		for (TypeDefinition current : TypeHierarchy.selfAndAncestors(template.getType())) {
			if (current instanceof NodeType nodeType) {
				nodeType.getArtifacts().stream().map(ArtifactDefinition::getName).filter(name -> !artifacts.contains(name)).forEach(artifacts::add);
			}
		}
		if (!artifacts.contains(artifact)) {
			report(call, "get_artifact names artifact '" + artifact + "', which node template '" + template.getName() + "' and its type do not define"
					+ names(artifacts));
		}
	}

	/**
	 * The template a modelable entity name stands for: SELF is the enclosing template; a name is a node (or, where allowed,
	 * relationship) template of the topology, reported when there is none; SOURCE, TARGET and HOST give null.
	 */
	private EObject entity(Entry call, String name, boolean relationshipsToo) {
		if ("SELF".equals(name)) {
			NodeTemplate node = EcoreUtil2.getContainerOfType(call, NodeTemplate.class);
			return node != null ? node : relationshipsToo ? EcoreUtil2.getContainerOfType(call, RelationshipTemplate.class) : null;
		}
		if ("SOURCE".equals(name) || "TARGET".equals(name) || "HOST".equals(name)) {
			return null;
		}
		TopologyTemplate topology = EcoreUtil2.getContainerOfType(call, TopologyTemplate.class);
		if (topology == null) {
			return null;
		}
		for (NodeTemplate node : topology.getNodeTemplates()) {
			if (name.equals(node.getName())) {
				return node;
			}
		}
		for (RelationshipTemplate relationship : relationshipsToo ? topology.getRelationshipTemplates() : List.<RelationshipTemplate>of()) {
			if (name.equals(relationship.getName())) {
				return relationship;
			}
		}
		report(call, call.getKey() + " names '" + name + "', which is no " + (relationshipsToo ? "node or relationship" : "node")
				+ " template of this topology (nor SELF, SOURCE, TARGET or HOST)");
		return null;
	}

	private void report(Entry call, String message) {
		error(message + " (TOSCA 1.3 §4)", call, ENTRY__KEY, TOSCA_FUNCTION_TARGET);
	}

	/** The arguments' texts (null for computed ones); a single value is a list of one. */
	private static List<String> texts(Value value) {
		List<Value> items = EffectiveValues.items(value);
		List<String> texts = new ArrayList<>();
		for (Value item : items != null ? items : value == null ? List.<Value>of() : List.of(value)) {
			texts.add(EffectiveValues.isDeferred(item) ? null : EffectiveValues.text(item));
		}
		return texts;
	}

	private static boolean inType(EObject object) {
		return EcoreUtil2.getContainerOfType(object, TypeDefinition.class) != null;
	}

	private static String names(java.util.Collection<String> names) {
		return names.isEmpty() ? "" : " (it defines " + String.join(", ", names) + ")";
	}
}
