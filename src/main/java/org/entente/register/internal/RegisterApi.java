package org.entente.register.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import org.entente.provenance.Disagreement;
import org.entente.register.Clause;
import org.entente.register.ExclusivityConflict;
import org.entente.register.Instrument;
import org.entente.register.Coded;
import org.entente.register.InstrumentKind;
import org.entente.register.Membership;
import org.entente.register.MembershipEvent;
import org.entente.register.MembershipEventType;
import org.entente.register.MembershipHistory;
import org.entente.register.Organization;
import org.entente.register.State;
import org.entente.register.States;
import org.entente.register.internal.RegisterQueries.MembersOnDate;
import org.entente.register.internal.RegisterQueries.StateInOrganization;
import org.entente.register.internal.RegisterQueries.StateStandingView;
import org.entente.web.PageOf;
import org.entente.web.PublicReads;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register's JSON API. Every question takes {@code recordedAt} (an ISO instant; default now)
 * to read the register as it stood then; date questions take {@code date} (default today) as the dataset format writes
 * dates, a month or a year read as its last day.
 * Lists come in pages ({@code page} from 0, {@code size} up to 500). One organization, its members on a date and the states are
 * {@link PublicReads}: an anonymous reader gets a strong ETag of the record's version and a 304 when it has not changed.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Register", description = "Organizations, instruments, clauses, states and who was a member when")
class RegisterApi {

    private static final String RECORDED_AT = "Read the register as it stood at this instant (ISO 8601, e.g. 2026-01-01T00:00:00Z, from the year 1900 to 9999); default now";
    private static final String DATES = " (YYYY-MM-DD, YYYY-MM or YYYY, as the dataset format writes dates; a month or a year is read as its last day, "
            + "so that the answer is as the register stood at its end: 2012 is 2012-12-31)";
    private static final String DATE = "The valid date" + DATES + "; default today";
    private static final String AS_OF = "As of this valid date" + DATES + ": only the events dated on or before it; default all";
    private static final String SIZE = "" + PageOf.DEFAULT_SIZE;

    private final RegisterQueries queries;
    private final PublicReads publicReads;

    RegisterApi(RegisterQueries queries, PublicReads publicReads) {
        this.queries = queries;
        this.publicReads = publicReads;
    }

    @GetMapping("/organizations")
    @Operation(summary = "The registered organizations")
    PageOf<Organization> organizations(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size,
                                       @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        return PageOf.of(queries.organizations(queries.reading(recordedAt).at()), page, size);
    }

    @GetMapping("/organizations/{organization}")
    @Operation(summary = "One organization")
    ResponseEntity<Organization> organization(@PathVariable String organization, @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt,
                                              HttpServletRequest request) {
        RegisterQueries.Reading reading = queries.reading(recordedAt, organization);
        Instant at = reading.at();
        return publicReads.json(request, reading.version(), () -> queries.organization(organization, at));
    }

    @GetMapping("/organizations/{organization}/instruments")
    @Operation(summary = "The organization's instruments: treaties, charters, protocols, agreements; with kind, only those of that kind",
            description = "An instrument's codings are how the alliance datasets code it (Correlates of War: type, dates, caution; ATOP: each obligation mapped to a clause, absent or not verified), each with its sources; absent where none is recorded.")
    PageOf<Instrument> instruments(@PathVariable String organization, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size,
                                   @Parameter(description = "Only instruments of this kind: treaty, charter, protocol or agreement") @RequestParam(required = false) String kind,
                                   @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        RegisterQueries.Reading reading = queries.reading(recordedAt, organization);
        Instant at = reading.at();
        InstrumentKind only = kind == null ? null : Coded.parse(InstrumentKind.class, "kind", kind);
        return PageOf.of(queries.content(queries.organization(organization, at), at).instruments().stream()
                .filter(instrument -> only == null || instrument.kind() == only)
                .toList(), page, size);
    }

    @GetMapping("/organizations/{organization}/clauses")
    @Operation(summary = "The organization's clauses with their periods in force; with inForceOn, only those in force that day")
    PageOf<Clause> clauses(@PathVariable String organization, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size,
                           @Parameter(description = "Only clauses in force on this valid date" + DATES) @RequestParam(required = false) String inForceOn,
                           @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        RegisterQueries.Reading reading = queries.reading(recordedAt, organization);
        Instant at = reading.at();
        LocalDate day = RegisterQueries.day("inForceOn", inForceOn);
        return PageOf.of(queries.content(queries.organization(organization, at), at).clauses().stream()
                .filter(clause -> day == null || clause.inForceOn(day))
                .toList(), page, size);
    }

    @GetMapping("/organizations/{organization}/members")
    @Operation(summary = "Every state with a standing in the organization on a date: members (active, with participation frozen, or suspended pending a decision), suspended states, observers and partners")
    ResponseEntity<MembersOnDate> members(@PathVariable String organization,
                                          @Parameter(description = DATE) @RequestParam(required = false) String date,
                                          @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt,
                                          HttpServletRequest request) {
        RegisterQueries.Reading reading = queries.reading(recordedAt, organization);
        Instant at = reading.at();
        return publicReads.json(request, reading.version(), () ->
                RegisterQueries.membersOn(queries.membership(queries.organization(organization, at), at), queries.date(RegisterQueries.day("date", date)), at));
    }

