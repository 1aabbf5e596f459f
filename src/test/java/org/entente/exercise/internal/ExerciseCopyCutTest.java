package org.entente.exercise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import org.entente.dataset.DatasetDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The record as it stood at a scenario's world start: what came after is left out, with the disagreements about it; sources are kept. */
class ExerciseCopyCutTest {

    private static final Instant KAZAKHSTAN_2022 = Instant.parse("2022-01-05T00:00:00Z");

    private static DatasetDocument csto() throws IOException {
        try (InputStream in = ExerciseCopyCutTest.class.getResourceAsStream("/dataset/csto.json")) {
            return JsonMapper.builder().build().readValue(in, DatasetDocument.class);
        }
    }

    @Test
    void theCstosRecordCutOnTheFifthOfJanuary2022HoldsNeitherTheKazakhRequestNorItsMission() throws IOException {
        DatasetDocument record = csto();
        DatasetDocument cut = ExerciseCopy.cutAt(record, KAZAKHSTAN_2022);

        assertThat(record.requests()).anyMatch(request -> request.id().equals("KAZ-2022"));
        assertThat(cut.requests()).extracting(DatasetDocument.RequestEntry::id).containsExactly("KGZ-2010", "ARM-2021");
        assertThat(record.missions()).anyMatch(mission -> mission.path("id").asString().equals("MIS-KAZ-2022"));
        assertThat(cut.missions()).noneMatch(mission -> mission.path("id").asString().equals("MIS-KAZ-2022"));
        assertThat(cut.disagreements()).extracting(DatasetDocument.DisagreementEntry::subject)
                .doesNotContain("request:KAZ-2022")
                .contains("request:KGZ-2010", "request:ARM-2021", "membershipEvent:EV-BLR-ACCEDE");
        assertThat(cut.exercises()).noneMatch(exercise -> exercise.path("period").path("from").asString().compareTo("2022-01-05") >= 0)
                .anyMatch(exercise -> exercise.path("id").asString().equals("EX-COBALT-2021"));
        assertThat(cut.sources()).isEqualTo(record.sources());
        assertThat(cut.instruments()).isEqualTo(record.instruments());
        assertThat(cut.forcePools()).isEqualTo(record.forcePools());
    }

    @Test
    void theMembersOfJanuary2022StayAndLaterMembershipEventsGo() throws IOException {
        DatasetDocument cut = ExerciseCopy.cutAt(csto(), KAZAKHSTAN_2022);

        assertThat(cut.membershipEvents()).extracting(DatasetDocument.MembershipEventEntry::id)
                .contains("EV-KAZ-SIGN-1992", "EV-BLR-ACCEDE", "EV-ARM-RENEW-1999", "EV-UZB-SUSPEND-CSC-2012")
                .doesNotContain("EV-ARM-FREEZE-2024", "EV-ARM-STATUS-2025");
    }

    @Test
    void aCutBeforeEverythingLeavesTheRecordWithoutItsHistoryAndACutAfterKeepsItWhole() throws IOException {
        DatasetDocument record = csto();
        assertThat(ExerciseCopy.cutAt(record, Instant.parse("2100-01-01T00:00:00Z"))).isEqualTo(record);
        DatasetDocument early = ExerciseCopy.cutAt(record, Instant.parse("1992-05-15T00:00:00Z"));
        assertThat(early.requests()).isEmpty();
        assertThat(early.missions()).isEmpty();
        assertThat(early.membershipEvents()).allMatch(event -> event.date().equals("1992-05-15"));
    }
}
