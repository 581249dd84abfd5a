package org.diac.mapper.allocation;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/** Requests the property tests draw from: seeds and operator sets that are themselves deterministic. */
final class Fixtures {

    static final String[] CONTINENTS = { "europe", "asia", "africa", "north_america", "south_america", "oceania" };

    private Fixtures() {
    }

    /** The i-th test seed: SHA-256 of i, so a failure names a seed that can be replayed. */
    static byte[] seed(int i) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(ByteBuffer.allocate(4).putInt(i).array());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The six operators of examples/sharding-network.diac (stakes 480 … 390, unit 100: 20 slots). */
    static List<Operator> shardingOperators() {
        return List.of(Operator.of("alice", 480, "europe", true), Operator.of("bob", 410, "europe", false),
                Operator.of("carol", 350, "asia", false), Operator.of("dave", 300, "asia", false),
                Operator.of("erin", 330, "north_america", true), Operator.of("frank", 390, "south_america", false));
    }

    static AllocationRequest sharding(byte[] seed, long epoch) {
        return new AllocationRequest(shardingOperators(), BigInteger.valueOf(100),
                List.of(new GroupSpec("shards", "shard{index}", 4, 5)), "worker", 20, seed, epoch);
    }

    /** {@code count} operators with stakes drawn from the seed stream of {@code i}: 1 to 40 units plus a remainder. */
    static List<Operator> randomOperators(int i, int count, long unit) {
        SeedStream stream = new SeedStream(seed(i), 0, "test-operators");
        List<Operator> operators = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            long stake = (1 + stream.uniform(40)) * unit + stream.uniform((int) unit);
            operators.add(new Operator("op" + k, BigInteger.valueOf(stake), CONTINENTS[stream.uniform(CONTINENTS.length)],
                    stream.uniform(3) == 0, stream.uniform(10) == 0));
        }
        return operators;
    }
}
