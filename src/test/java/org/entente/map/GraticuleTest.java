package org.entente.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GraticuleTest {

    @Test
    void framesOnePlaceInTwentyFiveDegreesOnLinesFiveApart() {
        Graticule almaty = Graticule.around(76.95, 43.24, 76.95, 43.24);

        assertThat(almaty.step()).isEqualTo(5);
        assertThat(almaty.extent()).as("10 degrees each way, snapped outwards").isEqualTo(new Extent(65, 30, 90, 55));
    }

    @Test
    void spacesTheLinesTenApartBeyondSixtyDegrees() {
        Graticule minskToVladivostok = Graticule.around(27.57, 43.12, 131.89, 53.90);

        assertThat(minskToVladivostok.step()).isEqualTo(10);
        assertThat(minskToVladivostok.extent()).isEqualTo(new Extent(20, 30, 140, 60));
    }

    @Test
    void keepsTheFrameWithinTheEarth() {
        assertThat(Graticule.around(179, 88, 179, 88).extent()).isEqualTo(new Extent(165, 75, 180, 90));
    }

    @Test
    void drawsEachLineAcrossThePlotOnTheProjection() {
        Graticule graticule = Graticule.around(76.95, 43.24, 76.95, 43.24);
        Projection projection = Projection.fitting(graticule.extent(), 900, 520, 44);

        assertThat(graticule.meridians(projection)).extracting(Graticule.Line::degrees).containsExactly(65, 70, 75, 80, 85, 90);
        assertThat(graticule.parallels(projection)).extracting(Graticule.Line::degrees).containsExactly(30, 35, 40, 45, 50, 55);
        Graticule.Line seventyFive = graticule.meridians(projection).get(2);
        assertThat(seventyFive.x1()).isEqualTo(projection.x(75)).isEqualTo(seventyFive.x2());
        assertThat(seventyFive.y1()).as("from the north edge").isEqualTo(44);
        assertThat(seventyFive.y2()).as("to the south edge").isEqualTo(projection.y(30));
    }

    @Test
    void refusesAnExtentOffItsLines() {
        assertThatThrownBy(() -> new Graticule(new Extent(62, 30, 90, 55), 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
