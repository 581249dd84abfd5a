package org.diac.mapper.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.diac.mapper.allocation.GroupSpec.Group;
import org.junit.jupiter.api.Test;

/** Group names and sizes from occurrence, members_per_group and name_pattern. */
class GroupSpecTest {

    @Test
    void theIndexPlaceholderNumbersTheGroupsFromOne() {
        assertEquals(List.of(new Group("shard1", 5), new Group("shard2", 5)), new GroupSpec("shards", "shard{index}", 2, 5).resolve(10));
    }

    @Test
    void aMissingOccurrenceFollowsFromMembersPerGroup() {
        assertEquals(3, new GroupSpec("shards", "s{index}", null, 4).resolve(10).size());
    }

    @Test
    void aMissingMembersPerGroupSharesTheWorkersRoundedUp() {
        assertEquals(List.of(new Group("c1", 4), new Group("c2", 4), new Group("c3", 4)), new GroupSpec("c", null, 3, null).resolve(10));
    }

    @Test
    void aPatternWithoutPlaceholderGetsTheNumberAppended() {
        assertEquals("committee2", new GroupSpec("c", "committee", 2, 1).resolve(2).get(1).name());
        assertEquals("committee", new GroupSpec("c", "committee", 1, 1).resolve(1).get(0).name());
    }
}
