package org.entente.mission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.entente.command.Verdict;
import org.entente.register.StateCode;

/**
 * The named policies a sitrep must pass to be filed, each allowing it or saying why not. {@link #forFiling} lists the
 * verdicts of every policy, so that a refusal gives every reason at once. Who files is given as plain facts (whether the
 * filer is the mission's secretariat, and the states they are liaison for), not as an access type.
 */
public final class SitrepPolicies {

    public static final String NUMBERED_IN_ORDER = "numbered-in-order";
    public static final String REVISES_THE_LATEST_SITREP = "revises-the-latest-sitrep";
    public static final String WITHIN_THE_FILERS_SCOPE = "within-the-filers-scope";
    public static final String REPORTS_ITS_OWN_CONTINGENT = "reports-its-own-contingent";
    public static final String AS_OF_NOT_IN_THE_FUTURE = "as-of-not-in-the-future";
    public static final String CHANGES_NAME_THE_MISSIONS_OWN = "changes-name-the-missions-own";
    public static final String READABLE_BY_ITS_FILER = "readable-by-its-filer";

    private SitrepPolicies() {
    }

    /** A new sitrep (a first revision) takes the next number of the mission's one sequence. */
    public static Verdict numberedInOrder(Sitrep sitrep, Sitreps log) {
        return numberedInOrder(sitrep, log.nextNumber());
    }

    /** A new sitrep (a first revision) takes {@code nextNumber}. */
    public static Verdict numberedInOrder(Sitrep sitrep, int nextNumber) {
        Objects.requireNonNull(sitrep, "sitrep");
        return sitrep.revision() > 1 || sitrep.number() == nextNumber
                ? new Verdict.Allowed(NUMBERED_IN_ORDER)
                : new Verdict.Refused(NUMBERED_IN_ORDER, "a new sitrep takes the next number, " + nextNumber + ", not " + sitrep.number());
    }

    /** A revision revises the latest revision of its number, a sitrep filed, and keeps its scope. */
    public static Verdict revisesTheLatestRevision(Sitrep revision, Sitreps log) {
        return revisesTheLatestRevision(revision, log.latest(revision.number()));
    }

    /** A revision revises {@code latest}, the latest revision of its number (empty where that number was not filed), and keeps its scope. */
    public static Verdict revisesTheLatestRevision(Sitrep revision, Optional<Sitrep> latest) {
        Objects.requireNonNull(revision, "revision");
        if (revision.revision() == 1) {
            return new Verdict.Allowed(REVISES_THE_LATEST_SITREP);
        }
        if (latest.isEmpty()) {
            return new Verdict.Refused(REVISES_THE_LATEST_SITREP, "sitrep " + revision.number() + " was not filed; a revision revises a sitrep filed");
        }
        Sitrep standing = latest.get();
        if (standing.revision() + 1 != revision.revision()) {
            return new Verdict.Refused(REVISES_THE_LATEST_SITREP, "sitrep " + revision.number() + " stands at revision " + standing.revision()
                    + "; a revision revises that one, as revision " + (standing.revision() + 1) + ", not as revision " + revision.revision());
        }
        if (!standing.scope().equals(revision.scope())) {
            return new Verdict.Refused(REVISES_THE_LATEST_SITREP, "sitrep " + revision.number() + " reports on " + describe(standing.scope())
                    + "; a revision keeps its scope, and does not report on " + describe(revision.scope()));
        }
        return new Verdict.Allowed(REVISES_THE_LATEST_SITREP);
    }

