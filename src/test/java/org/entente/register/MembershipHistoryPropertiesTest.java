package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Properties of the histories derived from random sequences of events of one state (drawn from fixed
 * seeds, so every run checks the same sequences and a failure names its seed), checked against
 * a model written here: the events replayed one by one in the documented order (date; the fixed
 * order of event kinds on one date; then id), each applied if {@link Transition} allows
 * it from the standing reached so far.
 */
class MembershipHistoryPropertiesTest {

    private static final StateCode STATE = StateCode.of("UZB");
    private static final LocalDate START = LocalDate.of(2000, 1, 1);
    private static final int MAX_EVENTS = 25;
    /** Days between one drawn event and the next: often none, so that many events share a date. */
    private static final int MAX_GAP = 4;

    /**
     * One drawn event: either a plausible next step of the lifecycle ({@code pick} chooses among
     * them) or {@code any} type at all; {@code gap} days after the previous one, and sometimes known
     * only to the month (which moves it to the first of its month, out of the drawn order).
     */
    record Draw(boolean plausible, int pick, MembershipEventType any, int gap, boolean monthPrecision) {
    }

    /** A plausible next event for each standing and where it leads, so that sequences get far; the rest is left to chance. */
    private static final Map<Standing, List<Map.Entry<MembershipEventType, Standing>>> PLAUSIBLE = Map.of(
            Standing.NOT_MEMBER, List.of(step(MembershipEventType.SIGNED, Standing.MEMBER), step(MembershipEventType.ACCEDED, Standing.MEMBER),
                    step(MembershipEventType.OBSERVER_GRANTED, Standing.OBSERVER), step(MembershipEventType.PARTNER_GRANTED, Standing.PARTNER)),
            Standing.MEMBER, List.of(step(MembershipEventType.ENTERED_INTO_FORCE, Standing.MEMBER), step(MembershipEventType.RENEWED, Standing.MEMBER),
                    step(MembershipEventType.PARTICIPATION_FROZEN, Standing.PARTICIPATION_FROZEN), step(MembershipEventType.SUSPENDED, Standing.SUSPENDED),
                    step(MembershipEventType.SUSPENDED_PENDING_DECISION, Standing.SUSPENDED_PENDING_DECISION),
                    step(MembershipEventType.WITHDREW, Standing.NOT_MEMBER), step(MembershipEventType.DID_NOT_RENEW, Standing.NOT_MEMBER),
                    step(MembershipEventType.STATEMENT, Standing.MEMBER)),
            Standing.PARTICIPATION_FROZEN, List.of(step(MembershipEventType.PARTICIPATION_RESUMED, Standing.MEMBER),
                    step(MembershipEventType.SUSPENDED, Standing.SUSPENDED), step(MembershipEventType.WITHDREW, Standing.NOT_MEMBER),
                    step(MembershipEventType.RENEWED, Standing.PARTICIPATION_FROZEN),
                    step(MembershipEventType.SUSPENDED_PENDING_DECISION, Standing.SUSPENDED_PENDING_DECISION)),
            Standing.SUSPENDED_PENDING_DECISION, List.of(step(MembershipEventType.SUSPENDED, Standing.SUSPENDED),
                    step(MembershipEventType.PARTICIPATION_RESUMED, Standing.MEMBER), step(MembershipEventType.WITHDREW, Standing.NOT_MEMBER)),
            Standing.SUSPENDED, List.of(step(MembershipEventType.REINSTATED, Standing.MEMBER), step(MembershipEventType.WITHDREW, Standing.NOT_MEMBER)),
            Standing.OBSERVER, List.of(step(MembershipEventType.OBSERVER_ENDED, Standing.NOT_MEMBER),
                    step(MembershipEventType.PARTNER_GRANTED, Standing.PARTNER), step(MembershipEventType.SIGNED, Standing.MEMBER)),
            Standing.PARTNER, List.of(step(MembershipEventType.PARTNER_ENDED, Standing.NOT_MEMBER),
                    step(MembershipEventType.OBSERVER_GRANTED, Standing.OBSERVER), step(MembershipEventType.ACCEDED, Standing.MEMBER)));

