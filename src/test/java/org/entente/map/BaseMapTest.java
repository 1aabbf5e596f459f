package org.entente.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class BaseMapTest {

    /** The CSTO's members' capitals, padded and snapped as the map of home bases does: 20°E to 90°E, 30°N to 60°N. */
    private static Projection cstoAt900() {
        return Projection.fitting(new Extent(20, 30, 90, 60), 900, 520, 44);
    }

    /** A hand-written TopoJSON topology: two countries side by side (10°E to 12°E and 12°E to 14°E, 40°N to 41°N), quantized and delta-encoded, both rings clockwise, so that the east country uses their shared border (one arc) reversed. */
    private static BaseMap twoCountries() {
        return BaseMap.read(BaseMapTest.class.getResourceAsStream("/map/two-countries.topo.json"));
    }

    /** Ten units a degree from 0°E and 50°N, no margin: 12°E, 41°N is at 120, 90. */
    private static Projection tenUnitsADegree(double east) {
        return new Projection(new Extent(0, 30, east, 50), 10, 0);
    }

    private static String svgPoint(Projection projection, double longitude, double latitude) {
        return projection.x(longitude) + "," + projection.y(latitude);
    }

    @Test
    void decodesAQuantizedDeltaEncodedTopologyWithReversedArcs() {
        BaseMap.Outlines outlines = twoCountries().draw(tenUnitsADegree(20));

        assertThat(outlines.land()).isEqualTo("M120,90 140,90 140,100 120,100 100,100 100,90Z");
        assertThat(outlines.borders()).as("the arc both countries use, and only it").isEqualTo("M120,90 120,100");
        assertThat(twoCountries().country("001", tenUnitsADegree(20))).isEqualTo("M120,90 120,100 100,100 100,90Z");
        assertThat(twoCountries().country("002", tenUnitsADegree(20))).isEqualTo("M120,90 140,90 140,100 120,100Z");
        assertThat(twoCountries().country("003", tenUnitsADegree(20))).isEmpty();
    }

    @Test
    void clipsLandToThePlotAndAFewUnitsBeyond() {
        // The plot ends at 13°E (x 130); the drawing reaches 4 units beyond, to x 134.
        assertThat(twoCountries().draw(tenUnitsADegree(13)).land()).isEqualTo("M120,90 134,90 134,100 120,100 100,100 100,90Z");
        assertThat(twoCountries().draw(new Projection(new Extent(20, 30, 40, 50), 10, 0)).land()).as("nothing of it in the extent").isEmpty();
    }

    @Test
    void placesLongitudeAcrossAndLatitudeUpAtOneScale() {
        Projection projection = cstoAt900();

        assertThat(projection.scale()).as("900 units for 70 degrees, the height (30 degrees) then 386 units").isCloseTo(900.0 / 70, Offset.offset(1e-9));
        assertThat(projection.x(20)).isEqualTo(44);
        assertThat(projection.y(60)).isEqualTo(44);
        assertThat(projection.y(30)).isGreaterThan(projection.y(60));
        assertThat(projection.width()).isEqualTo(988);
        assertThat(projection.height()).isEqualTo((int) Math.ceil(44 + 30 * 900.0 / 70 + 44));
    }

    @Test
    void kazakhstansOutlineHoldsAlmatyAndNotMoscowNorBishkek() {
        Projection projection = cstoAt900();
        String kazakhstan = BaseMap.naturalEarth().country("398", projection);

        assertThat(SvgPaths.contains(kazakhstan, projection.x(76.95), projection.y(43.24))).as("Almaty, at " + svgPoint(projection, 76.95, 43.24)).isTrue();
        assertThat(SvgPaths.contains(kazakhstan, projection.x(71.45), projection.y(51.17))).as("Astana").isTrue();
        assertThat(SvgPaths.contains(kazakhstan, projection.x(37.62), projection.y(55.75))).as("Moscow").isFalse();
        assertThat(SvgPaths.contains(kazakhstan, projection.x(74.59), projection.y(42.87))).as("Bishkek, 200 km south-west of Almaty").isFalse();
    }

    @Test
    void theCaspianSeaIsWaterWithCoastsEastAndWest() {
        Projection projection = Projection.fitting(new Extent(44, 36, 58, 48), 900, 520, 44);
        String land = BaseMap.naturalEarth().draw(projection).land();

        assertThat(SvgPaths.contains(land, projection.x(51), projection.y(42))).as("the middle Caspian").isFalse();
        assertThat(SvgPaths.contains(land, projection.x(46), projection.y(44))).as("Kalmykia, west of the sea").isTrue();
        assertThat(SvgPaths.contains(land, projection.x(55), projection.y(44))).as("the Ustyurt plateau, east of it").isTrue();
        assertThat(SvgPaths.contains(land, projection.x(51), projection.y(36.5))).as("Iran, south of it").isTrue();
    }

    /**
     * Measured: the CSTO's extent draws about 11 KB (land 2.8, borders 8.1), 101 KB if nothing were clipped; the whole
     * world about 55 KB, 92 KB if nothing were simplified. The bounds (20 KB, 64 KB) leave room for a finer file or a
     * wider extent and fail if clipping or simplification stops working; either page stays below the size of the
     * Bootstrap stylesheet it loads anyway (about 230 KB).
     */
    @Test
    void drawsTheCstoInUnder20KilobytesAndTheWorldInUnder64() {
        BaseMap.Outlines csto = BaseMap.naturalEarth().draw(cstoAt900());
        BaseMap.Outlines world = BaseMap.naturalEarth().draw(Projection.fitting(Extent.world(), 900, 520, 44));

        assertThat(csto.land()).isNotEmpty();
        assertThat(csto.land().length() + csto.borders().length()).as("the CSTO's extent at 900 units").isLessThan(20_000);
        assertThat(world.land().length() + world.borders().length()).as("the whole world at 900 units").isLessThan(64_000);
    }

    @Test
    void refusesATopologyWhoseRingsDoNotClose() {
        String open = """
                {"type": "Topology", "objects": {"land": {"type": "Polygon", "arcs": [[0, 1]]}, "countries": {"type": "GeometryCollection", "geometries": []}},
                 "arcs": [[[0, 0], [1, 0]], [[1, 1], [0, 1]]]}""";

        assertThatThrownBy(() -> BaseMap.read(new ByteArrayInputStream(open.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("land");
    }

    @Test
    void refusesACountryCodeThatIsNotThreeDigits() {
        assertThatThrownBy(() -> BaseMap.naturalEarth().country("KAZ", cstoAt900())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnExtentTurnedInsideOut() {
        assertThatThrownBy(() -> new Extent(90, 30, 20, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Extent(20, 60, 90, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Extent(20, 30, 190, 60)).isInstanceOf(IllegalArgumentException.class);
    }
}
