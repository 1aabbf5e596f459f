package org.entente.register.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import org.entente.register.ExerciseTimeline;
import org.entente.register.Membership;
import org.entente.register.MembershipEvent;
import org.entente.register.MembershipEventType;
import org.entente.register.MembershipHistory;
import org.entente.register.Standing;
import org.entente.register.StateCode;

/**
 * The geometry of the membership timeline: one bar per state across the years, a segment per
 * standing period (member, participation frozen, suspended pending a decision, suspended, observer, partner) and a tick per event,
 * in SVG user units. Open periods run to the end of the axis. The states' labels take the first {@link #labelWidth()} units and
 * the plot the rest ({@link #plotWidth()}), so that a page may keep the labels in view while the plot scrolls beside them.
 * Below the states, the organization's exercises on the same axis: a mark per exercise from its first to its last day (at
 * least {@link #MIN_MARK_WIDTH} wide), its link a target at least {@link #MIN_TARGET} wide and a row tall, in as few lanes as keep
 * targets from overlapping.
 */
record TimelineChart(int width, int height, List<Row> rows, List<Tick> years, double todayX, List<ExerciseMark> exercises, List<Double> lanes) {

    static final int LABEL_WIDTH = 70;
    static final int PLOT_WIDTH = 1000;
    static final int ROW_HEIGHT = 26;
    static final int BAR_HEIGHT = 16;
    static final int AXIS_HEIGHT = 24;
    static final int MIN_MARK_WIDTH = 4;
    /** The least width of an exercise's link (as tall as a row): a target a finger can hit (WCAG 2.5.8, 24 px). */
    static final int MIN_TARGET = 24;

    record Row(StateCode state, double y, List<Segment> segments, List<Marker> markers) {
    }

    record Segment(Standing standing, double x, double width, String from, String until) {
    }

    record Marker(String eventId, MembershipEventType type, String date, double x) {
    }

    record Tick(int year, double x, boolean labelled) {
    }

    /**
     * An exercise's mark: from its first day ({@code from}) to its last ({@code to}, empty where only its start is known); an exercise
     * that was not held (planned, postponed, cancelled) is drawn hollow.
     */
    record ExerciseMark(String id, String name, String status, String from, String to, double x, double width, double hitX, double hitWidth,
                        double y) {
    }

    /** The width of the states' labels, left of the plot. */
    public int labelWidth() {
        return LABEL_WIDTH;
    }

    /** The height of a state's row, its label's and its bar's. */
    public int rowHeight() {
        return ROW_HEIGHT;
    }

    /** The width of the plot: the years' axis, the bars and the ticks, right of the labels. */
    public int plotWidth() {
        return width - LABEL_WIDTH;
    }

    static TimelineChart of(Membership membership, List<ExerciseTimeline.Mark> exercises, LocalDate today) {
        LocalDate start = java.util.stream.Stream.concat(membership.timeline().stream().map(event -> event.date().date()),
                        exercises.stream().map(exercise -> exercise.from().date()))
                .min(LocalDate::compareTo)
                .orElse(today)
                .withDayOfYear(1);
        LocalDate last = java.util.stream.Stream.concat(membership.timeline().stream().map(event -> event.date().date()),
                exercises.stream().map(ExerciseTimeline.Mark::lastDay)).max(LocalDate::compareTo).orElse(today);
        LocalDate end = (last.isAfter(today) ? last : today).plusYears(1).withDayOfYear(1);
        double days = ChronoUnit.DAYS.between(start, end);
        var scale = new Object() {
            double x(LocalDate day) {
                LocalDate clamped = day.isAfter(end) ? end : day;
                return LABEL_WIDTH + PLOT_WIDTH * ChronoUnit.DAYS.between(start, clamped) / days;
            }
        };
        List<MembershipHistory> histories = List.copyOf(membership.histories().values());
        List<Row> rows = IntStream.range(0, histories.size()).mapToObj(i -> {
            MembershipHistory history = histories.get(i);
            List<Segment> segments = history.standingPeriods().stream()
                    .filter(period -> !period.period().isEmpty())
                    .map(period -> {
                        double x = scale.x(period.period().from().date());
                        double to = scale.x(period.period().until() == null ? end : period.period().until().date());
                        return new Segment(period.standing(), x, Math.max(to - x, 1), period.period().from().toString(),
                                period.period().until() == null ? "" : period.period().until().toString());
                    })
                    .toList();
            List<Marker> markers = history.events().stream()
                    .map((MembershipEvent event) -> new Marker(event.id(), event.type(), event.date().toString(), scale.x(event.date().date())))
                    .toList();
            return new Row(history.state(), AXIS_HEIGHT + i * ROW_HEIGHT, segments, markers);
        }).toList();
        int span = end.getYear() - start.getYear();
        int every = span > 40 ? 10 : span > 15 ? 5 : span > 6 ? 2 : 1;
        List<Tick> ticks = IntStream.rangeClosed(start.getYear(), end.getYear())
                .mapToObj(year -> new Tick(year, scale.x(LocalDate.of(year, 1, 1)), year % every == 0))
                .toList();
        double lanesTop = AXIS_HEIGHT + rows.size() * ROW_HEIGHT;
        var laneEnds = new java.util.ArrayList<Double>();
        var marks = new java.util.ArrayList<ExerciseMark>();
        for (ExerciseTimeline.Mark exercise : exercises) {
            double x = scale.x(exercise.from().date());
            double width = Math.max(scale.x(exercise.lastDay().plusDays(1)) - x, MIN_MARK_WIDTH);
            // Its link's target: at least MIN_TARGET wide, centred on the mark; targets of one lane never overlap.
            double hitWidth = Math.max(width, MIN_TARGET);
            double hitX = x + width / 2 - hitWidth / 2;
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > hitX) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(hitX + hitWidth);
            } else {
                laneEnds.set(lane, hitX + hitWidth);
            }
            marks.add(new ExerciseMark(exercise.id(), exercise.name(), exercise.status(), exercise.from().toString(),
                    exercise.to() == null ? "" : exercise.to().toString(), x, width, hitX, hitWidth, lanesTop + lane * ROW_HEIGHT));
        }
        List<Double> lanes = IntStream.range(0, laneEnds.size()).mapToObj(lane -> lanesTop + lane * ROW_HEIGHT).toList();
        return new TimelineChart(LABEL_WIDTH + PLOT_WIDTH + 10, (int) lanesTop + lanes.size() * ROW_HEIGHT + 4, rows, ticks, scale.x(today),
                marks, lanes);
    }
}
