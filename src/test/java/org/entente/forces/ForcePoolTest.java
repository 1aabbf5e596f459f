package org.entente.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.provenance.Translations;
import org.entente.register.PartialDate;
import org.junit.jupiter.api.Test;

class ForcePoolTest {

    private static ForcePool pool(Integer min, Integer max, List<CapacityGoal> goals) {
        return new ForcePool("P", "Pool", PoolKind.OTHER, PartialDate.parse("2009"), min, max, null, goals, List.of("SRC"), Translations.NONE);
    }

    @Test
    void aRangeDoesNotRunBackwards() {
        assertThatThrownBy(() -> pool(22_000, 17_000, List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("22000");
        assertThat(pool(17_000, 22_000, List.of()).personnelMax()).isEqualTo(22_000);
    }

    @Test
    void aPoolHasOneGoalPerCapability() {
        assertThatThrownBy(() -> pool(null, null, List.of(new CapacityGoal(Capability.INF, 100, 1), new CapacityGoal(Capability.INF, 200, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INF");
        assertThat(pool(null, null, List.of(new CapacityGoal(Capability.MED, 80, 1))).goal(Capability.MED)).isPresent();
        assertThat(pool(null, null, List.of()).goal(Capability.MED)).isEmpty();
    }
}
