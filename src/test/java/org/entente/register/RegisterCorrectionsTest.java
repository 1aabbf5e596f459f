package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.entente.provenance.Translations;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The register's corrections in a stretch of recorded time: a record superseded by a new version or retired counts, with the
 * sources of the version that stands; a record recorded for the first time does not, nor a change outside the stretch. The
 * organization is this test's own, recorded at instants of its own.
 */
class RegisterCorrectionsTest extends DatabaseTest {

    private static final OrganizationCode ORG = OrganizationCode.of("REGCORR");
    private static final Instant FIRST = Instant.parse("2031-03-03T09:00:00Z");
    private static final Instant SECOND = Instant.parse("2031-03-05T09:00:00Z");
    private static final Instant THIRD = Instant.parse("2031-03-12T09:00:00Z");

    @Autowired
    private Register register;

    private static RegisterContent content(List<MembershipEvent> events) {
        return new RegisterContent(new Organization(ORG, "Register Corrections Pact", "RCP", List.of(), null, false, List.of("SRC-1"), Translations.NONE),
                List.of(), List.of(), events);
    }

    private static MembershipEvent event(String id, String state, String date, String source) {
        return new MembershipEvent(id, StateCode.of(state), MembershipEventType.SIGNED, PartialDate.parse(date), null, null, List.of(source));
    }

    @Test
    void listsTheRecordsCorrectedOrRetiredInTheStretchAndNotThoseFirstRecorded() {
        register.replace(content(List.of(event("EV-FIN", "FIN", "2015-03-10", "SRC-1"), event("EV-EST", "EST", "2015-03-10", "SRC-1"),
                event("EV-SWE", "SWE", "2015-03-10", "SRC-1"))), FIRST);
        register.replace(content(List.of(event("EV-FIN", "FIN", "2015-03-11", "SRC-2"), event("EV-SWE", "SWE", "2015-03-10", "SRC-1"))), SECOND);
        register.replace(content(List.of(event("EV-FIN", "FIN", "2015-03-11", "SRC-2"), event("EV-SWE", "SWE", "2015-03-12", "SRC-3"))), THIRD);

        List<Correction> week = register.corrections(ORG, Instant.parse("2031-03-03T00:00:00Z"), Instant.parse("2031-03-10T00:00:00Z"));

        assertThat(week).containsExactly(
                new Correction("membershipEvent:EV-EST", SECOND, Correction.Kind.RETIRED, StateCode.of("EST"), List.of("SRC-1")),
                new Correction("membershipEvent:EV-FIN", SECOND, Correction.Kind.CORRECTED, StateCode.of("FIN"), List.of("SRC-2")));
        assertThat(week.getLast().recordKind()).isEqualTo("membershipEvent");
        assertThat(week.getLast().recordId()).isEqualTo("EV-FIN");
        assertThat(register.corrections(ORG, Instant.parse("2031-03-10T00:00:00Z"), Instant.parse("2031-03-17T00:00:00Z")))
                .extracting(Correction::subject).containsExactly("membershipEvent:EV-SWE");
        assertThat(register.corrections(ORG, Instant.parse("2031-02-24T00:00:00Z"), Instant.parse("2031-03-03T00:00:00Z"))).isEmpty();
    }
}
