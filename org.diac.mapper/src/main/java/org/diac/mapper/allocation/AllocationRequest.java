package org.diac.mapper.allocation;

import java.math.BigInteger;
import java.util.List;

/**
 * Everything an allocation depends on, and nothing else: the same request gives the same allocation on every
 * machine. {@code workers} is the number of worker instances asked for (Scalable default_instances);
 * {@code seed} is the epoch's 32-byte VRF output beta.
 */
public record AllocationRequest(List<Operator> operators, BigInteger unitStake, List<GroupSpec> groups,
        String workerTemplate, int workers, byte[] seed, long epoch) {

    public static final int SEED_LENGTH = 32;

    public AllocationRequest {
        operators = List.copyOf(operators);
        groups = List.copyOf(groups);
        if (unitStake == null || unitStake.signum() <= 0) {
            throw new IllegalArgumentException("unit_stake must be positive");
        }
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no NodeGroup to allocate workers to");
        }
        if (workerTemplate == null || workerTemplate.isEmpty()) {
            throw new IllegalArgumentException("no worker template");
        }
        if (workers < 0) {
            throw new IllegalArgumentException("a negative number of workers");
        }
        if (seed == null || seed.length != SEED_LENGTH) {
            throw new IllegalArgumentException("the seed is " + SEED_LENGTH + " bytes (the VRF output beta)");
        }
        if (epoch < 0) {
            throw new IllegalArgumentException("a negative epoch");
        }
        long names = operators.stream().map(Operator::name).distinct().count();
        if (names != operators.size()) {
            throw new IllegalArgumentException("two operators share a name");
        }
        seed = seed.clone();
    }

    @Override
    public byte[] seed() {
        return seed.clone();
    }
}
