package org.entente.mission.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.entente.mission.Headline;
import org.entente.mission.ReportedFigure;
import org.entente.mission.internal.MissionViews.FigureView;

/**
 * A casualty headline over time, in SVG user units: every figure of its preferred series a point where it entered the
 * record (x, by day, UTC) at its count (y, from zero), joined in the order they entered it (points listed in the order of
 * the revisions, which a correction of an earlier report may break); the other reporters' current
 * figures as points of their own, never joined to it nor added to it. The headlines of one mission share the time axis, so
 * that their charts read side by side; each has its own count axis. The page writes the words.
 */
record CasualtyChart(String category, String population, int width, int height, double plotLeft, double plotRight, double plotTop,
                     double plotBottom, List<Point> points, String line, List<DayTick> days, List<CountTick> counts) {

    static final int LEFT = 52;
    static final int PLOT_WIDTH = 360;
    static final int RIGHT = 16;
    static final int TOP = 10;
    static final int PLOT_HEIGHT = 120;
    static final int BOTTOM = 24;

    /** A figure on the chart: where, which figure, and whether it belongs to the headline's preferred series. */
    record Point(double x, double y, FigureView figure, boolean preferred) {
    }

    record DayTick(LocalDate day, double x) {
    }

    record CountTick(long count, double y) {
    }

    /** One chart per headline, in their order, on one time axis from the first figure's day to the day after the last's. */
    static List<CasualtyChart> of(List<Headline> headlines) {
        var instants = headlines.stream().flatMap(headline -> figures(headline).stream()).map(ReportedFigure::recordedAt).toList();
        if (instants.isEmpty()) {
            return List.of();
        }
        LocalDate first = day(instants.stream().min(Instant::compareTo).orElseThrow()).minusDays(1);
        LocalDate last = day(instants.stream().max(Instant::compareTo).orElseThrow()).plusDays(2);
        double scale = (double) PLOT_WIDTH / (last.toEpochDay() - first.toEpochDay());
        var days = new ArrayList<DayTick>();
        long span = last.toEpochDay() - first.toEpochDay();
        long every = span <= 10 ? 1 : span <= 20 ? 2 : span <= 70 ? 7 : 30;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(every)) {
            days.add(new DayTick(day, LEFT + (day.toEpochDay() - first.toEpochDay()) * scale));
        }
        return headlines.stream().map(headline -> chart(headline, first, scale, days)).toList();
    }

    private static CasualtyChart chart(Headline headline, LocalDate first, double scale, List<DayTick> days) {
        long most = Math.max(1, figures(headline).stream().mapToLong(figure -> figure.count().value()).max().orElse(1));
        long step = step(most);
        long axisEnd = (most + step - 1) / step * step;
        double bottom = TOP + PLOT_HEIGHT;
        var points = new ArrayList<Point>();
        for (ReportedFigure figure : headline.history()) {
            points.add(point(figure, true, first, scale, axisEnd, bottom));
        }
        var line = new StringBuilder();
        points.stream().sorted(java.util.Comparator.comparingDouble(Point::x)).forEach(point ->
                line.append(line.isEmpty() ? "M" : " L").append(round(point.x())).append(' ').append(round(point.y())));
        headline.currentFigures().stream().skip(1).forEach(figure -> points.add(point(figure, false, first, scale, axisEnd, bottom)));
        var counts = new ArrayList<CountTick>();
        for (long count = 0; count <= axisEnd; count += step) {
            counts.add(new CountTick(count, bottom - (double) count / axisEnd * PLOT_HEIGHT));
        }
        return new CasualtyChart(headline.category().code(), headline.population().code(), LEFT + PLOT_WIDTH + RIGHT, TOP + PLOT_HEIGHT + BOTTOM,
                LEFT, LEFT + PLOT_WIDTH, TOP, bottom, points, line.toString(), days, counts);
    }

    private static Point point(ReportedFigure figure, boolean preferred, LocalDate first, double scale, long axisEnd, double bottom) {
        Instant at = figure.recordedAt();
        double days = (at.getEpochSecond() - first.atStartOfDay(ZoneOffset.UTC).toEpochSecond()) / 86400.0;
        return new Point(LEFT + days * scale, bottom - (double) figure.count().value() / axisEnd * PLOT_HEIGHT, FigureView.of(figure), preferred);
    }

    /** Every figure a headline's chart shows: its preferred series' history and the other series' current figures. */
    private static List<ReportedFigure> figures(Headline headline) {
        var figures = new ArrayList<>(headline.history());
        figures.addAll(headline.currentFigures().subList(1, headline.currentFigures().size()));
        return figures;
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    /** A round step (1, 2 or 5 times a power of ten) that divides {@code most} into at most four ticks. */
    static long step(long most) {
        long power = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (factor * power * 4 >= most) {
                    return factor * power;
                }
            }
            power *= 10;
        }
    }
}