    @GetMapping("/organizations/{organization}/members/{state}")
    @Operation(summary = "Was the state a member on the date, and with which standing")
    StateStandingView member(@PathVariable String organization, @PathVariable String state,
                             @Parameter(description = DATE) @RequestParam(required = false) String date,
                             @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        RegisterQueries.Reading reading = queries.reading(recordedAt, organization);
        Instant at = reading.at();
        MembershipHistory history = queries.history(queries.membership(queries.organization(organization, at), at), state);
        return StateStandingView.of(history.state(), history.standingOn(queries.date(RegisterQueries.day("date", date))));
    }

    @GetMapping("/organizations/{organization}/states/{state}/history")
    @Operation(summary = "One state's full history in the organization: its events, membership periods and standing periods, derived from the events")
    MembershipHistory history(@PathVariable String organization, @PathVariable String state,
                              @Parameter(description = AS_OF) @RequestParam(required = false) String date,
                              @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        RegisterQueries.Reading reading = queries.reading(recordedAt, organization);
        Instant at = reading.at();
        return queries.history(queries.membership(queries.organization(organization, at), RegisterQueries.day("date", date), at), state);
    }

    @GetMapping("/organizations/{organization}/timeline")
    @Operation(summary = "Every membership event of the organization in date order; with state or type, only the events of that state or of that type")
    PageOf<MembershipEvent> timeline(@PathVariable String organization, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size,
                                     @Parameter(description = AS_OF) @RequestParam(required = false) String date,
                                     @Parameter(description = "Only the events of this state (ISO 3166-1 alpha-3)") @RequestParam(required = false) String state,
                                     @Parameter(description = "Only the events of this type, e.g. acceded, withdrew, suspended") @RequestParam(required = false) String type,
                                     @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        RegisterQueries.Reading reading = queries.reading(recordedAt, organization);
        Instant at = reading.at();
        MembershipEventType only = type == null ? null : Coded.parse(MembershipEventType.class, "type", type);
        Membership membership = queries.membership(queries.organization(organization, at), RegisterQueries.day("date", date), at);
        return PageOf.of(queries.timeline(membership, state, only), page, size);
    }

    @GetMapping("/organizations/{organization}/states")
    @Operation(summary = "Every state that has a history in the organization (members, former members, observers, partners), with its membership periods; with everMember=true, only the states that were ever members")
    PageOf<StateInOrganization> statesOf(@PathVariable String organization, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size,
                                       @Parameter(description = "Only the states that were members on at least one day") @RequestParam(defaultValue = "false") boolean everMember,
                                       @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        RegisterQueries.Reading reading = queries.reading(recordedAt, organization);
        Instant at = reading.at();
        return PageOf.of(RegisterQueries.states(queries.membership(queries.organization(organization, at), at), everMember), page, size);
    }

    @GetMapping("/organizations/{organization}/exclusivity-conflicts")
    @Operation(summary = "Members that were at the same time members of another registered military alliance while the organization's exclusivity clause was in force")
    PageOf<ExclusivityConflict> exclusivityConflicts(@PathVariable String organization, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size,
                                                     @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        RegisterQueries.Reading reading = queries.reading(recordedAt, organization);
        Instant at = reading.at();
        return PageOf.of(queries.exclusivityConflicts(queries.organization(organization, at), at), page, size);
    }

    @GetMapping("/organizations/{organization}/sources")
    @Operation(summary = "The organization's sources, each with the records it supports (kind:id: the organization, instruments, clauses, membership events, requests, force pools, missions, exercises) and the disagreements it takes part in")
    PageOf<SourceUse> sources(@PathVariable String organization, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size,
                              @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        RegisterQueries.Reading reading = queries.reading(recordedAt, organization);
        Instant at = reading.at();
        return PageOf.of(queries.sources(queries.organization(organization, at), at), page, size);
    }

    @GetMapping("/organizations/{organization}/disagreements")
    @Operation(summary = "Facts on which sources disagree: every claim, the preferred one and why; with subject or attribute, only the disagreements about that fact")
    PageOf<Disagreement> disagreements(@PathVariable String organization, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size,
                                       @Parameter(description = "Only disagreements about this subject, as kind:id (e.g. membershipEvent:EV-BLR-ACCEDE, request:KGZ-2010, forcePool:CRRF, exercise:EX-INTERACTION-2023)") @RequestParam(required = false) String subject,
                                       @Parameter(description = "Only disagreements about this attribute of their subject (e.g. date, personnel)") @RequestParam(required = false) String attribute,
                                       @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        RegisterQueries.Reading reading = queries.reading(recordedAt, organization);
        Instant at = reading.at();
        return PageOf.of(RegisterQueries.disagreements(queries.provenance(queries.organization(organization, at), at).disagreements(), subject, attribute), page, size);
    }

    @GetMapping("/states")
    @Operation(summary = "Every state with an ISO 3166-1 alpha-3 code, named in English, Russian and Indonesian")
    PageOf<State> states(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size) {
        return PageOf.of(States.all(), page, size);
    }

    @GetMapping("/states/{state}")
    @Operation(summary = "One state")
    ResponseEntity<State> state(@PathVariable String state, HttpServletRequest request) {
        // The states are the application's own list: a state's version is what it says (its names in a fixed order, the
        // same on every instance); a code of no state has none, and is refused without a tag.
        Optional<String> version = States.exists(state) ? Optional.of("state " + state + " " + new TreeMap<>(queries.state(state).names())) : Optional.empty();
        return publicReads.json(request, version, () -> queries.state(state));
    }
}
