package org.entente.mission.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.mission.Contingent;
import org.entente.mission.ContingentTimeline;
import org.entente.mission.ContingentTimeline.Milestone;
import org.entente.mission.Mission;
import org.entente.mission.MissionFormat;
import org.entente.mission.MissionState;
import org.entente.mission.Moment;
import org.entente.mission.Slip;
import org.entente.register.DatePrecision;
import org.entente.register.PartialDate;

/**
 * A mission's timeline as a Gantt chart, in SVG user units: a row for the whole mission (its mandate as planned, its
 * deployment as it happened, and a mark for each step of its lifecycle) and a row per contingent (its planned
 * milestones, first to last, above its reported ones). Days are counted in the theatre's time zone. A date the
 * sources give only to the month (or year) spans that whole month and is drawn fuzzy: the part of a bar it may fall
 * on is hatched. A bar that has not ended by the day the chart is drawn for runs to that day, open. A late arrival
 * carries its slip. The page writes the words.
 */
record MissionGantt(int width, int height, double plotLeft, double plotRight, List<Tick> ticks, List<Row> rows, double dayX, LocalDate day) {

    static final int LABEL_WIDTH = 64;
    static final int PLOT_WIDTH = 700;
    static final int RIGHT_MARGIN = 16;
    static final int AXIS_HEIGHT = 28;
    static final int ROW_HEIGHT = 40;
    static final double MIN_BAR = 3;

    /** A day on the time axis, and whether its label is shown. */
    record Tick(LocalDate day, double x) {
    }

    /**
     * A bar from {@code x1} to {@code x2}: certainly covered from {@code solidX1} to {@code solidX2}; where its start or its
     * end is known only to the month, the stretch it may fall in is {@code fuzzyStart} or {@code fuzzyEnd} (drawn hatched).
     * {@code from} and {@code until} as the sources date them ({@code until} null while it runs on, {@code open}).
     */
    record Bar(double x1, double x2, double solidX1, double solidX2, boolean fuzzyStart, boolean fuzzyEnd, String from, String until, boolean open) {
        public double width() {
            return Math.max(MIN_BAR, x2 - x1);
        }

        public double solidWidth() {
            return Math.max(solidX2 > solidX1 ? MIN_BAR : 0, solidX2 - solidX1);
        }

        public boolean fuzzy() {
            return fuzzyStart || fuzzyEnd;
        }
    }

    /** A step of the mission's lifecycle on its row: the stretch of days its date may fall on (one day, or a month); fuzzy ones come first, drawn under the exact. */
    record Mark(String status, String on, double x1, double x2, boolean fuzzy) {
        public double width() {
            return Math.max(MIN_BAR, x2 - x1);
        }
    }

    /** An arrival later than planned: where it is marked, and by how much (hours, or whole days where a date is only to the day). */
    record Late(double x, long hours, boolean toTheDay) {
        public long days() {
            return hours / 24;
        }
    }

    /** A row: the mission (state null) or a contingent; its planned and actual bars (null where none), its marks and its slip. */
    record Row(String state, double y, Bar planned, Bar actual, List<Mark> marks, Late late) {
        public boolean mission() {
            return state == null;
        }
    }

    /** The chart of {@code mission} drawn for {@code day} (today, or the day the record is read as known at). */
    static MissionGantt of(Mission mission, LocalDate day) {
        ZoneId zone = mission.theatre().zone();
        boolean over = mission.status().isFinal();
        var spans = new ArrayList<Span>();
        spans.add(Span.of(mission.period().current().from()));
        if (mission.period().current().until() != null) {
            spans.add(Span.of(mission.period().current().until()));
        }
        mission.history().forEach(state -> spans.add(Span.of(state.step().on())));
        for (Contingent contingent : mission.contingents()) {
            contingent.timeline().planned().values().forEach(moment -> spans.add(Span.of(moment, zone)));
            contingent.timeline().actual().values().forEach(reported -> spans.add(Span.of(reported.at(), zone)));
        }
        double first = spans.stream().mapToDouble(Span::from).min().orElseThrow();
        double last = spans.stream().mapToDouble(Span::until).max().orElseThrow();
        if (!over) {
            last = Math.max(last, day.toEpochDay() + 1);
        }
        LocalDate start = LocalDate.ofEpochDay((long) Math.floor(first) - 1);
        LocalDate end = LocalDate.ofEpochDay((long) Math.ceil(last) + 1);
        Axis axis = new Axis(start, (double) PLOT_WIDTH / (end.toEpochDay() - start.toEpochDay()));
        double openEnd = over ? axis.x(last) : axis.x(day.toEpochDay() + 1);

        var rows = new ArrayList<Row>();
        var mandate = mission.period().current();
        Bar planned = axis.bar(Span.of(mandate.from()), mandate.until() == null ? null : Span.of(mandate.until()),
                mandate.from().toString(), mandate.until() == null ? null : mandate.until().toString(), axis.x(end.toEpochDay()));
        Optional<MissionState> deploying = mission.history().stream().filter(state -> state.status() == MissionState.Status.DEPLOYING).findFirst();
        Optional<MissionState> ended = mission.history().stream().filter(state -> state.status().isFinal()).findFirst();
        Bar deployed = deploying.map(from -> axis.bar(Span.of(from.step().on()), ended.map(until -> Span.of(until.step().on())).orElse(null),
                from.step().on().toString(), ended.map(until -> until.step().on().toString()).orElse(null), openEnd)).orElse(null);
        List<Mark> marks = mission.history().stream().map(state -> {
            Span span = Span.of(state.step().on());
            return new Mark(state.status().code(), state.step().on().toString(), axis.x(span.from()), axis.x(span.until()), span.fuzzy());
        }).sorted(java.util.Comparator.comparing(mark -> !mark.fuzzy())).toList();
        rows.add(new Row(null, AXIS_HEIGHT, planned, deployed, marks, null));

        for (Contingent contingent : mission.contingents()) {
            ContingentTimeline timeline = contingent.timeline();
            Bar plan = bar(axis, timeline.planned(), zone, openEnd, false);
            var reported = new java.util.EnumMap<Milestone, Moment>(Milestone.class);
            timeline.actual().forEach((milestone, report) -> reported.put(milestone, report.at()));
            boolean home = reported.containsKey(Milestone.WITHDRAWAL_COMPLETE);
            Bar actual = bar(axis, reported, zone, openEnd, !home && !over);
            Late late = timeline.arrivalSlip(zone).map(slip -> late(axis, slip, timeline.actual().get(Milestone.ARRIVAL).at(), zone)).orElse(null);
            rows.add(new Row(contingent.state().value(), AXIS_HEIGHT + rows.size() * ROW_HEIGHT, plan, actual, List.of(), late));
        }
        return new MissionGantt(LABEL_WIDTH + PLOT_WIDTH + RIGHT_MARGIN, AXIS_HEIGHT + rows.size() * ROW_HEIGHT + 4, LABEL_WIDTH,
                LABEL_WIDTH + PLOT_WIDTH, axis.ticks(start, end), rows, axis.x(day.toEpochDay()), day);
    }

