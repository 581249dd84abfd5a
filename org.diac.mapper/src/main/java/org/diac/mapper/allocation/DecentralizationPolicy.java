package org.diac.mapper.allocation;

import java.math.BigDecimal;

/**
 * A diac.policies.Decentralization (LANGUAGE.md §3); a null limit is not checked. The mapper checks it again on
 * its result, because the result, not the document, decides who runs what.
 */
public record DecentralizationPolicy(BigDecimal maxStakeShare, Integer maxPerContinent, BigDecimal maxCloudShare,
        boolean antiAffinity) {

    public static final DecentralizationPolicy NONE = new DecentralizationPolicy(null, null, null, false);
}
