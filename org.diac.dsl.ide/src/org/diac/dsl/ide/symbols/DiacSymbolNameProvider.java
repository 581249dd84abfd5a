package org.diac.dsl.ide.symbols;

import org.diac.dsl.diac.Group;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.Policy;
import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.RelationshipTemplate;
import org.diac.dsl.diac.TopologyTemplate;
import org.diac.dsl.diac.TypeDefinition;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/**
 * Which elements are document symbols, and their names: types and the properties they define, node and
 * relationship templates, groups, policies, inputs and outputs. Everything else (values, entries, ...) has no
 * name here and so is no symbol. The default would use qualified names, which DiaC gives to types only.
 */
public class DiacSymbolNameProvider extends DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		if (!isSymbol(object)) {
			return null;
		}
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(object);
		return name == null || name.isBlank() ? null : name;
	}

	private static boolean isSymbol(EObject object) {
		return object instanceof TypeDefinition || object instanceof NodeTemplate || object instanceof RelationshipTemplate
				|| object instanceof Group || object instanceof Policy
				|| object instanceof PropertyDefinition && (object.eContainer() instanceof TypeDefinition || object.eContainer() instanceof TopologyTemplate);
	}
}