    /**
     * A liaison files for their own state's contingent; the secretariat for the whole mission.
     *
     * @param secretariat whether the filer is the secretariat of the mission's organization
     * @param liaisonFor the states whose liaison the filer is (none for a filer who is no liaison)
     */
    public static Verdict withinTheFilersScope(Sitrep.Scope scope, boolean secretariat, Set<StateCode> liaisonFor) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(liaisonFor, "liaison for");
        return switch (scope) {
            case Sitrep.Scope.WholeMission whole -> secretariat
                    ? new Verdict.Allowed(WITHIN_THE_FILERS_SCOPE)
                    : new Verdict.Refused(WITHIN_THE_FILERS_SCOPE, "a sitrep on the whole mission is the secretariat's; a liaison files for their own state's contingent");
            case Sitrep.Scope.OneContingent contingent -> liaisonFor.contains(contingent.state())
                    ? new Verdict.Allowed(WITHIN_THE_FILERS_SCOPE)
                    : new Verdict.Refused(WITHIN_THE_FILERS_SCOPE, "a sitrep on the contingent of " + contingent.state() + " is filed by the liaison of "
                            + contingent.state() + (secretariat ? "; the secretariat files on the whole mission" : ""));
        };
    }

    /** A sitrep on one contingent reports milestones of that contingent only. */
    public static Verdict reportsItsOwnContingent(Sitrep sitrep, Sites sites) {
        Objects.requireNonNull(sitrep, "sitrep");
        if (!(sitrep.scope() instanceof Sitrep.Scope.OneContingent(var state))) {
            return new Verdict.Allowed(REPORTS_ITS_OWN_CONTINGENT);
        }
        List<StateCode> others = sitrep.changes().stream()
                .filter(Sitrep.Change.MilestoneReport.class::isInstance).map(Sitrep.Change.MilestoneReport.class::cast)
                .map(Sitrep.Change.MilestoneReport::state).filter(other -> !other.equals(state)).distinct().toList();
        List<String> notHeld = sitrep.changes().stream()
                .filter(Sitrep.Change.SiteStatusChange.class::isInstance).map(Sitrep.Change.SiteStatusChange.class::cast)
                .map(Sitrep.Change.SiteStatusChange::siteId).distinct()
                .filter(site -> sites.site(site).map(Site::holder).filter(state::equals).isEmpty()).toList();
        if (others.isEmpty() && notHeld.isEmpty()) {
            return new Verdict.Allowed(REPORTS_ITS_OWN_CONTINGENT);
        }
        var reasons = new java.util.ArrayList<String>();
        if (!others.isEmpty()) {
            reasons.add("reports its milestones only, not those of " + others.stream().map(StateCode::value).toList());
        }
        if (!notHeld.isEmpty()) {
            reasons.add("moves only the sites it holds, not " + notHeld);
        }
        return new Verdict.Refused(REPORTS_ITS_OWN_CONTINGENT, "a sitrep on the contingent of " + state + " " + String.join(", and ", reasons));
    }

    /** A sitrep's picture holds as of a time that has come: not after {@code now}. */
    public static Verdict asOfNotInTheFuture(Sitrep sitrep, Instant now) {
        Objects.requireNonNull(sitrep, "sitrep");
        Objects.requireNonNull(now, "now");
        return sitrep.asOf().isAfter(now)
                ? new Verdict.Refused(AS_OF_NOT_IN_THE_FUTURE, "a sitrep is as of a time that has come; " + sitrep.asOf() + " is after now (" + now + ")")
                : new Verdict.Allowed(AS_OF_NOT_IN_THE_FUTURE);
    }

    /** The changes a sitrep reports name only the mission's sites and the states that sent it a contingent. */
    public static Verdict changesNameTheMissionsOwn(Sitrep sitrep, Mission mission, Sites sites) {
        Objects.requireNonNull(sitrep, "sitrep");
        var unknown = new ArrayList<String>();
        for (Sitrep.Change change : sitrep.changes()) {
            switch (change) {
                case Sitrep.Change.SiteStatusChange site when sites.site(site.siteId()).isEmpty() -> unknown.add("site " + site.siteId());
                case Sitrep.Change.MilestoneReport report when mission.contingent(report.state()).isEmpty() -> unknown.add("contingent of " + report.state());
                default -> {
                }
            }
        }
        List<String> named = unknown.stream().distinct().toList();
        return named.isEmpty()
                ? new Verdict.Allowed(CHANGES_NAME_THE_MISSIONS_OWN)
                : new Verdict.Refused(CHANGES_NAME_THE_MISSIONS_OWN, "mission " + mission.id() + " has no " + String.join(" and no ", named));
    }

    /**
     * A sitrep is marked so that whoever files it may read it: a liaison who marked their sitrep for the council
     * (which liaisons do not read) could not read back what they filed.
     *
     * @param filerMayRead whether the filer may read a record with the sitrep's marking ({@link org.entente.access.ReleaseMarking#readableBy})
     */
    public static Verdict readableByItsFiler(Sitrep sitrep, boolean filerMayRead) {
        Objects.requireNonNull(sitrep, "sitrep");
        return filerMayRead
                ? new Verdict.Allowed(READABLE_BY_ITS_FILER)
                : new Verdict.Refused(READABLE_BY_ITS_FILER, "a sitrep is marked so that its filer may read it; " + sitrep.preparedBy()
                        + " may not read a sitrep marked '" + sitrep.marking().code() + "'");
    }

    /**
     * Every policy on filing {@code sitrep} (a new one or a revision) into {@code log} at {@code now}.
     *
     * @param filerMayRead whether the filer may read a record with the sitrep's marking
     */
    public static List<Verdict> forFiling(Sitrep sitrep, Sitreps log, Mission mission, Sites sites, boolean secretariat, Set<StateCode> liaisonFor,
                                          boolean filerMayRead, Instant now) {
        return List.of(numberedInOrder(sitrep, log), revisesTheLatestRevision(sitrep, log), withinTheFilersScope(sitrep.scope(), secretariat, liaisonFor),
                reportsItsOwnContingent(sitrep, sites), asOfNotInTheFuture(sitrep, now), changesNameTheMissionsOwn(sitrep, mission, sites),
                readableByItsFiler(sitrep, filerMayRead));
    }

    private static String describe(Sitrep.Scope scope) {
        return switch (scope) {
            case Sitrep.Scope.WholeMission whole -> "the whole mission";
            case Sitrep.Scope.OneContingent contingent -> "the contingent of " + contingent.state();
        };
    }
}