    private static Map.Entry<MembershipEventType, Standing> step(MembershipEventType type, Standing next) {
        return Map.entry(type, next);
    }

    private static final int TRIES = 400;

    /** The sequence drawn from {@code seed}: up to {@link #MAX_EVENTS} events, three in four of them plausible next steps. */
    static List<MembershipEvent> eventSequence(long seed) {
        var random = new Random(seed);
        var types = MembershipEventType.values();
        List<Draw> draws = IntStream.range(0, random.nextInt(MAX_EVENTS + 1))
                .mapToObj(i -> new Draw(random.nextInt(4) > 0, random.nextInt(8), types[random.nextInt(types.length)],
                        random.nextInt(MAX_GAP + 1), random.nextInt(6) == 0))
                .toList();
        return events(draws);
    }

    /** Checks {@code property} on the sequences of seeds 0 to {@code tries - 1}; a failure names the seed and the events. */
    private static void forEachSequence(int tries, Consumer<List<MembershipEvent>> property) {
        for (long seed = 0; seed < tries; seed++) {
            List<MembershipEvent> events = eventSequence(seed);
            try {
                property.accept(events);
            } catch (AssertionError failure) {
                throw new AssertionError("seed " + seed + ", events " + events + ": " + failure.getMessage(), failure);
            }
        }
    }

    private static List<MembershipEvent> events(List<Draw> draws) {
        var events = new ArrayList<MembershipEvent>();
        Standing intended = Standing.NOT_MEMBER;
        LocalDate date = START;
        for (int i = 0; i < draws.size(); i++) {
            Draw draw = draws.get(i);
            date = date.plusDays(draw.gap());
            MembershipEventType type = draw.any();
            if (draw.plausible()) {
                var steps = PLAUSIBLE.get(intended);
                var step = steps.get(draw.pick() % steps.size());
                type = step.getKey();
                intended = step.getValue();
            }
            PartialDate partial = draw.monthPrecision()
                    ? new PartialDate(date.withDayOfMonth(1), DatePrecision.MONTH)
                    : PartialDate.ofDay(date);
            events.add(new MembershipEvent(String.format("E%02d", i), STATE, type, partial, null, null, List.of("SRC")));
        }
        return events;
    }

    @Test
    void standingPeriodsAreInOrderAndNeverOverlap() {
        forEachSequence(TRIES, events -> {
            List<StandingPeriod> periods = MembershipHistory.derive(STATE, events).standingPeriods();

            for (int i = 0; i < periods.size(); i++) {
                Period period = periods.get(i).period();
                assertThat(period.until() == null || !period.until().date().isBefore(period.from().date())).isTrue();
                if (i < periods.size() - 1) {
                    Period next = periods.get(i + 1).period();
                    assertThat(period.until()).as("only the last period may be open: %s", periods).isNotNull();
                    assertThat(period.until().date()).as("periods in order without overlap: %s", periods).isBeforeOrEqualTo(next.from().date());
                }
                assertThat(periods.get(i).standing()).isNotEqualTo(Standing.NOT_MEMBER);
            }
        });
    }

