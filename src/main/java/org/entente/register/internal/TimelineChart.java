package org.entente.register.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
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
 */
record TimelineChart(int width, int height, List<Row> rows, List<Tick> years, double todayX) {

    static final int LABEL_WIDTH = 70;
    static final int PLOT_WIDTH = 1000;
    static final int ROW_HEIGHT = 26;
    static final int BAR_HEIGHT = 16;
    static final int AXIS_HEIGHT = 24;

    record Row(StateCode state, double y, List<Segment> segments, List<Marker> markers) {
    }

    record Segment(Standing standing, double x, double width, String from, String until) {
    }

    record Marker(String eventId, MembershipEventType type, String date, double x) {
    }

    record Tick(int year, double x, boolean labelled) {
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

    static TimelineChart of(Membership membership, LocalDate today) {
        LocalDate start = membership.timeline().stream()
                .map(event -> event.date().date())
                .min(LocalDate::compareTo)
                .orElse(today)
                .withDayOfYear(1);
        LocalDate last = membership.timeline().stream().map(event -> event.date().date()).max(LocalDate::compareTo).orElse(today);
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
        return new TimelineChart(LABEL_WIDTH + PLOT_WIDTH + 10, AXIS_HEIGHT + rows.size() * ROW_HEIGHT + 4, rows, ticks, scale.x(today));
    }
}
