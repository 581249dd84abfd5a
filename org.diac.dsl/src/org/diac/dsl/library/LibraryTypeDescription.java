package org.diac.dsl.library;

import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.AbstractEObjectDescription;

/**
 * A type of the built-in library in a scope, before its file is parsed: name and kind come from the
 * {@link LibraryIndex}; the file is loaded into the document's resource set when the type itself is needed (a link
 * resolves to it, a hover shows it).
 */
final class LibraryTypeDescription extends AbstractEObjectDescription {

	private final QualifiedName name;

	private final EClass eClass;

	private final Supplier<EObject> target;

	LibraryTypeDescription(QualifiedName name, EClass eClass, Supplier<EObject> target) {
		this.name = name;
		this.eClass = eClass;
		this.target = target;
	}

	/** The same type under another name (TOSCA 1.3 §5.1 short names such as {@code Compute}). */
	LibraryTypeDescription alias(QualifiedName alias) {
		return new LibraryTypeDescription(alias, eClass, target);
	}

	@Override
	public QualifiedName getName() {
		return name;
	}

	@Override
	public QualifiedName getQualifiedName() {
		return name;
	}

	@Override
	public EObject getEObjectOrProxy() {
		return target.get();
	}

	@Override
	public URI getEObjectURI() {
		return EcoreUtil.getURI(target.get());
	}

	@Override
	public EClass getEClass() {
		return eClass;
	}
}