    @Test
    void membershipPeriodsAreExactlyTheUnionsOfMemberAndFrozenPeriods() {
        forEachSequence(TRIES, events -> {
            MembershipHistory history = MembershipHistory.derive(STATE, events);
            List<StandingPeriod> memberships = history.membershipPeriods();

            // Every member or frozen standing period that holds a day lies within exactly one membership period ...
            for (StandingPeriod standing : history.standingPeriods()) {
                if (standing.period().isEmpty()) {
                    continue; // e.g. frozen and suspended on the same day: no day to place
                }
                long containing = memberships.stream().filter(membership -> within(standing.period(), membership.period())).count();
                assertThat(containing).as("%s within the memberships %s", standing, memberships)
                        .isEqualTo(standing.standing().isMembership() ? 1 : 0);
            }
            // ... and every membership period is a maximal run of them: it begins with the event that made the state a
            // member (or frozen) from another standing, and ends with the event that made it anything else ...
            List<StandingPeriod> standings = history.standingPeriods();
            for (StandingPeriod membership : memberships) {
                assertThat(membership.standing()).isEqualTo(Standing.MEMBER);
                assertThat(standings).as("%s begins a membership standing", membership)
                        .anySatisfy(standing -> {
                            assertThat(standing.startEvent()).isEqualTo(membership.startEvent());
                            assertThat(standing.standing().isMembership()).isTrue();
                            assertThat(standing.period().from()).isEqualTo(membership.period().from());
                        });
                assertThat(standings).as("%s does not continue a membership standing", membership)
                        .noneSatisfy(standing -> {
                            assertThat(standing.endEvent()).isEqualTo(membership.startEvent());
                            assertThat(standing.standing().isMembership()).isTrue();
                        });
                if (membership.endEvent() == null) {
                    assertThat(standings.getLast().period().until()).isNull();
                    assertThat(standings.getLast().standing().isMembership()).isTrue();
                } else {
                    assertThat(standings).as("%s ends a membership standing", membership)
                            .anySatisfy(standing -> {
                                assertThat(standing.endEvent()).isEqualTo(membership.endEvent());
                                assertThat(standing.standing().isMembership()).isTrue();
                                assertThat(standing.period().until()).isEqualTo(membership.period().until());
                            });
                    assertThat(standings).as("%s is not followed by a membership standing", membership)
                            .noneSatisfy(standing -> {
                                assertThat(standing.startEvent()).isEqualTo(membership.endEvent());
                                assertThat(standing.standing().isMembership()).isTrue();
                            });
                }
            }
            // ... so that on every day, being within a membership period is being member or frozen.
            for (LocalDate day : daysAround()) {
                boolean inMembership = memberships.stream().anyMatch(membership -> membership.contains(day));
                assertThat(inMembership).as("on %s", day).isEqualTo(history.standingOn(day).isMembership());
                assertThat(inMembership).isEqualTo(history.isMemberOn(day));
            }
        });
    }

    @Test
    void theStandingOnADayIsThatOfTheOnePeriodContainingItAndThatOfTheReplayedEvents() {
        forEachSequence(TRIES, events -> {
            MembershipHistory history = MembershipHistory.derive(STATE, events);

            for (LocalDate day : daysAround()) {
                List<StandingPeriod> containing = history.standingPeriods().stream().filter(period -> period.contains(day)).toList();
                assertThat(containing).as("periods containing %s", day).hasSizeLessThanOrEqualTo(1);
                Standing fromPeriods = containing.isEmpty() ? Standing.NOT_MEMBER : containing.getFirst().standing();

                assertThat(history.standingOn(day)).as("standing on %s", day).isEqualTo(fromPeriods);
                assertThat(history.standingOn(day)).as("standing on %s as replayed", day).isEqualTo(Replay.of(events).standingAfterEventsUpTo(day));
            }
        });
    }

    @Test
    void anEventIsRejectedIffTheTransitionFromTheStandingReachedBeforeItRejectsIt() {
        forEachSequence(TRIES, events -> {
            MembershipHistory history = MembershipHistory.derive(STATE, events);

            assertThat(history.violations()).extracting(SequenceViolation::event).containsExactlyElementsOf(Replay.of(events).rejectedIds());
            assertThat(history.violations()).allSatisfy(violation -> assertThat(violation.reason()).isNotBlank());
        });
    }

