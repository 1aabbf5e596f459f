package org.entente.forces.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.entente.forces.Capability;
import org.entente.forces.Caveats;
import org.entente.forces.GeoPoint;
import org.entente.forces.Pledge;
import org.entente.forces.PledgeTerms;
import org.entente.forces.PoolFixtures;
import org.entente.forces.Readiness;
import org.entente.forces.Transport;
import org.entente.map.BaseMap;
import org.entente.map.SvgPaths;
import org.junit.jupiter.api.Test;

class HomeBaseMapTest {

    private static final GeoPoint ALMATY = new GeoPoint(43.24, 76.95);
    private static final GeoPoint MINSK = new GeoPoint(53.90, 27.57);

    private static Pledge pledgeAt(long id, GeoPoint homeBase) {
        return PoolFixtures.pledge(id, new PledgeTerms("NLP-RRF", "unit " + id, Capability.INF, 300, List.of(), 48, homeBase, Transport.LAND, Caveats.NONE,
                PoolFixtures.TODAY.plusYears(1)), Readiness.PLEDGED);
    }

    @Test
    void drawsEachDotInsideItsCountrysOutlineOnTheOneProjection() {
        HomeBaseMap map = HomeBaseMap.of(List.of(pledgeAt(1, ALMATY), pledgeAt(2, MINSK)));
        HomeBaseMap.Base almaty = map.bases().stream().filter(base -> base.point().equals(ALMATY)).findFirst().orElseThrow();
        HomeBaseMap.Base minsk = map.bases().stream().filter(base -> base.point().equals(MINSK)).findFirst().orElseThrow();

        String kazakhstan = BaseMap.naturalEarth().country("398", map.projection());
        String belarus = BaseMap.naturalEarth().country("112", map.projection());
        assertThat(SvgPaths.contains(kazakhstan, almaty.x(), almaty.y())).as("Almaty's dot in Kazakhstan").isTrue();
        assertThat(SvgPaths.contains(belarus, minsk.x(), minsk.y())).as("Minsk's dot in Belarus").isTrue();
        assertThat(SvgPaths.contains(kazakhstan, minsk.x(), minsk.y())).as("Minsk's dot not in Kazakhstan").isFalse();
    }

    @Test
    void drawsCoastlinesAndBordersWithinTheBasesExtent() {
        HomeBaseMap map = HomeBaseMap.of(List.of(pledgeAt(1, ALMATY), pledgeAt(2, MINSK)));

        assertThat(map.outlines().land()).startsWith("M");
        assertThat(map.outlines().borders()).startsWith("M");
        assertThat(map.width()).isEqualTo(map.projection().width());
        assertThat(SvgPaths.subpaths(map.outlines().land()).stream().flatMapToDouble(Arrays::stream).max().orElseThrow())
                .as("nothing drawn far beyond the plot").isLessThanOrEqualTo(map.width());
    }
}
