package org.diac.dsl.linking;

import static org.diac.dsl.diac.DiacPackage.Literals.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * Links the references of a topology (template types, requirement targets, {@code get_input} inputs, group members,
 * policy targets, copies) while it installs the lazy proxies: their scopes are name maps built once per document
 * (DiacScopeProvider, TypeScopes), so looking the name up now costs less than encoding a proxy URI for each
 * reference and decoding it again when validation resolves it (a fifth of the time of a 40,000-template document).
 * A name that does not resolve here gets the usual lazy proxy, so unresolved references are reported exactly as
 * before, when they are resolved. References in type definitions stay lazy: most of those in the built-in library
 * are never followed.
 */
public class DiacLinker extends LazyLinker {

	/**
	 * References whose scope depends only on names (never on another reference being resolved first), so that
	 * they can be looked up in any order while the document is being linked. Module references are not among
	 * them: their paths depend on the types of policies and templates.
	 */
	private static final Set<EReference> BY_NAME = Set.of(NODE_TEMPLATE__TYPE, NODE_TEMPLATE__COPY, RELATIONSHIP_TEMPLATE__TYPE,
			RELATIONSHIP_TEMPLATE__COPY, GROUP__TYPE, GROUP__MEMBERS, POLICY__TYPE, POLICY__TARGETS, REQUIREMENT_ASSIGNMENT__NODE,
			REQUIREMENT_ASSIGNMENT__RELATIONSHIP, GET_INPUT__INPUT, GET_ENTITY_VALUE__ENTITY);

	@Inject
	private IScopeProvider scopeProvider;

	@Inject
	private LinkingHelper linkingHelper;

	@Inject
	private IQualifiedNameConverter qualifiedNameConverter;

	/** The scope of each reference while one document is linked: it depends on the document and the reference only. */
	private final ThreadLocal<Map<EReference, IScope>> scopes = new ThreadLocal<>();

	@Override
	protected void doLinkModel(EObject model, IDiagnosticConsumer consumer) {
		scopes.set(new HashMap<>());
		try {
			super.doLinkModel(model, consumer);
		} finally {
			scopes.remove();
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	protected void createAndSetProxy(EObject obj, INode node, EReference eRef) {
		EObject target = BY_NAME.contains(eRef) ? target(obj, node, eRef) : null;
		if (target == null) {
			super.createAndSetProxy(obj, node, eRef);
		} else if (eRef.isMany()) {
			((InternalEList<EObject>) obj.eGet(eRef, false)).addUnique(target);
		} else {
			obj.eSet(eRef, target);
		}
	}

	/**
	 * The object the name resolves to, found the way Xtext's linking service finds it (the cross-reference's text
	 * through its value converter, looked up in the scope); null to leave it to lazy resolution.
	 */
	private EObject target(EObject obj, INode node, EReference eRef) {
		try {
			String name = linkingHelper.getCrossRefNodeAsString(node, true);
			if (name == null || name.isEmpty()) {
				return null;
			}
			Map<EReference, IScope> memo = scopes.get();
			IScope scope = memo == null ? scopeProvider.getScope(obj, eRef) : memo.computeIfAbsent(eRef, reference -> scopeProvider.getScope(obj, reference));
			IEObjectDescription description = scope.getSingleElement(qualifiedNameConverter.toQualifiedName(name));
			EObject target = description == null ? null : description.getEObjectOrProxy();
			return target == null || target.eIsProxy() || !EcoreUtil2.isAssignableFrom(eRef.getEReferenceType(), target.eClass()) ? null : target;
		} catch (RuntimeException e) {
			// a node whose text cannot be read or converted: lazy resolution reports it
			return null;
		}
	}
}
