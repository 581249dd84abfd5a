package org.diac.maven;

import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.diac.chain.client.DiacLedger;
import org.diac.cli.chain.AdoptedState;

/** The CLI's {@link AdoptedState} with its refusals as build failures. */
final class EpochState {

    private EpochState() {
    }

    static AdoptedState read(DiacLedger l, String name) throws MojoFailureException {
        try {
            return AdoptedState.read(l, name);
        } catch (AdoptedState.Unallocatable e) {
            throw new MojoFailureException("diac: " + e.getMessage(), e);
        }
    }

    static List<String> operators(DiacLedger l, String name) throws MojoFailureException {
        try {
            return AdoptedState.operators(l, name);
        } catch (AdoptedState.Unallocatable e) {
            throw new MojoFailureException("diac: " + e.getMessage(), e);
        }
    }

    static Map<String, Object> tree(String yaml) {
        return AdoptedState.tree(yaml);
    }
}
