package org.diac.dsl.ide.symbols;

import static org.diac.dsl.diac.DiacPackage.Literals.*;

import org.diac.dsl.diac.PropertyDefinition;
import org.diac.dsl.diac.TopologyTemplate;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

/**
 * Symbol kinds an editor can show apart: node and relationship templates are objects, types classes (data
 * types structs, capability and interface types interfaces), groups arrays, policies events, inputs and
 * outputs variables, properties of types properties.
 */
public class DiacSymbolKindProvider extends DocumentSymbolKindProvider {

	@Override
	public SymbolKind getSymbolKind(EObject object) {
		if (object instanceof PropertyDefinition && object.eContainer() instanceof TopologyTemplate) {
			return SymbolKind.Variable;
		}
		return super.getSymbolKind(object);
	}

	@Override
	protected SymbolKind getSymbolKind(EClass type) {
		if (type == NODE_TEMPLATE || type == RELATIONSHIP_TEMPLATE) {
			return SymbolKind.Object;
		}
		if (type == DATA_TYPE) {
			return SymbolKind.Struct;
		}
		if (type == CAPABILITY_TYPE || type == INTERFACE_TYPE) {
			return SymbolKind.Interface;
		}
		if (type != null && TYPE_DEFINITION.isSuperTypeOf(type)) {
			return SymbolKind.Class;
		}
		if (type == GROUP) {
			return SymbolKind.Array;
		}
		if (type == POLICY) {
			return SymbolKind.Event;
		}
		return SymbolKind.Property;
	}
}
