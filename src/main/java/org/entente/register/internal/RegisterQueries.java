package org.entente.register.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.command.Refusal;
import org.entente.provenance.Citations;
import org.entente.provenance.Disagreement;
import org.entente.provenance.Provenance;
import org.entente.provenance.ProvenanceContent;
import org.entente.provenance.RecordVersion;
import org.entente.register.Coded;
import org.entente.register.ExclusivityConflict;
import org.entente.register.Membership;
import org.entente.register.MembershipEvent;
import org.entente.register.MembershipEventType;
import org.entente.register.MembershipHistory;
import org.entente.register.Organization;
import org.entente.register.Exercises;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.Period;
import org.entente.register.Register;
import org.entente.register.RegisterContent;
import org.entente.register.Standing;
import org.entente.register.StandingPeriod;
import org.entente.register.State;
import org.entente.register.StateCode;
import org.entente.register.States;
import org.entente.web.VersionedViews;
import org.springframework.stereotype.Component;

/**
 * The register's questions as the API and the pages ask them, with not-found and bad-input refusals
 * that name the offending parameter. A controller resolves the two times once per request
 * ({@link #reading}, {@link #date}: the last change and today by default) and asks every question at them,
 * so that one answer never mixes two states of the register. The answers' version ({@link #reading}) is the record's version and today's
 * date; a membership is derived once per instant of the record ({@link #membership(Organization, Instant)}).
 */
@Component
class RegisterQueries {

    private final Register register;
    private final Provenance provenance;
    private final Citations citations;
    private final Clock clock;
    private final RecordVersion recordVersion;
    private final Exercises exercises;
    private final VersionedViews<MembershipKey, Membership> memberships = VersionedViews.ofEntries(256);

    RegisterQueries(Register register, Provenance provenance, Citations citations, Clock clock, RecordVersion recordVersion, Exercises exercises) {
        this.register = register;
        this.provenance = provenance;
        this.citations = citations;
        this.clock = clock;
        this.recordVersion = recordVersion;
        this.exercises = exercises;
    }

    /** A membership as recorded at an instant no later than the record's last change. */
    private record MembershipKey(OrganizationCode organization, Instant recordedAt) {
    }

    record StateStandingView(StateCode state, Map<String, String> names, Standing standing, boolean member) {
        static StateStandingView of(StateCode code, Standing standing) {
            return new StateStandingView(code, States.find(code).map(State::names).orElse(Map.of()), standing, standing.isMembership());
        }
    }

    record MembersOnDate(OrganizationCode organization, LocalDate date, Instant recordedAt, List<StateStandingView> states) {
    }

    /** A state that has a history in an organization: whether it was ever a member, and when. */
    record StateInOrganization(StateCode state, Map<String, String> names, boolean everMember, List<Period> membershipPeriods) {
        static StateInOrganization of(MembershipHistory history) {
            var periods = history.membershipPeriods().stream().map(StandingPeriod::period).toList();
            return new StateInOrganization(history.state(), States.find(history.state()).map(State::names).orElse(Map.of()),
                    !periods.isEmpty(), periods);
        }
    }

    /**
     * Where a request reads the register, and the version of what it reads there: the body of an answer depends on its version
     * alone. The record's version is read once; the present ({@code requested} null) and any later instant read the register as
     * recorded at that version's instant (the instant the last import recorded its rows at), so that an import committing while
     * the answer is built changes neither; an earlier instant reads a register that can no longer change. Before the first
     * import, the register as it stood before any (empty).
     */
    Reading reading(Instant requested) {
        return reading(requested, null);
    }

    /**
     * {@link #reading(Instant)} for an answer about {@code organization} (its code as the address gives it; null for an answer across
     * organizations): the real record's version leaves the exercises' imports out, so that creating an exercise (which imports its
     * copy) changes no real organization's answers, their version and {@code recordedAt} included; an exercise's answers are read at
     * the last import of any organization.
     */
    Reading reading(Instant requested, String organization) {
        Map<String, Instant> imports = recordVersion.lastImports(); // before the exercises: one whose import shows here is one of them
        Set<String> exerciseCodes = exercises.codes().stream().map(OrganizationCode::value).collect(Collectors.toSet());
        boolean exercise = organization != null && exerciseCodes.contains(organization);
        Optional<Instant> last = imports.entrySet().stream().filter(entry -> exercise || !exerciseCodes.contains(entry.getKey()))
                .map(Map.Entry::getValue).max(Instant::compareTo);
        Instant version = last.orElse(Instant.EPOCH);
        Instant at = requested == null || requested.isAfter(version) ? version : requested;
        return new Reading(at, Optional.of("register " + last.map(Instant::toString).orElse("empty") + " " + date(null)));
    }

