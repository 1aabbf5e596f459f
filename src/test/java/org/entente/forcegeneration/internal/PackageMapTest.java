package org.entente.forcegeneration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entente.forces.GeoPoint;
import org.junit.jupiter.api.Test;

class PackageMapTest {

    static final GeoPoint BATKEN = new GeoPoint(40.06, 70.82);
    static final GeoPoint BISHKEK = new GeoPoint(42.87, 74.59);
    static final GeoPoint MOSCOW = new GeoPoint(55.75, 37.62);

    static JdbcForceGeneration.PackageUnit unit(String id, String state, int etaHours) {
        return new JdbcForceGeneration.PackageUnit(id, "unit " + id, state, "ENG1", 100, etaHours, "secretariat", Instant.parse("2026-12-05T06:00:00Z"),
                false);
    }

    @Test
    void eachUnitsRouteRunsFromItsHomeBaseToTheTheatre() {
        PackageMap map = PackageMap.of(BATKEN, List.of(unit("1", "KGZ", 14), unit("2", "RUS", 30)), Map.of("1", BISHKEK, "2", MOSCOW));

        assertThat(map.routes()).extracting(PackageMap.Route::unitId).containsExactly("1", "2");
        for (PackageMap.Route route : map.routes()) {
            assertThat(route.x2()).as("ends at the theatre").isEqualTo(map.theatre().x());
            assertThat(route.y2()).isEqualTo(map.theatre().y());
            assertThat(route.x1()).as("starts at its base").isCloseTo(map.projection().x(route.base().lon()), within(1e-9));
            assertThat(route.y1()).isCloseTo(map.projection().y(route.base().lat()), within(1e-9));
        }
        PackageMap.Route fromMoscow = map.routes().get(1);
        assertThat(fromMoscow.x1()).as("Moscow lies west of Batken").isLessThan(map.theatre().x());
        assertThat(fromMoscow.y1()).as("and north of it").isLessThan(map.theatre().y());
        assertThat(fromMoscow.etaHours()).isEqualTo(30);
        assertThat(map.unplaced()).isZero();
    }

    @Test
    void twoUnitsFromOneBaseHaveARouteEach() {
        PackageMap map = PackageMap.of(BATKEN, List.of(unit("1", "KGZ", 14), unit("2", "KGZ", 20)), Map.of("1", BISHKEK, "2", BISHKEK));

        assertThat(map.routes()).hasSize(2);
    }

    @Test
    void everyBaseAndTheTheatreLieWithinThePlot() {
        PackageMap map = PackageMap.of(BATKEN, List.of(unit("1", "KGZ", 14), unit("2", "RUS", 30)), Map.of("1", BISHKEK, "2", MOSCOW));
        double left = map.projection().margin();
        double right = left + map.projection().plotWidth();
        double top = map.projection().margin();
        double bottom = top + map.projection().plotHeight();

        for (PackageMap.Route route : map.routes()) {
            assertThat(route.x1()).isBetween(left, right);
            assertThat(route.y1()).isBetween(top, bottom);
        }
        assertThat(map.theatre().x()).isBetween(left, right);
        assertThat(map.theatre().y()).isBetween(top, bottom);
        assertThat(map.outlines().land()).isNotBlank();
    }

    @Test
    void aUnitWithoutAKnownHomeBaseHasNoRouteAndIsCounted() {
        PackageMap map = PackageMap.of(BATKEN, List.of(unit("1", "KGZ", 14), unit("2", "RUS", 30)), Map.of("1", BISHKEK));

        assertThat(map.routes()).extracting(PackageMap.Route::unitId).containsExactly("1");
        assertThat(map.unplaced()).isEqualTo(1);
    }
}
