package org.entente.forces.internal;

import java.util.ArrayList;
import java.util.List;
import org.entente.forces.GapAnalysis;
import org.entente.forces.Readiness;

/**
 * The geometry of a pool's gap analysis as a bar chart, in SVG user units: one row per capability, a bar
 * of the valid pledges' personnel stacked by readiness (pledged, verified, rapid deployment), and a
 * mark at the capacity goal where there is one; a personnel axis with round ticks on top. The page
 * writes the words.
 */
record GapChart(int width, int height, List<Row> rows, List<Tick> ticks, double plotLeft, double plotRight) {

    static final int LABEL_WIDTH = 60;
    static final int PLOT_WIDTH = 560;
    static final int TEXT_WIDTH = 380;
    static final int ROW_HEIGHT = 34;
    static final int BAR_HEIGHT = 18;
    static final int AXIS_HEIGHT = 26;

    record Segment(Readiness readiness, double x, double width, int units, int personnel) {
    }

    /** One capability: its bar segments, where its goal is marked (null without one), and where its text starts. */
    record Row(GapAnalysis.Line line, double y, List<Segment> segments, Double goalX, double textX) {
    }

    record Tick(int personnel, double x) {
    }

    static GapChart of(GapAnalysis analysis) {
        int most = 1;
        for (GapAnalysis.Line line : analysis.lines()) {
            most = Math.max(most, line.total().personnel());
            if (line.goal() != null) {
                most = Math.max(most, line.goal().personnel());
            }
        }
        int step = step(most);
        int axisEnd = (most + step - 1) / step * step;
        double scale = (double) PLOT_WIDTH / axisEnd;
        var rows = new ArrayList<Row>();
        for (int i = 0; i < analysis.lines().size(); i++) {
            GapAnalysis.Line line = analysis.lines().get(i);
            double x = LABEL_WIDTH;
            var segments = new ArrayList<Segment>();
            for (Readiness readiness : Readiness.values()) {
                GapAnalysis.Count count = line.at(readiness);
                if (count.units() > 0) {
                    double width = count.personnel() * scale;
                    segments.add(new Segment(readiness, x, width, count.units(), count.personnel()));
                    x += width;
                }
            }
            Double goalX = line.goal() == null ? null : LABEL_WIDTH + line.goal().personnel() * scale;
            rows.add(new Row(line, AXIS_HEIGHT + i * ROW_HEIGHT, segments, goalX, LABEL_WIDTH + PLOT_WIDTH + 12));
        }
        var ticks = new ArrayList<Tick>();
        for (int personnel = 0; personnel <= axisEnd; personnel += step) {
            ticks.add(new Tick(personnel, LABEL_WIDTH + personnel * scale));
        }
        return new GapChart(LABEL_WIDTH + PLOT_WIDTH + 12 + TEXT_WIDTH, AXIS_HEIGHT + rows.size() * ROW_HEIGHT + 6, rows, ticks,
                LABEL_WIDTH, LABEL_WIDTH + PLOT_WIDTH);
    }

    /** A round step (1, 2 or 5 times a power of ten) that divides {@code most} into at most five ticks. */
    static int step(int most) {
        int power = 1;
        while (true) {
            for (int factor : new int[] {1, 2, 5}) {
                if ((long) factor * power * 5 >= most) {
                    return factor * power;
                }
            }
            power *= 10;
        }
    }
}
