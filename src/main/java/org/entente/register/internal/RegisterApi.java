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
import org.entente.register.MembershipEvent;
import org.entente.register.MembershipHistory;
import org.entente.register.Organization;
import org.entente.register.State;
import org.entente.register.States;
import org.entente.register.internal.RegisterQueries.MembersOnDate;
import org.entente.register.internal.RegisterQueries.StateStandingView;
import org.entente.web.PageOf;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register's JSON API. Every question takes {@code recordedAt} (an ISO instant; default now)
 * to read the register as it stood then; date questions take {@code date} (ISO; default today).
 * Lists come in pages ({@code page} from 0, {@code size} up to 500).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Register", description = "Organizations, instruments, clauses, states and who was a member when")
class RegisterApi {

    private static final String RECORDED_AT = "Read the register as it stood at this instant (ISO 8601, e.g. 2026-01-01T00:00:00Z, from the year 1900 to 9999); default now";
    private static final String DATE = "The valid date (ISO 8601, YYYY-MM-DD); default today";
    private static final String AS_OF = "As of this valid date (ISO 8601, YYYY-MM-DD): only the events dated on or before it; default all";
    private static final String SIZE = "" + PageOf.DEFAULT_SIZE;

    private final RegisterQueries queries;

    RegisterApi(RegisterQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/organizations")
    @Operation(summary = "The registered organizations")
    PageOf<Organization> organizations(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size,
                                       @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        return PageOf.of(queries.organizations(queries.recordedAt(recordedAt)), page, size);
    }

    @GetMapping("/organizations/{code}")
    @Operation(summary = "One organization")
    Organization organization(@PathVariable String code, @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        return queries.organization(code, queries.recordedAt(recordedAt));
    }

    @GetMapping("/organizations/{code}/instruments")
    @Operation(summary = "The organization's instruments: treaties, charters, protocols, agreements")
    PageOf<Instrument> instruments(@PathVariable String code, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size,
                                   @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        Instant at = queries.recordedAt(recordedAt);
        return PageOf.of(queries.content(queries.organization(code, at), at).instruments(), page, size);
    }

    @GetMapping("/organizations/{code}/clauses")
    @Operation(summary = "The organization's clauses with their periods in force; with inForceOn, only those in force that day")
    PageOf<Clause> clauses(@PathVariable String code, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size,
                           @Parameter(description = "Only clauses in force on this date (ISO 8601)") @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate inForceOn,
                           @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        Instant at = queries.recordedAt(recordedAt);
        return PageOf.of(queries.content(queries.organization(code, at), at).clauses().stream()
                .filter(clause -> inForceOn == null || clause.inForceOn(inForceOn))
                .toList(), page, size);
    }

    @GetMapping("/organizations/{code}/members")
    @Operation(summary = "Every state with a standing in the organization on a date: members (active or with participation frozen), suspended states, observers and partners")
    MembersOnDate members(@PathVariable String code,
                          @Parameter(description = DATE) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                          @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        Instant at = queries.recordedAt(recordedAt);
        return RegisterQueries.membersOn(queries.membership(queries.organization(code, at), at), queries.date(date), at);
    }

    @GetMapping("/organizations/{code}/members/{state}")
    @Operation(summary = "Was the state a member on the date, and with which standing")
    StateStandingView member(@PathVariable String code, @PathVariable String state,
                             @Parameter(description = DATE) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                             @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        Instant at = queries.recordedAt(recordedAt);
        MembershipHistory history = queries.history(queries.membership(queries.organization(code, at), at), state);
        return StateStandingView.of(history.state(), history.standingOn(queries.date(date)));
    }

    @GetMapping("/organizations/{code}/states/{state}/history")
    @Operation(summary = "One state's full history in the organization: its events, membership periods and standing periods, derived from the events")
    MembershipHistory history(@PathVariable String code, @PathVariable String state,
                              @Parameter(description = AS_OF) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                              @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        Instant at = queries.recordedAt(recordedAt);
        return queries.history(queries.membership(queries.organization(code, at), date, at), state);
    }

    @GetMapping("/organizations/{code}/timeline")
    @Operation(summary = "Every membership event of the organization in date order")
    PageOf<MembershipEvent> timeline(@PathVariable String code, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size,
                                     @Parameter(description = AS_OF) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
                                     @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        Instant at = queries.recordedAt(recordedAt);
        return PageOf.of(queries.membership(queries.organization(code, at), date, at).timeline(), page, size);
    }

    @GetMapping("/organizations/{code}/exclusivity-conflicts")
    @Operation(summary = "Members that were at the same time members of another registered military alliance while the organization's exclusivity clause was in force")
    PageOf<ExclusivityConflict> exclusivityConflicts(@PathVariable String code, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size,
                                                     @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        Instant at = queries.recordedAt(recordedAt);
        return PageOf.of(queries.exclusivityConflicts(queries.organization(code, at), at), page, size);
    }

    @GetMapping("/organizations/{code}/sources")
    @Operation(summary = "The organization's sources, each with the facts it supports and the disagreements it takes part in")
    PageOf<SourceUse> sources(@PathVariable String code, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size,
                              @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        Instant at = queries.recordedAt(recordedAt);
        Organization organization = queries.organization(code, at);
        return PageOf.of(SourceUse.of(queries.content(organization, at), queries.provenance(organization, at)), page, size);
    }

    @GetMapping("/organizations/{code}/disagreements")
    @Operation(summary = "Facts on which sources disagree: every claim, the preferred one and why")
    PageOf<Disagreement> disagreements(@PathVariable String code, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size,
                                       @Parameter(description = RECORDED_AT) @RequestParam(required = false) Instant recordedAt) {
        Instant at = queries.recordedAt(recordedAt);
        return PageOf.of(queries.provenance(queries.organization(code, at), at).disagreements(), page, size);
    }

    @GetMapping("/states")
    @Operation(summary = "Every state with an ISO 3166-1 alpha-3 code, named in English, Russian and Indonesian")
    PageOf<State> states(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size) {
        return PageOf.of(States.all(), page, size);
    }

    @GetMapping("/states/{code}")
    @Operation(summary = "One state")
    State state(@PathVariable String code) {
        return queries.state(code);
    }
}
