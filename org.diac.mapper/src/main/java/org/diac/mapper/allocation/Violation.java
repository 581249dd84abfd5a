package org.diac.mapper.allocation;

/** A rule an allocation breaks: a stable code (LANGUAGE.md §6 where one exists) and a reason naming who and how. */
public record Violation(String code, String reason) {

    public static final String BLACKLISTED = "DIAC-BLACKLISTED";
    public static final String SLOTS_EXCEEDED = "DIAC-SLOTS-EXCEEDED";
    public static final String GROUP_SIZE = "DIAC-GROUP-SIZE";
    public static final String STAKE_SHARE = "DIAC-STAKE-SHARE";
    public static final String CONTINENT_LIMIT = "DIAC-CONTINENT-LIMIT";
    public static final String CLOUD_SHARE = "DIAC-CLOUD-SHARE";
    /** Not in LANGUAGE.md's table yet: an operator has more workers in one group than the spread bound allows. */
    public static final String ANTI_AFFINITY = "DIAC-ANTI-AFFINITY";

    @Override
    public String toString() {
        return code + " " + reason;
    }
}
