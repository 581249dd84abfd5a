package org.diac.cli.mapper;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.diac.chain.client.DiacLedger;
import org.diac.chain.client.EpochRecord;
import org.diac.chain.client.EpochTurn;
import org.diac.chain.client.Submitted;
import org.diac.mapper.allocation.Mapper;
import org.diac.mapper.allocation.TreeAllocationInput;
import org.diac.mapper.vrf.Ecvrf;
import org.diac.mapper.vrf.VrfSecretKey;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

/**
 * The mapper as the chain runs it: a document of W workers in S shards and N operators is published, one operator
 * (the signer, whose identity the network issued) registers a VRF key, and epochs are proposed in turn; every
 * endorsing peer verifies the proof and recomputes the allocation in the chaincode. Reported per epoch: the
 * endorsement (both organizations' peers, in parallel) apart from ordering and commit.
 */
final class MapperChainBenchmark {

    /** The measured epochs of one size: endorsement and endorse-to-commit times in ms, and the in-process time. */
    record Result(int workers, int shards, int operators, double inProcessMs, List<Double> endorseMs, List<Double> totalMs) {
    }

    private final DiacLedger ledger;
    private final String signer;
    private final Map<String, Object> signerIdentity;
    private final Consumer<String> progress;

    MapperChainBenchmark(DiacLedger ledger, String signer, Map<String, Object> signerIdentity, Consumer<String> progress) {
        this.ledger = ledger;
        this.signer = signer;
        this.signerIdentity = signerIdentity;
        this.progress = progress;
    }

    Result run(String name, int workers, int shards, int operators, int runs) {
        Map<String, Object> tree = document(name, workers, shards, operators);
        progress.accept("publishing " + name + " (" + workers + " workers, " + operators + " operators)");
        ledger.publish(name, new Dump(DumpSettings.builder().build()).dumpToString(tree));
        VrfSecretKey key = VrfSecretKey.generate(new SecureRandom());
        ledger.registerVrfKey(name, signer, HexFormat.of().formatHex(key.publicKey().toBytes()));
        List<Double> endorse = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        for (int run = -1; run < runs; run++) { // one warm-up epoch, not counted
            progress.accept(name + ": epoch " + (run + 2) + " of " + (runs + 1));
            EpochTurn turn = ledger.nextEpoch(name);
            String proof = HexFormat.of().formatHex(Ecvrf.prove(key, HexFormat.of().parseHex(turn.alpha())).toBytes());
            long start = System.nanoTime();
            Submitted<EpochRecord> r = ledger.proposeEpoch(name, turn.epoch(), turn.alpha(), proof);
            long end = System.nanoTime();
            if (run >= 0) {
                endorse.add(r.endorseNanos() / 1e6);
                total.add((end - start) / 1e6);
            }
        }
        return new Result(workers, shards, operators, inProcess(tree), endorse, total);
    }

    /** The same allocation in this process (best of 5 after 2 warm-ups), for comparison. */
    private static double inProcess(Map<String, Object> tree) {
        TreeAllocationInput input = TreeAllocationInput.of(tree, null, new byte[32], 1);
        if (!input.ok()) {
            throw new IllegalStateException("the benchmark document cannot be allocated: " + input.problems());
        }
        long best = Long.MAX_VALUE;
        for (int run = -2; run < 5; run++) {
            long start = System.nanoTime();
            Mapper.allocate(input.request());
            if (run >= 0) {
                best = Math.min(best, System.nanoTime() - start);
            }
        }
        return best / 1e6;
    }

    /**
     * A service template of {@code operators} operators (the first is the signer, with its identity; stakes buy
     * about 20 % more slots than workers), one NodeGroup of {@code shards} groups and one worker template.
     */
    Map<String, Object> document(String name, int workers, int shards, int operators) {
        long slotsEach = Math.max(1, (long) Math.ceil(1.2 * workers / operators));
        Map<String, Object> templates = new LinkedHashMap<>();
        for (int k = 0; k < operators; k++) {
            Map<String, Object> properties = new LinkedHashMap<>();
            if (k == 0) {
                properties.put("identity", signerIdentity);
            }
            properties.put("stake", 100 * (slotsEach + k % 3));
            templates.put(k == 0 ? signer : String.format("operator-%05d", k),
                    Map.of("type", TreeAllocationInput.OPERATOR, "properties", properties));
        }
        templates.put("shards", Map.of("type", TreeAllocationInput.NODE_GROUP,
                "properties", Map.of("name_pattern", "shard{index}", "occurrence", shards,
                        "members_per_group", (workers + shards - 1) / shards),
                "requirements", List.of(Map.of("composed_of", "worker"))));
        templates.put("worker", Map.of("type", TreeAllocationInput.WORKER, "capabilities", Map.of("scalable",
                Map.of("properties", Map.of("min_instances", 1, "max_instances", workers, "default_instances", workers)))));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("tosca_definitions_version", "tosca_simple_yaml_1_3");
        doc.put("metadata", Map.of("template_name", name));
        doc.put("topology_template", Map.of("node_templates", templates,
                "policies", List.of(Map.of("staking", Map.of("type", "diac.policies.Staking",
                        "properties", Map.of("unit_stake", 100))))));
        return doc;
    }
}
