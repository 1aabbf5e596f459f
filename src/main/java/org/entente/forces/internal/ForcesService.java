package org.entente.forces.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.entente.access.Actor;
import org.entente.access.ReleaseMarking;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.forces.ForcePool;
import org.entente.forces.ForcePools;
import org.entente.forces.GapAnalysis;
import org.entente.forces.LeftOut;
import org.entente.forces.Pledge;
import org.entente.forces.PledgePolicies;
import org.entente.forces.PledgeTerms;
import org.entente.forces.Readiness;
import org.entente.forces.Verdict;
import org.entente.provenance.Digests;
import org.entente.register.Membership;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.entente.register.StateCode;
import org.entente.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pledges' commands (create, edit, verify, withdraw) and what the pools and pledges answer. Each
 * command runs in one transaction that holds the pledge's row, checks the version it was made from,
 * passes the named policies, writes the change and appends its audit entry; a refusal is an RFC 9457
 * answer with every reason: 403 where the actor may not act for the state or verify, 409 where the
 * pledge's lifecycle forbids it or the version is stale, 422 where the terms fail a policy. A stored pledge
 * whose values make no pledge (written around the commands) is a 409 when read or changed, named in the
 * list's {@code leftOut}, and can still be withdrawn.
 */
@Service
class ForcesService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ForcesService.class);
    private static final Set<String> AUTHORIZATION = Set.of(PledgePolicies.OWN_STATE, PledgePolicies.SECRETARIAT_VERIFIES);
    private static final Set<String> LIFECYCLE = Set.of(PledgePolicies.NOT_WITHDRAWN, PledgePolicies.ONE_RUNG_UP);

    private final Register register;
    private final ForcePools pools;
    private final JdbcPledges pledges;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    ForcesService(Register register, ForcePools pools, JdbcPledges pledges, AuditTrail audit, TransactionTemplate transaction, JsonMapper json,
                  Clock clock) {
        this.register = register;
        this.pools = pools;
        this.pledges = pledges;
        this.audit = audit;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    List<ForcePool> pools(Organization organization) {
        return pools.all(organization.code(), now());
    }

    ForcePool pool(Organization organization, String id) {
        return pools.find(organization.code(), id, now())
                .orElseThrow(() -> Problems.notFound("id", "no force pool '" + id + "' of " + organization.code()));
    }

    /** Pledges are read by the organization's role holders (the "members" marking), observers included. */
    static boolean mayReadPledges(Actor actor, OrganizationCode organization) {
        return ReleaseMarking.MEMBERS.readableBy(actor, organization, Set.of());
    }

    /** Every pledge of the organization, and the stored rows that make no pledge (each with why), if the actor may read them; a refusal otherwise. */
    JdbcPledges.Stored pledges(Organization organization, Actor actor) {
        requireReader(organization, actor);
        return pledges.all(organization.code());
    }

    /** The pledges fit to be counted and drawn, and those left out because their stored values are not sound; for the pledges' readers. */
    JdbcPledges.Stored countable(Organization organization, Actor actor) {
        requireReader(organization, actor);
        return pledges.all(organization.code()).countable();
    }

    /** A pool's gap analysis, and the organization's pledges it left out because their stored values are not sound. */
    record Gap(GapAnalysis analysis, List<LeftOut> leftOut) {
    }

    Pledge pledge(Organization organization, Actor actor, long id) {
        requireReader(organization, actor);
        return readable(() -> pledges.find(organization.code(), id)).orElseThrow(() -> notFound(organization, id));
    }

    /** The pool's gap analysis on {@code day}, for an actor who may read the pledges it counts; empty for anyone else. */
    Optional<Gap> gapAnalysis(Organization organization, Actor actor, ForcePool pool, LocalDate day) {
        if (!mayReadPledges(actor, organization.code())) {
            return Optional.empty();
        }
        JdbcPledges.Stored countable = pledges.all(organization.code()).countable();
        return Optional.of(new Gap(GapAnalysis.of(pool, countable.pledges(), day), countable.leftOut()));
    }

    LocalDate today() {
        return day(now());
    }

    Pledge create(Organization organization, Actor actor, StateCode state, PledgeTerms terms) {
        return transaction.execute(status -> {
            Instant now = now();
            LocalDate today = day(now);
            check(PledgePolicies.forCreation(actor, organization.code(), state, terms, pools.all(organization.code(), now), membership(organization, now),
                    today), HttpStatus.UNPROCESSABLE_CONTENT);
            Pledge pledge = pledges.insert(Pledge.create(organization.code(), state, terms, actor.name(), now));
            record(actor, "pledge.create", organization.code(), pledge.id(), null, pledge, Map.of("state", state.value(), "pool", terms.poolId(),
                    "capability", terms.capability().code(), "personnel", terms.personnel(), "readiness", pledge.readiness().code()));
            return pledge;
        });
    }

    Pledge edit(Organization organization, Actor actor, long id, Integer version, PledgeTerms terms) {
        return readable(() -> change(organization, actor, id, version, "pledge.edit", before -> {
            Instant now = now();
            check(PledgePolicies.forEdit(actor, before, terms, pools.all(organization.code(), now), membership(organization, now), day(now)),
                    HttpStatus.UNPROCESSABLE_CONTENT);
            Pledge after = before.edit(terms, actor.name(), now);
            return new Changed(after, Map.of("changed", after.history().getLast().differences().stream().map(PledgeTerms.Difference::field).toList(),
                    "readiness", after.readiness().code()));
        }));
    }

    /** Raises the pledge to {@code to}, or, when null, to the rung above its own. */
    Pledge verify(Organization organization, Actor actor, long id, Integer version, Readiness to) {
        return readable(() -> change(organization, actor, id, version, "pledge.verify", before -> {
            Instant now = now();
            Readiness target = to != null ? to : before.readiness().above().orElse(before.readiness());
            check(PledgePolicies.forVerification(actor, before, target, day(now)), HttpStatus.CONFLICT);
            Pledge after = before.raise(target, actor.name(), now);
            return new Changed(after, Map.of("from", before.readiness().code(), "readiness", after.readiness().code()));
        }));
    }

    /**
     * Withdraws the pledge: the pledge as it then stands, or empty where its stored values make no pledge
     * (it is withdrawn all the same, from its standing: whose it is, whether withdrawn, its version).
     */
    Optional<Pledge> withdraw(Organization organization, Actor actor, long id, Integer version) {
        try {
            return Optional.of(change(organization, actor, id, version, "pledge.withdraw", before -> {
                check(PledgePolicies.forWithdrawal(actor, before), HttpStatus.CONFLICT);
                Pledge after = before.withdraw(actor.name(), now());
                return new Changed(after, Map.of("readiness", after.readiness().code()));
            }));
        } catch (JdbcPledges.Unsound unsound) {
            withdrawUnsound(organization, actor, id, version);
            return Optional.empty();
        }
    }

    /** Withdraws a stored pledge whose values make no pledge, by the same policies, version check and audit entry as any withdrawal. */
    private void withdrawUnsound(Organization organization, Actor actor, long id, Integer version) {
        transaction.executeWithoutResult(status -> {
            JdbcPledges.Standing before = readable(() -> pledges.lockStanding(organization.code(), id)).orElseThrow(() -> notFound(organization, id));
            if (version != null && version != before.version()) {
                throw stale(id, before.version(), version);
            }
            check(PledgePolicies.forWithdrawal(actor, organization.code(), before.state(), id, before.withdrawn()), HttpStatus.CONFLICT);
            if (!pledges.withdraw(before, actor.name(), now())) {
                throw stale(id, before.version(), before.version());
            }
            record(actor, "pledge.withdraw", organization.code(), id, before, before.withdraw(),
                    Map.of("readiness", before.readiness().code(), "unsound", true));
        });
    }

    /** What {@code read} reads, or 409 where the stored pledge makes no pledge: it cannot be read or changed until it is withdrawn and pledged again. */
    private static <T> T readable(Supplier<T> read) {
        try {
            return read.get();
        } catch (JdbcPledges.Unsound unsound) {
            LOG.warn("{}", unsound.getMessage());
            String detail = unsound.getMessage() + ": its state's liaison or the secretariat withdraws it, and pledges the unit again";
            throw Problems.of(HttpStatus.CONFLICT, "Conflict", detail, List.of(new Problems.FieldError("id", unsound.getMessage())));
        }
    }

    /** A pledge after a change, and what the audit entry says of it. */
    private record Changed(Pledge pledge, Map<String, Object> details) {
    }

    /**
     * Runs one change of a pledge under its row lock, from the version the actor saw, and records it in the
     * audit trail in the same transaction; {@link JdbcPledges.Unsound} where the stored pledge makes no pledge.
     */
    private Pledge change(Organization organization, Actor actor, long id, Integer version, String action, Function<Pledge, Changed> change) {
        requireReader(organization, actor);
        return transaction.execute(status -> {
            Pledge before = pledges.lock(organization.code(), id).orElseThrow(() -> notFound(organization, id));
            if (version != null && version != before.version()) {
                throw stale(id, before.version(), version);
            }
            Changed changed = change.apply(before);
            if (!pledges.save(before, changed.pledge())) {
                throw stale(id, before.version(), before.version());
            }
            record(actor, action, organization.code(), id, before, changed.pledge(), changed.details());
            return changed.pledge();
        });
    }

    /** Appends the audit entry of a change of pledge {@code id}: digests of what it was ({@code null} before its creation) and of what it is. */
    private void record(Actor actor, String action, OrganizationCode organization, long id, Object before, Object after, Map<String, Object> details) {
        audit.append(new AuditRecord(actor.name(), actor.rolesIn(organization), organization.value(), action,
                "pledge:" + id, before == null ? null : digest(before), digest(after), json.writeValueAsString(new LinkedHashMap<>(details))));
    }

    private String digest(Object pledge) {
        return Digests.sha256(json.writeValueAsString(pledge));
    }

    /** Refuses with every reason if any policy refuses: 403 for who may act, 409 for the lifecycle, {@code otherwise} for the rest. */
    private static void check(List<Verdict> verdicts, HttpStatus otherwise) {
        List<Verdict.Refused> refusals = PledgePolicies.refusals(verdicts);
        if (refusals.isEmpty()) {
            return;
        }
        HttpStatus status = refusals.stream().anyMatch(refused -> AUTHORIZATION.contains(refused.policy())) ? HttpStatus.FORBIDDEN
                : refusals.stream().anyMatch(refused -> LIFECYCLE.contains(refused.policy())) ? HttpStatus.CONFLICT : otherwise;
        throw Problems.of(status, status == HttpStatus.FORBIDDEN ? "Forbidden" : "Refused by policy",
                refusals.stream().map(Verdict.Refused::reason).reduce((a, b) -> a + "; " + b).orElseThrow(),
                refusals.stream().map(refused -> new Problems.FieldError(PledgeForms.field(refused.policy()), refused.reason())).toList());
    }

    private static ErrorResponseException stale(long id, int current, int version) {
        ErrorResponseException problem = Problems.of(HttpStatus.CONFLICT, "Stale version", "pledge " + id + " is at version "
                + current + ", and the change was made from version " + version + ": read it again and apply the change to it",
                List.of(new Problems.FieldError("version", "the pledge is at version " + current)));
        problem.getBody().setProperty("currentVersion", current);
        return problem;
    }

    private void requireReader(Organization organization, Actor actor) {
        if (!mayReadPledges(actor, organization.code())) {
            throw Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "pledges are read by the role holders of " + organization.code(), List.of());
        }
    }

    private static ErrorResponseException notFound(Organization organization, long id) {
        return Problems.notFound("id", "no pledge " + id + " of " + organization.code());
    }

    private Membership membership(Organization organization, Instant at) {
        return register.membership(organization.code(), at);
    }

    /** Now, to the microsecond the databases keep, so that what a change wrote reads back the same. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The day of an instant, in UTC, as every date of the organization's record is read. */
    static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
