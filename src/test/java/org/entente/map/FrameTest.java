package org.entente.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameTest {

    private static final double[] ALMATY = {43.24, 76.95};
    private static final double[] MINSK = {53.90, 27.57};

    @Test
    void framesThePlacesOnTheGraticuleAroundThem() {
        Frame frame = Frame.around(List.of(ALMATY, MINSK), place -> place[0], place -> place[1], 900, 460, 44);

        assertThat(frame.projection().extent()).isEqualTo(Graticule.around(27.57, 43.24, 76.95, 53.90).extent());
        assertThat(frame.width()).isEqualTo(frame.projection().width()).isLessThanOrEqualTo(900 + 2 * 44);
        assertThat(frame.meridians()).isNotEmpty();
        assertThat(frame.outlines().land()).isNotBlank();
    }

    @Test
    void placesAreDrawnWhereTheProjectionPutsThem() {
        Frame frame = Frame.around(List.<double[]>of(ALMATY), place -> place[0], place -> place[1], 900, 460, 44);

        assertThat(frame.x(ALMATY[1])).isEqualTo(frame.projection().x(ALMATY[1]));
        assertThat(frame.y(ALMATY[0])).isEqualTo(frame.projection().y(ALMATY[0]));
    }
}
