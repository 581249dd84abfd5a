package org.diac.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.Assignment;
import org.diac.mapper.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diac:map}, {@code diac:plan} and {@code diac:export} with a seed (mapped on this machine, no chain) on the
 * example project's document: the files they write and what is in them.
 */
class OfflineGoalsTest {

    @TempDir
    Path out;

    private <T extends DiacMojo> T configure(T mojo) {
        mojo.basedir = Examples.shardingMaven().toFile();
        mojo.outputDirectory = out.toFile();
        return mojo;
    }

    private Allocation map(String seed) throws Exception {
        MapMojo map = configure(new MapMojo());
        map.seed = seed;
        map.epoch = 3;
        map.execute();
        return new Gson().fromJson(Files.readString(out.resolve("sharding-maven.allocation.json")), Allocation.class);
    }

    @Test
    void mapWritesEverySlotOfTheEpochAnOperatorAtMostOncePerShard() throws Exception {
        Allocation allocation = map(Examples.SEED);
        assertEquals(3, allocation.epoch());
        assertEquals(20, allocation.assignments().size());
        Map<String, List<Assignment>> byShard = allocation.assignments().stream()
                .collect(Collectors.groupingBy(Assignment::group));
        assertEquals(Set.of("shard1", "shard2", "shard3", "shard4"), byShard.keySet());
        for (List<Assignment> shard : byShard.values()) {
            assertEquals(5, shard.size());
            Set<String> operators = new HashSet<>();
            shard.forEach(a -> assertTrue(operators.add(a.operator()), "anti-affinity broken in " + shard));
        }
        assertEquals(allocation, map(Examples.SEED), "the same seed maps the same way");
    }

    @Test
    void aSeedThatIsNotThirtyTwoBytesFailsTheBuild() {
        MapMojo map = configure(new MapMojo());
        map.seed = "abcd";
        MojoFailureException e = assertThrows(MojoFailureException.class, map::execute);
        assertTrue(e.getMessage().contains("2 bytes; it must be 32"), e.getMessage());
    }

    @Test
    void planWritesTheWholePlanAndEachOperatorsShareWithItsScripts() throws Exception {
        PlanMojo plan = configure(new PlanMojo());
        plan.seed = Examples.SEED;
        plan.operators = List.of("carol");
        plan.execute();
        Plan whole = new Gson().fromJson(Files.readString(out.resolve("sharding-maven.plan.json")), Plan.class);
        Plan carol = new Gson().fromJson(Files.readString(out.resolve("sharding-maven.plan-carol.json")), Plan.class);
        assertTrue(carol.steps().size() < whole.steps().size());
        long starts = carol.steps().stream().filter(s -> "scripts/start.sh".equals(s.implementation())).count();
        // carol's stake of 350 buys 3 slots (unit_stake 100)
        assertEquals(3, starts, carol.toString());
        assertTrue(carol.steps().stream().filter(s -> "scripts/configure.sh".equals(s.implementation()))
                .allMatch(s -> s.inputs().get("shard") != null), "configure gets its shard");
    }

    @Test
    void exportWritesAnInstanceModelTheLanguageAccepts() throws Exception {
        ExportMojo export = configure(new ExportMojo());
        export.seed = Examples.SEED;
        export.execute();
        String model = Files.readString(out.resolve("sharding-maven.instances.yaml"));
        assertTrue(model.contains("shard4-5:"), model);
        assertTrue(model.contains("operated_by"), model);
    }
}
