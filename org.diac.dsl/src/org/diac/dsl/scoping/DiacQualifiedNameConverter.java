package org.diac.dsl.scoping;

import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * TOSCA names are opaque strings: {@code tosca.nodes.Compute} is one name, not a path of namespaces (the dots
 * are a naming convention, TOSCA 1.3 §3.2.4). Keeping them as one segment also makes any name, dots or not,
 * a valid qualified name.
 */
public class DiacQualifiedNameConverter implements IQualifiedNameConverter {

	@Override
	public String toString(QualifiedName name) {
		return name.toString("");
	}

	@Override
	public QualifiedName toQualifiedName(String name) {
		return QualifiedName.create(name);
	}
}
