package org.diac.dsl.validation;

import static org.diac.dsl.validation.IssueCodes.*;

import java.util.Date;
import java.util.Map;

import org.bouncycastle.cert.X509CertificateHolder;
import org.diac.dsl.diac.NodeTemplate;
import org.diac.dsl.diac.PropertyAssignment;
import org.diac.dsl.diac.Value;
import org.diac.dsl.identity.PemCertificates;
import org.diac.dsl.model.DiacTopology;
import org.diac.dsl.model.TypeHierarchy;
import org.diac.dsl.values.EffectiveValues;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.Check;

/**
 * Operator identities (LANGUAGE.md §3 diac.datatypes.Identity, §6): an X.509 identity names its MSP and its
 * subject or pinned certificate, a wallet identity its address; a pinned certificate must parse
 * (BouncyCastle) and should be within its validity period.
 */
public class IdentityValidator extends AbstractCheckGroup {

	@Check
	public void identity(NodeTemplate template) {
		if (template.getType() == null || template.getType().eIsProxy() || !TypeHierarchy.isA(template.getType(), DiacTopology.OPERATOR)) {
			return;
		}
		PropertyAssignment identity = EffectiveValues.property(template.getProperties(), "identity");
		Map<String, Value> fields = identity == null ? null : EffectiveValues.entries(identity.getValue());
		if (fields == null) {
			return; // missing or not a map: PropertyValidator reports it
		}
		String what = "operator '" + template.getName() + "'";
		String kind = EffectiveValues.text(fields.get("type"));
		if ("X.509".equals(kind)) {
			if (!fields.containsKey("msp_id")) {
				errorAt(TOSCA_REQUIRED_PROPERTY, what + " has an X.509 identity without msp_id, which names the issuing Fabric MSP", identity);
			}
			if (!fields.containsKey("subject") && !fields.containsKey("cert")) {
				errorAt(TOSCA_REQUIRED_PROPERTY, what + " has an X.509 identity with neither subject nor cert; one of them identifies the operator",
						identity);
			}
		} else if ("wallet".equals(kind) && !fields.containsKey("address")) {
			errorAt(TOSCA_REQUIRED_PROPERTY, what + " has a wallet identity without address", identity);
		}
		if (fields.containsKey("cert")) {
			certificate(what, fields.get("cert"), EffectiveValues.text(fields.get("subject")),
					place(identity, fields.get("cert")));
		}
	}

	private void certificate(String what, Value value, String subject, EObject place) {
		String pem = EffectiveValues.text(value);
		if (pem == null) {
			return;
		}
		PemCertificates.Parsed parsed = PemCertificates.parse(pem);
		if (parsed.certificate() == null) {
			errorAt(DIAC_CERT_INVALID, what + " pins a certificate that does not parse: " + parsed.problem(), place);
			return;
		}
		X509CertificateHolder certificate = parsed.certificate();
		Date now = new Date();
		if (certificate.getNotAfter().before(now)) {
			warningAt(DIAC_CERT_EXPIRED, what + " pins a certificate (" + certificate.getSubject() + ") that expired on "
					+ certificate.getNotAfter().toInstant(), place);
		} else if (certificate.getNotBefore().after(now)) {
			warningAt(DIAC_CERT_EXPIRED, what + " pins a certificate (" + certificate.getSubject() + ") that is not valid before "
					+ certificate.getNotBefore().toInstant(), place);
		}
	}

	/** The certificate value itself when it is written in this document, else the identity property. */
	private static EObject place(PropertyAssignment identity, Value cert) {
		return cert != null && cert.eResource() == identity.eResource() && EcoreUtil.isAncestor(identity, cert)
				? cert : identity;
	}
}
