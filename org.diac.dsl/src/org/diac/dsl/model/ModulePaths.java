package org.diac.dsl.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diac.dsl.diac.ArtifactDefinition;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.NodeType;
import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.ServiceTemplate;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.diac.TypeDefinition;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;

/**
 * The names that {@code "{{module.path}}"} references resolve to (LANGUAGE.md §4–5): each element of a
 * document is filed under the on-chain module that holds it (Table II of the paper).
 * <ul>
 * <li>{@code core}: inputs, Staking/Epoch/Reputation policies and their properties</li>
 * <li>{@code identity}: operators ({@code identity.operators} is the list), their properties</li>
 * <li>{@code artifacts}: artifact definitions of templates and types</li>
 * <li>{@code topology}: node templates and the document's types</li>
 * <li>{@code security}: Blacklist and Permissions policies and their properties</li>
 * <li>{@code governance}: the Governance policy and its properties</li>
 * </ul>
 * {@code templates} and {@code mapper} hold instance-level state the mapper writes on chain, so no document
 * element resolves there.
 */
public class ModulePaths {

	public static final List<String> MODULES = List.of("core", "identity", "artifacts", "topology", "templates", "mapper",
			"security", "governance");

	public List<IEObjectDescription> describe(ServiceTemplate root) {
		Map<String, EObject> paths = paths(root);
		List<IEObjectDescription> result = new ArrayList<>(paths.size());
		paths.forEach((path, target) -> result.add(EObjectDescription.create(QualifiedName.create(path), target)));
		return result;
	}

	public Map<String, EObject> paths(ServiceTemplate root) {
		Map<String, EObject> paths = new LinkedHashMap<>();
		if (root == null) {
			return paths;
		}
		TopologyTemplate topology = root.getTopology();
		for (TypeDefinition type : root.getTypes()) {
			put(paths, "topology." + type.getName(), type);
			if (type instanceof NodeType nodeType) {
				for (ArtifactDefinition artifact : nodeType.getArtifacts()) {
					put(paths, "artifacts." + artifact.getName(), artifact);
				}
			}
		}
		if (topology == null) {
			return paths;
		}
		for (PropertyDefinition input : topology.getInputs()) {
			put(paths, "core." + input.getName(), input);
		}
		for (NodeTemplate template : topology.getNodeTemplates()) {
			boolean operator = template.getType() != null && TypeHierarchy.isA(template.getType(), "diac.nodes.Operator");
			if (operator) {
				paths.putIfAbsent("identity.operators", topology);
				put(paths, "identity." + template.getName(), template);
				for (PropertyAssignment property : template.getProperties()) {
					put(paths, "identity." + template.getName() + "." + property.getName(), property);
				}
			} else {
				put(paths, "topology." + template.getName(), template);
			}
			for (ArtifactDefinition artifact : template.getArtifacts()) {
				put(paths, "artifacts." + artifact.getName(), artifact);
			}
		}
		for (Policy policy : topology.getPolicies()) {
			String module = moduleOf(policy);
			if (module == null) {
				continue;
			}
			put(paths, module + "." + policy.getName(), policy);
			for (PropertyAssignment property : policy.getProperties()) {
				put(paths, module + "." + property.getName(), property);
			}
		}
		return paths;
	}

	/** The module a DiaC policy belongs to, or null for other policies. */
	public static String moduleOf(Policy policy) {
		if (policy.getType() == null) {
			return null;
		}
		for (TypeDefinition type : TypeHierarchy.selfAndAncestors(policy.getType())) {
			switch (String.valueOf(type.getName())) {
				case "diac.policies.Staking", "diac.policies.Epoch", "diac.policies.Reputation", "diac.policies.Decentralization":
					return "core";
				case "diac.policies.Blacklist", "diac.policies.Permissions":
					return "security";
				case "diac.policies.Governance":
					return "governance";
				default:
			}
		}
		return null;
	}

	private static void put(Map<String, EObject> paths, String path, EObject target) {
		if (path != null && !path.endsWith(".null")) {
			paths.putIfAbsent(path, target);
		}
	}
}
