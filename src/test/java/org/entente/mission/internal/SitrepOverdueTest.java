package org.entente.mission.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.entente.mission.internal.MissionViews.CurrentSitrepView;
import org.entente.mission.internal.MissionViews.SitrepView;
import org.junit.jupiter.api.Test;

/** When the sitreps list flags a sitrep's next one as overdue: its time has passed and no later sitrep on its scope came. */
class SitrepOverdueTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    private static CurrentSitrepView sitrep(int number, String scope, String nextDue) {
        Instant from = Instant.parse("2026-12-01T00:00:00Z");
        return new CurrentSitrepView(1, new SitrepView(number, 1, scope, from, from, from, "someone", "summary", List.of(), List.of(), List.of(),
                nextDue == null ? null : Instant.parse(nextDue), from, List.of(), "public"));
    }

    @Test
    void flagsANextDueThatHasPassedWithNoLaterSitrepOnTheSameScope() {
        var sitreps = List.of(sitrep(1, "KAZ", "2026-12-02T00:00:00Z"), sitrep(2, "mission", "2026-12-04T00:00:00Z"),
                sitrep(3, "KAZ", "2026-12-06T00:00:00Z"), sitrep(4, "TJK", null));

        assertThat(SitrepPages.overdue(sitreps, NOW)).containsExactly(2);
    }

    @Test
    void aNextDueStillToComeIsNotOverdue() {
        assertThat(SitrepPages.overdue(List.of(sitrep(1, "mission", "2026-12-05T12:00:01Z")), NOW)).isEmpty();
    }
}
