package org.diac.dsl.validation;

/** The stable diagnostic codes of LANGUAGE.md §6; tests outside the project match on these strings. */
public final class IssueCodes {

	public static final String YAML_SYNTAX = "YAML-SYNTAX";
	public static final String YAML_TAB = "YAML-TAB";
	public static final String YAML_DUPLICATE_KEY = "YAML-DUPLICATE-KEY";
	public static final String TOSCA_VERSION = "TOSCA-VERSION";
	public static final String TOSCA_UNKNOWN_KEY = "TOSCA-UNKNOWN-KEY";
	public static final String TOSCA_WRONG_KIND = "TOSCA-WRONG-KIND";
	public static final String TOSCA_MISSING_KEY = "TOSCA-MISSING-KEY";
	public static final String TOSCA_UNKNOWN_TYPE = "TOSCA-UNKNOWN-TYPE";
	public static final String TOSCA_DERIVATION_CYCLE = "TOSCA-DERIVATION-CYCLE";
	public static final String TOSCA_REQUIRED_PROPERTY = "TOSCA-REQUIRED-PROPERTY";
	public static final String TOSCA_UNKNOWN_PROPERTY = "TOSCA-UNKNOWN-PROPERTY";
	public static final String TOSCA_CONSTRAINT = "TOSCA-CONSTRAINT";
	public static final String TOSCA_REQUIREMENT_TARGET = "TOSCA-REQUIREMENT-TARGET";
	public static final String TOSCA_OCCURRENCES = "TOSCA-OCCURRENCES";
	public static final String TOSCA_IMPORT_MISSING = "TOSCA-IMPORT-MISSING";
	/**
	 * Added to LANGUAGE.md's set (warning): an import found only by tosca-parser's folder-suffix layout, not relative
	 * to the importing document; the message names the file used.
	 */
	public static final String TOSCA_IMPORT_RESOLVED_ELSEWHERE = "TOSCA-IMPORT-RESOLVED-ELSEWHERE";
	/** Added to LANGUAGE.md's set: a group member, policy target or copy source that names no template. */
	public static final String TOSCA_UNKNOWN_TEMPLATE = "TOSCA-UNKNOWN-TEMPLATE";
	public static final String TOSCA_FUNCTION_TARGET = "TOSCA-FUNCTION-TARGET";
	/**
	 * Added to LANGUAGE.md's set: a function that does not exist ({@code get_inptu}, {@code concatenate} where no map can
	 * stand), or a TOSCA function called with the wrong number or kinds of arguments (TOSCA 1.3 §4).
	 */
	public static final String TOSCA_FUNCTION_SIGNATURE = "TOSCA-FUNCTION-SIGNATURE";
	public static final String DIAC_REFERENCE_UNRESOLVED = "DIAC-REFERENCE-UNRESOLVED";
	public static final String DIAC_STAKE_BELOW_THRESHOLD = "DIAC-STAKE-BELOW-THRESHOLD";
	public static final String DIAC_TOO_MANY_OPERATORS = "DIAC-TOO-MANY-OPERATORS";
	public static final String DIAC_STAKE_SHARE = "DIAC-STAKE-SHARE";
	public static final String DIAC_CONTINENT_LIMIT = "DIAC-CONTINENT-LIMIT";
	public static final String DIAC_CLOUD_SHARE = "DIAC-CLOUD-SHARE";
	public static final String DIAC_SLOTS_EXCEEDED = "DIAC-SLOTS-EXCEEDED";
	public static final String DIAC_GROUP_SIZE = "DIAC-GROUP-SIZE";
	public static final String DIAC_BLACKLISTED = "DIAC-BLACKLISTED";
	public static final String DIAC_MULTISIG_THRESHOLD = "DIAC-MULTISIG-THRESHOLD";
	public static final String DIAC_PERMISSIONS_GAP = "DIAC-PERMISSIONS-GAP";
	public static final String DIAC_CERT_INVALID = "DIAC-CERT-INVALID";
	public static final String DIAC_CERT_EXPIRED = "DIAC-CERT-EXPIRED";

	private IssueCodes() {
	}
}