    /** The instant to read the register at, and the version of every answer read there (the record's version and today's date). */
    record Reading(Instant at, Optional<String> version) {
    }

    LocalDate date(LocalDate requested) {
        return requested == null ? LocalDate.now(clock) : requested;
    }

    /**
     * The valid date a parameter names, at the precision the dataset format writes dates ({@code YYYY},
     * {@code YYYY-MM} or {@code YYYY-MM-DD}); a month or a year is read as its last day, so that the answer
     * is the register as it stood at the end of it, every event dated within it included. Null when absent.
     */
    static LocalDate day(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return PartialDate.parse(text).lastDay();
        } catch (IllegalArgumentException malformed) {
            throw Refusal.invalid(field, malformed.getMessage());
        }
    }

    List<Organization> organizations(Instant at) {
        return register.organizations(at);
    }

    /** The organization the address names, as registered at {@code at}: the one lookup a request makes; the other questions take its answer. */
    Organization organization(String code, Instant at) {
        return register.organizationNamed("organization", code, at);
    }

    RegisterContent content(Organization organization, Instant at) {
        return register.content(organization.code(), at).orElseThrow();
    }

    ProvenanceContent provenance(Organization organization, Instant at) {
        return provenance.content(organization.code().value(), at);
    }

    /** The organization's sources, each with the records that cite it and the disagreements it takes part in. */
    List<SourceUse> sources(Organization organization, Instant at) {
        return SourceUse.of(citations.of(organization.code().value(), at), provenance(organization, at));
    }

    /**
     * The organization's membership as recorded at {@code at} (a {@link Reading}'s, which never changes), derived once per
     * instant.
     */
    Membership membership(Organization organization, Instant at) {
        return memberships.get(new MembershipKey(organization.code(), at), () -> register.membership(organization.code(), at));
    }

    List<ExclusivityConflict> exclusivityConflicts(Organization organization, Instant at) {
        return register.exclusivityConflicts(organization.code(), at);
    }

    /** The states with a standing on {@code day} in a membership already read. */
    static MembersOnDate membersOn(Membership membership, LocalDate day, Instant at) {
        var states = membership.standingsOn(day).stream()
                .map(standing -> StateStandingView.of(standing.state(), standing.standing()))
                .toList();
        return new MembersOnDate(membership.organization(), day, at, states);
    }

    State state(String code) {
        if (!States.exists(code)) {
            throw Refusal.notFound("state", "'" + code + "' is not an ISO 3166-1 alpha-3 state code");
        }
        return States.get(StateCode.of(code));
    }

    /** The membership as it stood on the valid date {@code asOf} (every event when null), as recorded at {@code at}. */
    Membership membership(Organization organization, LocalDate asOf, Instant at) {
        Membership membership = membership(organization, at);
        return asOf == null ? membership : membership.asOf(asOf);
    }

    /** One state's history in a membership already read; empty for a state that never had an event there. */
    MembershipHistory history(Membership membership, String state) {
        StateCode code = state(state).code();
        return membership.history(code).orElseGet(() -> MembershipHistory.derive(code, List.of()));
    }

    /** The membership's events in date order, only those of {@code state} and of {@code type} where given. */
    List<MembershipEvent> timeline(Membership membership, String state, MembershipEventType type) {
        StateCode code = state == null ? null : state(state).code();
        return membership.timeline().stream()
                .filter(event -> code == null || event.state().equals(code))
                .filter(event -> type == null || event.type() == type)
                .toList();
    }

    /** Every state with a history in the membership, by code; only those that were ever members when {@code everMember} is true. */
    static List<StateInOrganization> states(Membership membership, boolean everMember) {
        return membership.histories().values().stream()
                .map(StateInOrganization::of)
                .filter(state -> !everMember || state.everMember())
                .toList();
    }

    /** The disagreements about {@code subject} ({@code kind:id}) and of {@code attribute}, where given. */
    static List<Disagreement> disagreements(List<Disagreement> disagreements, String subject, String attribute) {
        return disagreements.stream()
                .filter(disagreement -> subject == null || disagreement.subject().equals(subject))
                .filter(disagreement -> attribute == null || disagreement.attribute().equals(attribute))
                .toList();
    }

    /** The disagreements about any of the history's events. */
    List<Disagreement> disagreementsAbout(MembershipHistory history, List<Disagreement> disagreements) {
        var subjects = history.events().stream().map(event -> "membershipEvent:" + event.id()).collect(Collectors.toSet());
        return disagreements.stream().filter(disagreement -> subjects.contains(disagreement.subject())).toList();
    }
}
