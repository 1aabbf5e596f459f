package org.entente.alerting.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.access.ReleaseMarking;
import org.entente.alerting.AlertKind;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outbox's claims, attempt by attempt: a worker whose lease lapsed while it sent cannot mark or log what another worker
 * has claimed since, and the other's attempt is the next one (never a repeat of a number, which would leave the row
 * claimed for ever); a delivery sent again by hand after it failed gets the whole retry schedule again.
 */
class DeliveryLeaseTest extends DatabaseTest {

    @Autowired
    private JdbcDeliveries deliveries;

    private static final Duration LEASE = Duration.ofSeconds(5);

    /** A delivery to an endpoint that does not exist, due at {@code now}: ten years ahead in these tests, so that no worker of the application claims it first. */
    private long delivery(String tag, Instant now) {
        Alert alert = new Alert(AlertKind.MISSION_DEPLOYED, "CSTO", "missions/" + tag, "/organizations/CSTO/missions/" + tag, now,
                ReleaseMarking.PUBLIC, List.of(), null, tag, Map.of());
        assertThat(deliveries.add(alert, Delivery.Via.WEBHOOK, "ep_" + tag, now)).isTrue();
        return deliveries.of(Delivery.Via.WEBHOOK, "ep_" + tag, 1).getFirst().id();
    }

    /** Claims the delivery {@code id} for {@code worker} at {@code now} (any other due one is skipped by claiming only this id). */
    private Optional<Delivery> claim(long id, String worker, Instant now) {
        return deliveries.claim(id, worker, now, LEASE);
    }

    @Test
    void aWorkerWhoseLeaseLapsedNeitherMarksNorLogsAnotherWorkersAttempt() {
        Instant start = Instant.now().plus(Duration.ofDays(3650));
        long id = delivery("lease" + System.nanoTime(), start.minusSeconds(1));
        Delivery first = claim(id, "A", start).orElseThrow();
        assertThat(first.attempts()).as("the claim counts the attempt").isEqualTo(1);
        Instant lapsed = start.plus(LEASE).plusSeconds(1);
        Delivery second = claim(id, "B", lapsed).orElseThrow();
        assertThat(second.attempts()).isEqualTo(2);

        deliveries.sent(first, "A", new Delivery.Attempt(first.attempts(), start, "A", 10, 200, null), lapsed);
        assertThat(deliveries.attempts(id)).as("A no longer holds it: nothing logged").isEmpty();
        deliveries.failed(second, "B", new Delivery.Attempt(second.attempts(), lapsed, "B", 10, 500, "HTTP 500"), Optional.of(lapsed), lapsed);

        assertThat(deliveries.attempts(id)).extracting(Delivery.Attempt::number).containsExactly(2);
        Delivery again = claim(id, "C", lapsed.plusSeconds(1)).orElseThrow();
        assertThat(again.attempts()).isEqualTo(3);
        deliveries.sent(again, "C", new Delivery.Attempt(again.attempts(), lapsed, "C", 10, 200, null), lapsed);
        assertThat(deliveries.find(id).orElseThrow().status()).isEqualTo(Delivery.Status.SENT);
        assertThat(deliveries.attempts(id)).extracting(Delivery.Attempt::number).containsExactly(2, 3);
    }

    @Test
    void aFailedDeliverySentAgainByHandGetsTheWholeScheduleAgain() {
        Instant start = Instant.now().plus(Duration.ofDays(3650));
        long id = delivery("again" + System.nanoTime(), start.minusSeconds(1));
        Delivery failed = claim(id, "A", start).orElseThrow();
        deliveries.failed(failed, "A", new Delivery.Attempt(failed.attempts(), start, "A", 10, 500, "HTTP 500"), Optional.empty(), start);
        assertThat(deliveries.find(id).orElseThrow().status()).isEqualTo(Delivery.Status.FAILED);

        deliveries.redeliver(id, start);

        Delivery resent = claim(id, "B", start.plusSeconds(1)).orElseThrow();
        assertThat(resent.attempts()).as("numbers go on").isEqualTo(2);
        assertThat(resent.attemptInSchedule()).as("but it is the first of a new round of the schedule").isEqualTo(1);
    }

    @Test
    void anAmendmentReplacesTheVersionWaitingForARetryRatherThanMailingBoth() {
        Instant start = Instant.now().plus(Duration.ofDays(3650));
        String mission = "amend" + System.nanoTime();
        Alert first = figure(mission, "F1", null, start.minusSeconds(10));
        deliveries.add(first, Delivery.Via.EMAIL, mission + "-reader", start.minusSeconds(10));
        long id = deliveries.of(Delivery.Via.EMAIL, mission + "-reader", 1).getFirst().id();
        Delivery claimed = claim(id, "A", start).orElseThrow();
        deliveries.failed(claimed, "A", new Delivery.Attempt(1, start, "A", 10, null, "SMTP down"), Optional.of(start.plusSeconds(60)), start);

        assertThat(deliveries.amend(figure(mission, "F2", "F1", start.plusSeconds(1)), Delivery.Via.EMAIL, mission + "-reader", Duration.ofMinutes(30),
                start.plusSeconds(2))).isTrue();

        List<Delivery> all = deliveries.of(Delivery.Via.EMAIL, mission + "-reader", 10);
        assertThat(all).as("one delivery, holding the latest version, due at its retry").hasSize(1);
        assertThat(all.getFirst().alert().data()).containsEntry("figure", "F2");
        assertThat(Duration.between(all.getFirst().nextAttemptAt(), start.plusSeconds(60)).abs()).isLessThan(Duration.ofMillis(1));
    }

    private static Alert figure(String mission, String id, String supersedes, Instant at) {
        Map<String, String> data = new java.util.HashMap<>(Map.of("figure", id, "category", "killed", "population", "civilians", "reportedBy", "MoH"));
        if (supersedes != null) {
            data.put("supersedes", supersedes);
        }
        return new Alert(AlertKind.CASUALTY_FIGURE_REVISED, "CSTO", "missions/" + mission, "/organizations/CSTO/missions/" + mission, at,
                ReleaseMarking.PUBLIC, List.of(), null, mission, data);
    }
}
