package org.entente.mission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.mission.Contingent;
import org.entente.mission.ContingentTimeline;
import org.entente.mission.Mission;
import org.entente.register.StateCode;
import org.junit.jupiter.api.Test;

class MissionMapTest {

    static final GeoPoint MOSCOW = new GeoPoint(55.75, 37.62);

    static Contingent russiaWithTwoPackageUnitsAndOneNamedBySources() {
        return new Contingent(StateCode.of("RUS"), List.of(
                new Contingent.Unit.FromPackage("7", "45th Brigade company", Capability.values()[0], 100, 12),
                new Contingent.Unit.FromPackage("8", "31st Brigade company", Capability.values()[0], 120, 24),
                new Contingent.Unit.Recorded("98th Division elements", List.of("SRC"))), List.of(), null, ContingentTimeline.empty());
    }

    @Test
    void drawsTheTheatreAndTheKnownHomeBasesAndCountsTheUnitsWithoutOne() {
        Mission mission = MissionGanttTest.mission(MissionGanttTest.withdrawnHistory(), List.of(russiaWithTwoPackageUnitsAndOneNamedBySources()));

        MissionMap map = MissionMap.of(mission, Map.of("7", MOSCOW));

        assertThat(map.bases()).singleElement().satisfies(base -> {
            assertThat(base.state()).isEqualTo("RUS");
            assertThat(base.units()).containsExactly("45th Brigade company");
            assertThat(base.x()).isLessThan(map.theatre().x()).as("Moscow lies west of Almaty");
            assertThat(base.y()).isLessThan(map.theatre().y()).as("and north of it");
        });
        assertThat(map.unplaced()).isEqualTo(2);
        assertThat(map.theatre().name()).isEqualTo("Almaty");
        assertThat(map.theatre().x()).isBetween(0.0, (double) map.width());
    }

    @Test
    void withoutAKnownHomeBaseTheMapFramesTheTheatreAlone() {
        Mission mission = MissionGanttTest.mission(MissionGanttTest.withdrawnHistory(), List.of(russiaWithTwoPackageUnitsAndOneNamedBySources()));

        MissionMap map = MissionMap.of(mission, Map.of());

        assertThat(map.bases()).isEmpty();
        assertThat(map.unplaced()).isEqualTo(3);
        assertThat(map.theatre().x()).isBetween(map.projection().margin() * 1.0, map.projection().margin() + map.projection().plotWidth());
        assertThat(map.outlines().land()).isNotBlank();
    }
}