    @Test
    void theDrawnSequencesAreWorthChecking() {
        // Many have rejected events, several memberships, more than two kinds of standing.
        int rejections = 0;
        int severalMemberships = 0;
        int manyStandings = 0;
        for (long seed = 0; seed < TRIES; seed++) {
            MembershipHistory history = MembershipHistory.derive(STATE, eventSequence(seed));
            rejections += history.violations().isEmpty() ? 0 : 1;
            severalMemberships += history.membershipPeriods().size() > 1 ? 1 : 0;
            manyStandings += history.standingPeriods().stream().map(StandingPeriod::standing).distinct().count() > 2 ? 1 : 0;
        }
        assertThat(rejections).as("sequences with a rejected event").isGreaterThan(TRIES * 30 / 100);
        assertThat(severalMemberships).as("sequences with several memberships").isGreaterThan(TRIES * 10 / 100);
        assertThat(manyStandings).as("sequences with more than two kinds of standing").isGreaterThan(TRIES * 10 / 100);
    }

    @Test
    void theOrderInWhichEventsAreGivenDoesNotMatter() {
        var random = new Random(7);
        forEachSequence(TRIES / 2, events -> {
            var shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, random);

            assertThat(MembershipHistory.derive(STATE, shuffled)).isEqualTo(MembershipHistory.derive(STATE, events));
        });
    }

    private static boolean within(Period inner, Period outer) {
        boolean startsWithin = !inner.from().date().isBefore(outer.from().date());
        boolean endsWithin = outer.until() == null || inner.until() != null && !inner.until().date().isAfter(outer.until().date());
        return startsWithin && endsWithin;
    }

    private static List<LocalDate> daysAround() {
        return IntStream.rangeClosed(-2, MAX_EVENTS * MAX_GAP + 2).mapToObj(START::plusDays).toList();
    }

    /** The model: events replayed in the documented order, each applied or rejected by {@link Transition} alone. */
    record Replay(List<MembershipEvent> ordered, List<Standing> standingAfter, List<String> rejectedIds) {

        static Replay of(List<MembershipEvent> events) {
            List<MembershipEvent> ordered = events.stream()
                    .sorted(Comparator.comparing((MembershipEvent event) -> event.date().date())
                            .thenComparing(event -> group(event.type()))
                            .thenComparing(MembershipEvent::id))
                    .toList();
            var standingAfter = new ArrayList<Standing>();
            var rejected = new ArrayList<String>();
            Standing standing = Standing.NOT_MEMBER;
            for (MembershipEvent event : ordered) {
                switch (Transition.of(standing, event.type())) {
                    case Transition.Allowed(Standing next) -> standing = next;
                    case Transition.Rejected rejection -> rejected.add(event.id());
                }
                standingAfter.add(standing);
            }
            return new Replay(ordered, standingAfter, rejected);
        }

        /** Documented (docs/dataset-format.md): the fixed order of event kinds on one date. */
        private static int group(MembershipEventType type) {
            return switch (type) {
                case OBSERVER_ENDED, PARTNER_ENDED -> 0;
                case OBSERVER_GRANTED, PARTNER_GRANTED -> 1;
                case SIGNED, ACCEDED -> 2;
                case ENTERED_INTO_FORCE, RENEWED -> 3;
                case PARTICIPATION_FROZEN, PARTICIPATION_RESUMED, SUSPENDED_PENDING_DECISION -> 4;
                case SUSPENDED -> 5;
                case REINSTATED -> 6;
                case DID_NOT_RENEW, WITHDREW -> 7;
                case STATEMENT -> 8;
            };
        }

        /** The standing once every event dated on or before {@code day} has been applied. */
        Standing standingAfterEventsUpTo(LocalDate day) {
            Standing standing = Standing.NOT_MEMBER;
            for (int i = 0; i < ordered.size() && !ordered.get(i).date().date().isAfter(day); i++) {
                standing = standingAfter.get(i);
            }
            return standing;
        }
    }
}