    /** The bar from the first to the last of {@code milestones}; open to {@code openEnd} where it runs on; null without milestones. */
    private static Bar bar(Axis axis, Map<Milestone, Moment> milestones, ZoneId zone, double openEnd, boolean runsOn) {
        if (milestones.isEmpty()) {
            return null;
        }
        var moments = new ArrayList<>(milestones.values());
        Moment first = moments.getFirst();
        Moment last = moments.getLast();
        boolean single = moments.size() == 1;
        String from = MissionFormat.text(first);
        if (runsOn) {
            return axis.bar(Span.of(first, zone), null, from, null, Math.max(openEnd, axis.x(Span.of(first, zone).until())));
        }
        return axis.bar(Span.of(first, zone), single ? null : Span.of(last, zone), from, single ? from : MissionFormat.text(last), axis.x(Span.of(first, zone).until()));
    }

    private static Late late(Axis axis, Slip slip, Moment arrival, ZoneId zone) {
        return new Late(axis.x(Span.of(arrival, zone).until()), slip.size().toHours(), slip.toTheDay());
    }

    /** The stretch of days (epoch days, fractional for an instant) a date may fall on, and whether it is coarser than a day. */
    record Span(double from, double until, boolean fuzzy) {
        static Span of(PartialDate date) {
            return new Span(date.date().toEpochDay(), date.lastDay().toEpochDay() + 1, date.precision() != DatePrecision.DAY);
        }

        static Span of(Moment moment, ZoneId zone) {
            return switch (moment) {
                case Moment.On(var date) -> of(date);
                case Moment.At(var instant) -> {
                    LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
                    double at = local.toLocalDate().toEpochDay() + local.toLocalTime().toSecondOfDay() / 86400.0;
                    yield new Span(at, at, false);
                }
            };
        }
    }

    /** Epoch days to x. */
    private record Axis(LocalDate start, double scale) {
        double x(double epochDay) {
            return LABEL_WIDTH + (epochDay - start.toEpochDay()) * scale;
        }

        /** A bar from {@code first} to {@code last} (null: open, to {@code openEnd}). */
        Bar bar(Span first, Span last, String from, String until, double openEnd) {
            double x1 = x(first.from());
            double solid1 = first.fuzzy() ? x(first.until()) : x1;
            if (last == null) {
                double x2 = Math.max(openEnd, solid1);
                return new Bar(x1, x2, solid1, x2, first.fuzzy(), false, from, until, until == null);
            }
            double x2 = x(last.until());
            double solid2 = last.fuzzy() ? x(last.from()) : x2;
            return new Bar(x1, x2, solid1, Math.max(solid1, solid2), first.fuzzy(), last.fuzzy(), from, until, false);
        }

        /** Ticks on days: every day, or every 2, 7, 14 days, or on the first of every 1, 3, 6 or 12 months, to at most 16 labels. */
        List<Tick> ticks(LocalDate from, LocalDate until) {
            long days = until.toEpochDay() - from.toEpochDay();
            var ticks = new ArrayList<Tick>();
            for (int step : new int[] {1, 2, 7, 14}) {
                if (days / step <= 16) {
                    for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(step)) {
                        ticks.add(new Tick(day, x(day.toEpochDay())));
                    }
                    return ticks;
                }
            }
            long months = days / 30;
            int step = months <= 16 ? 1 : months <= 48 ? 3 : months <= 96 ? 6 : 12;
            LocalDate month = from.withDayOfMonth(1).plusMonths(1);
            for (LocalDate day = month; !day.isAfter(until); day = day.plusMonths(step)) {
                ticks.add(new Tick(day, x(day.toEpochDay())));
            }
            return ticks;
        }
    }
}
