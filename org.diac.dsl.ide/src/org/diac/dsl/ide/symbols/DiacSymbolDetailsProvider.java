package org.diac.dsl.ide.symbols;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** A symbol's detail is the type it names ({@code type:}), as written, e.g. {@code diac.nodes.Operator}. */
public class DiacSymbolDetailsProvider extends DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		EStructuralFeature type = object.eClass().getEStructuralFeature("type");
		if (!(type instanceof EReference)) {
			return "";
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, type);
		return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0));
	}
}
