package org.entente.register.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.provenance.Provenance;
import org.entente.provenance.ProvenanceContent;
import org.entente.register.Membership;
import org.entente.register.MembershipHistory;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.entente.register.RegisterContent;
import org.entente.register.Standing;
import org.entente.register.State;
import org.entente.register.StateCode;
import org.entente.register.States;
import org.entente.web.Problems;
import org.springframework.stereotype.Component;

/**
 * The register's questions as the API and the pages ask them: with defaults for the two times
 * (today, now) and with not-found and bad-input answers that name the offending parameter.
 */
@Component
class RegisterQueries {

    private final Register register;
    private final Provenance provenance;
    private final Clock clock;

    RegisterQueries(Register register, Provenance provenance, Clock clock) {
        this.register = register;
        this.provenance = provenance;
        this.clock = clock;
    }

    record StateStandingView(StateCode state, Map<String, String> names, Standing standing, boolean member) {
        static StateStandingView of(StateCode code, Standing standing) {
            return new StateStandingView(code, States.find(code).map(State::names).orElse(Map.of()), standing, standing.isMembership());
        }
    }

    record MembersOnDate(OrganizationCode organization, LocalDate date, Instant recordedAt, List<StateStandingView> states) {
    }

    Instant recordedAt(Instant requested) {
        return requested == null ? clock.instant() : requested;
    }

    LocalDate date(LocalDate requested) {
        return requested == null ? LocalDate.now(clock) : requested;
    }

    OrganizationCode code(String text) {
        try {
            return OrganizationCode.of(text);
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest("code", e.getMessage());
        }
    }

    Organization organization(String code, Instant recordedAt) {
        return register.organization(code(code), recordedAt(recordedAt))
                .orElseThrow(() -> Problems.notFound("code", "no organization '" + code + "' in the register" + (recordedAt == null ? "" : " at " + recordedAt)));
    }

    RegisterContent content(String code, Instant recordedAt) {
        return register.content(organization(code, recordedAt).code(), recordedAt(recordedAt)).orElseThrow();
    }

    ProvenanceContent provenance(String code, Instant recordedAt) {
        return provenance.content(organization(code, recordedAt).code().value(), recordedAt(recordedAt));
    }

    Membership membership(String code, Instant recordedAt) {
        return register.membership(organization(code, recordedAt).code(), recordedAt(recordedAt));
    }

    MembersOnDate membersOn(String code, LocalDate date, Instant recordedAt) {
        LocalDate day = date(date);
        Instant at = recordedAt(recordedAt);
        var states = membership(code, at).standingsOn(day).stream()
                .map(standing -> StateStandingView.of(standing.state(), standing.standing()))
                .toList();
        return new MembersOnDate(code(code), day, at, states);
    }

    State state(String code) {
        if (!States.exists(code)) {
            throw Problems.notFound("state", "'" + code + "' is not an ISO 3166-1 alpha-3 state code");
        }
        return States.get(StateCode.of(code));
    }

    /** The membership as it stood on the valid date {@code asOf} (every event when null), as recorded at {@code recordedAt}. */
    Membership membership(String code, LocalDate asOf, Instant recordedAt) {
        Membership membership = membership(code, recordedAt);
        return asOf == null ? membership : membership.asOf(asOf);
    }

    MembershipHistory history(String organization, String state, LocalDate asOf, Instant recordedAt) {
        StateCode code = state(state).code();
        return membership(organization, asOf, recordedAt).history(code)
                .orElseGet(() -> MembershipHistory.derive(code, List.of()));
    }

    List<SourceUse> sources(String code, Instant recordedAt) {
        return SourceUse.of(content(code, recordedAt), provenance(code, recordedAt));
    }

    Register register() {
        return register;
    }
}
