package org.diac.mapper.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/** The record shape is the JSON shape issue 11 asks of {@code diac map --format json}. */
class AllocationJsonTest {

    @Test
    void anAllocationSerializesToEpochSeedAndAssignments() {
        Allocation allocation = Mapper.allocate(Fixtures.sharding(Fixtures.seed(1), 7));
        JsonObject json = new Gson().toJsonTree(allocation).getAsJsonObject();
        assertEquals(Set.of("epoch", "seed", "assignments"), json.keySet());
        assertEquals(7, json.get("epoch").getAsLong());
        assertEquals(64, json.get("seed").getAsString().length());
        JsonObject first = json.getAsJsonArray("assignments").get(0).getAsJsonObject();
        assertEquals(Set.of("instance", "group", "operator", "template"), first.keySet());
        assertEquals(List.of("shard1-1", "shard1", "worker"),
                List.of(first.get("instance").getAsString(), first.get("group").getAsString(), first.get("template").getAsString()));
        assertEquals(allocation, new Gson().fromJson(json, Allocation.class));
    }
}
