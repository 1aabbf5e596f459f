package org.entente.forces.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.entente.access.Actor;
import org.entente.access.ReleaseMarking;
import org.entente.audit.AuditedCommands;
import org.entente.command.Refusal;
import org.entente.command.Verdict;
import org.entente.forces.LeftOut;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.forces.ForcePool;
import org.entente.forces.ForcePools;
import org.entente.forces.GapAnalysis;
import org.entente.forces.Pledge;
import org.entente.forces.PledgePolicies;
import org.entente.forces.PledgeTerms;
import org.entente.forces.Readiness;
import org.entente.provenance.history.RecordedTime;
import org.entente.register.Membership;
import org.entente.register.Organization;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.entente.register.StateCode;
import org.springframework.stereotype.Service;

/**
 * The pledges' commands (create, edit, verify, withdraw) and what the pools and pledges answer. Each
 * command runs in one transaction that holds the pledge's row, checks the version it was made from,
 * passes the named policies, writes the change and appends its audit entry ({@link AuditedCommands}); a
 * {@link Refusal} gives every reason: forbidden (403) where the actor may not act for the state or verify, 409 where the
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
    private final AuditedCommands commands;
    private final Clock clock;

    ForcesService(Register register, ForcePools pools, JdbcPledges pledges, AuditedCommands commands, Clock clock) {
        this.register = register;
        this.pools = pools;
        this.pledges = pledges;
        this.commands = commands;
        this.clock = clock;
    }

    List<ForcePool> pools(Organization organization) {
        return pools.all(organization.code(), now());
    }

    ForcePool pool(Organization organization, String id) {
        return pools.find(organization.code(), id, now())
                .orElseThrow(() -> Refusal.notFound("id", "no force pool '" + id + "' of " + organization.code()));
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
        return commands.create(author(actor, organization.code()), "pledge.create", pledges(organization), now -> {
            check(PledgePolicies.forCreation(actor, organization.code(), state, terms, pools.all(organization.code(), now), membership(organization, now),
                    day(now)), Refusal.Reason.UNPROCESSABLE);
            Pledge pledge = pledges.insert(Pledge.create(organization.code(), state, terms, actor.name(), now));
            return AuditedCommands.Changed.of(pledge, AuditedCommands.details("state", state.value(), "pool", terms.poolId(), "capability", terms.capability().code(),
                    "personnel", terms.personnel(), "readiness", pledge.readiness().code()));
        });
    }

    Pledge edit(Organization organization, Actor actor, long id, Integer version, PledgeTerms terms) {
        return readable(() -> change(organization, actor, id, version, "pledge.edit", (before, now) -> {
            check(PledgePolicies.forEdit(actor, before, terms, pools.all(organization.code(), now), membership(organization, now), day(now)),
                    Refusal.Reason.UNPROCESSABLE);
            Pledge after = before.edit(terms, actor.name(), now);
            return AuditedCommands.Changed.of(after, AuditedCommands.details("changed", after.history().getLast().differences().stream()
                    .map(PledgeTerms.Difference::field).toList(), "readiness", after.readiness().code()));
        }));
    }

    /** Raises the pledge to {@code to}, or, when null, to the rung above its own. */
    Pledge verify(Organization organization, Actor actor, long id, Integer version, Readiness to) {
        return readable(() -> change(organization, actor, id, version, "pledge.verify", (before, now) -> {
            Readiness target = to != null ? to : before.readiness().above().orElse(before.readiness());
            check(PledgePolicies.forVerification(actor, before, target, day(now)), Refusal.Reason.CONFLICT);
            Pledge after = before.raise(target, actor.name(), now);
            return AuditedCommands.Changed.of(after, AuditedCommands.details("from", before.readiness().code(), "readiness", after.readiness().code()));
        }));
    }

    /**
     * Withdraws the pledge: the pledge as it then stands, or empty where its stored values make no pledge
     * (it is withdrawn all the same, from its standing: whose it is, whether withdrawn, its version).
     */
    Optional<Pledge> withdraw(Organization organization, Actor actor, long id, Integer version) {
        try {
            return Optional.of(change(organization, actor, id, version, "pledge.withdraw", (before, now) -> {
                check(PledgePolicies.forWithdrawal(actor, before), Refusal.Reason.CONFLICT);
                Pledge after = before.withdraw(actor.name(), now);
                return AuditedCommands.Changed.of(after, AuditedCommands.details("readiness", after.readiness().code()));
            }));
        } catch (JdbcPledges.Unsound unsound) {
            withdrawUnsound(organization, actor, id, version);
            return Optional.empty();
        }
    }

    /** Withdraws a stored pledge whose values make no pledge, by the same policies, version check and audit entry as any withdrawal. */
    private void withdrawUnsound(Organization organization, Actor actor, long id, Integer version) {
        readable(() -> commands.change(author(actor, organization.code()), "pledge.withdraw", standings(organization, actor), id, version,
                (before, now) -> {
                    check(PledgePolicies.forWithdrawal(actor, organization.code(), before.state(), id, before.withdrawn()), Refusal.Reason.CONFLICT);
                    return AuditedCommands.Changed.of(before.withdraw(), AuditedCommands.details("readiness", before.readiness().code(), "unsound", true));
                }));
    }

    /** What {@code read} reads, or 409 where the stored pledge makes no pledge: it cannot be read or changed until it is withdrawn and pledged again. */
    private static <T> T readable(Supplier<T> read) {
        try {
            return read.get();
        } catch (JdbcPledges.Unsound unsound) {
            LOG.warn("{}", unsound.getMessage());
            String detail = unsound.getMessage() + ": its state's liaison or the secretariat withdraws it, and pledges the unit again";
            throw Refusal.conflict(detail, List.of(new Refusal.FieldError("id", unsound.getMessage())));
        }
    }

    /**
     * Runs one change of a pledge under its row lock, from the version the actor saw, and records it in the
     * audit trail in the same transaction; {@link JdbcPledges.Unsound} where the stored pledge makes no pledge.
     */
    private Pledge change(Organization organization, Actor actor, long id, Integer version, String action, AuditedCommands.Change<Pledge> change) {
        requireReader(organization, actor);
        return commands.change(author(actor, organization.code()), action, pledges(organization), id, version, change);
    }

    /** The organization's pledges as the commands change them. */
    private AuditedCommands.Records<Long, Pledge> pledges(Organization organization) {
        return new AuditedCommands.Records<>() {
            @Override
            public Optional<Pledge> lock(Long id) {
                return pledges.lock(organization.code(), id);
            }

            @Override
            public Refusal missing(Long id) {
                return notFound(organization, id);
            }

            @Override
            public int version(Pledge pledge) {
                return pledge.version();
            }

            @Override
            public boolean save(Pledge before, Pledge after) {
                return pledges.save(before, after);
            }

            @Override
            public String kind() {
                return "pledge";
            }

            @Override
            public Object id(Pledge pledge) {
                return pledge.id();
            }
        };
    }

    /** The standings of the organization's stored pledges, whatever their values: what withdraws one that makes no pledge. */
    private AuditedCommands.Records<Long, JdbcPledges.Standing> standings(Organization organization, Actor actor) {
        return new AuditedCommands.Records<>() {
            @Override
            public Optional<JdbcPledges.Standing> lock(Long id) {
                return pledges.lockStanding(organization.code(), id);
            }

            @Override
            public Refusal missing(Long id) {
                return notFound(organization, id);
            }

            @Override
            public int version(JdbcPledges.Standing standing) {
                return standing.version();
            }

            @Override
            public boolean save(JdbcPledges.Standing before, JdbcPledges.Standing after) {
                return pledges.withdraw(before, actor.name(), RecordedTime.now(clock));
            }

            @Override
            public String kind() {
                return "pledge";
            }

            @Override
            public Object id(JdbcPledges.Standing standing) {
                return standing.id();
            }
        };
    }

    private static AuditedCommands.Author author(Actor actor, OrganizationCode organization) {
        return new AuditedCommands.Author(actor.name(), actor.rolesIn(organization), organization.value());
    }


    /** Refuses with every reason if any policy refuses: forbidden for who may act, conflict for the lifecycle, {@code otherwise} for the rest. */
    private static void check(List<Verdict> verdicts, Refusal.Reason otherwise) {
        List<Verdict.Refused> refusals = PledgePolicies.refusals(verdicts);
        if (refusals.isEmpty()) {
            return;
        }
        Refusal.Reason reason = refusals.stream().anyMatch(refused -> AUTHORIZATION.contains(refused.policy())) ? Refusal.Reason.FORBIDDEN
                : refusals.stream().anyMatch(refused -> LIFECYCLE.contains(refused.policy())) ? Refusal.Reason.CONFLICT : otherwise;
        throw Refusal.of(reason, reason == Refusal.Reason.FORBIDDEN ? "Forbidden" : "Refused by policy",
                refusals.stream().map(Verdict.Refused::reason).reduce((a, b) -> a + "; " + b).orElseThrow(),
                refusals.stream().map(refused -> new Refusal.FieldError(PledgeForms.field(refused.policy()), refused.reason())).toList());
    }

    private void requireReader(Organization organization, Actor actor) {
        if (!mayReadPledges(actor, organization.code())) {
            throw Refusal.forbidden("pledges are read by the role holders of " + organization.code(), List.of());
        }
    }

    private static Refusal notFound(Organization organization, long id) {
        return Refusal.notFound("id", "no pledge " + id + " of " + organization.code());
    }

    private Membership membership(Organization organization, Instant at) {
        return register.membership(organization.code(), at);
    }

    private Instant now() {
        return RecordedTime.now(clock);
    }

    /** The day of an instant, in UTC, as every date of the organization's record is read. */
    static LocalDate day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
