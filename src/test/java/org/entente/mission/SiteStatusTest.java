package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.entente.command.Result;
import org.entente.mission.SiteStatus.Status;
import org.entente.mission.SiteStatus.Step;
import org.junit.jupiter.api.Test;

class SiteStatusTest {

    private static Step at(String instant) {
        return new Step(Moment.at(Instant.parse(instant)), List.of());
    }

    private static Step on(String day) {
        return new Step(Moment.on(day), List.of("S"));
    }

    private static SiteStatus next(Result<SiteStatus> next) {
        assertThat(next).isInstanceOf(Result.Done.class);
        return ((Result.Done<SiteStatus>) next).value();
    }

    private static final SiteStatus ASSIGNED = new SiteStatus.Assigned(at("2022-01-06T18:00:00Z"));

    @Test
    void aSiteIsAssignedSecuredAndHandedOverEachStepWithItsMomentAndSources() {
        Step handover = new Step(Moment.on("2022-01-13"), List.of("ARMRADIO_2022_01_13"));

        SiteStatus secured = next(ASSIGNED.secure(at("2022-01-07T03:00:00Z")));
        SiteStatus handedOver = next(secured.handOver(handover, "National Guard of Kazakhstan"));

        assertThat(List.of(ASSIGNED, secured, handedOver)).extracting(SiteStatus::status)
                .containsExactly(Status.ASSIGNED, Status.SECURED, Status.HANDED_OVER);
        assertThat(handedOver).isEqualTo(new SiteStatus.HandedOver(handover, "National Guard of Kazakhstan"));
        assertThat(handedOver.step().sources()).containsExactly("ARMRADIO_2022_01_13");
    }

    @Test
    void aSiteIsNotHandedOverBeforeItIsSecured() {
        assertThat(ASSIGNED.handOver(at("2022-01-07T03:00:00Z"), "National Guard"))
                .isEqualTo(new Result.Refused<>("cannot hand over this site: it is only assigned: it was not secured"));
    }

    @Test
    void aSiteIsNotSecuredTwice() {
        SiteStatus secured = next(ASSIGNED.secure(at("2022-01-07T03:00:00Z")));

        assertThat(secured.secure(at("2022-01-07T05:00:00Z"))).isEqualTo(new Result.Refused<>("cannot secure this site: it is secured"));
    }

    @Test
    void aSiteIsRelinquishedWithItsReasonFromAnyStateThatIsNotFinal() {
        SiteStatus secured = next(ASSIGNED.secure(at("2022-01-07T03:00:00Z")));

        for (SiteStatus status : List.of(ASSIGNED, secured)) {
            assertThat(next(status.relinquish(on("2022-01-08"), "the host's forces took it back")))
                    .isEqualTo(new SiteStatus.Relinquished(on("2022-01-08"), "the host's forces took it back"));
        }
    }

    @Test
    void aSiteHandedOverOrRelinquishedGoesNowhere() {
        SiteStatus handedOver = new SiteStatus.HandedOver(on("2022-01-13"), "National Guard of Kazakhstan");
        SiteStatus relinquished = next(ASSIGNED.relinquish(on("2022-01-07"), "assignment cancelled"));

        assertThat(handedOver.relinquish(on("2022-01-14"), "late"))
                .isEqualTo(new Result.Refused<>("cannot relinquish this site: it was handed over to National Guard of Kazakhstan"));
        assertThat(relinquished.secure(on("2022-01-08")))
                .isEqualTo(new Result.Refused<>("cannot secure this site: it was relinquished (assignment cancelled)"));
        assertThat(handedOver.status().isFinal()).isTrue();
        assertThat(relinquished.status().isFinal()).isTrue();
    }

    @Test
    void aStepBeforeTheStepItFollowsIsRefused() {
        assertThat(ASSIGNED.secure(at("2022-01-06T17:59:00Z")))
                .isEqualTo(new Result.Refused<>("cannot secure this site at 2022-01-06T17:59:00Z: it has been assigned since 2022-01-06T18:00:00Z"));
        assertThat(ASSIGNED.secure(on("2022-01-04"))).isInstanceOf(Result.Refused.class);
    }

    @Test
    void aStepKnownOnlyToTheDayOrMonthMayFollowAnInstantOfThatDayOrMonth() {
        assertThat(ASSIGNED.secure(on("2022-01-06"))).isEqualTo(new Result.Done<>(new SiteStatus.Secured(on("2022-01-06"))));
        assertThat(ASSIGNED.secure(on("2022-01"))).isInstanceOf(Result.Done.class);
        assertThat(ASSIGNED.secure(on("2021-12"))).isInstanceOf(Result.Refused.class);
    }

    @Test
    void anInstantMayFollowADayItFallsOnInTheTheatreThoughItsUtcDayIsTheDayBefore() {
        SiteStatus assignedOnTheSeventh = new SiteStatus.Assigned(on("2022-01-07"));

        assertThat(assignedOnTheSeventh.secure(at("2022-01-06T20:00:00Z"))).as("02:00 on the 7th in Almaty").isInstanceOf(Result.Done.class);
        assertThat(assignedOnTheSeventh.secure(at("2022-01-05T20:00:00Z"))).isInstanceOf(Result.Refused.class);
    }

    @Test
    void aHandoverNamesWhoTookTheSiteAndARelinquishmentWhy() {
        assertThatThrownBy(() -> new SiteStatus.HandedOver(on("2022-01-13"), " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SiteStatus.Relinquished(on("2022-01-13"), "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SiteStatus.Relinquished(on("2022-01-13"), "x".repeat(SiteStatus.MAX_TEXT + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Step(null, List.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyStatusIsNamedByItsCode() {
        assertThat(List.of(Status.values())).extracting(Status::code).containsExactly("assigned", "secured", "handed_over", "relinquished");
    }
}
