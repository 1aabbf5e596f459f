package org.entente.forcegeneration;

import java.util.List;
import java.util.stream.Collectors;
import org.entente.command.Verdict;

/** The named policies accepting a plan as a force package must pass, each allowing it or saying what it takes. */
public final class PackagePolicies {

    public static final String COVERS_EVERY_REQUIREMENT = "covers-every-requirement";

    private PackagePolicies() {
    }

    /**
     * A plan that covers every requirement is accepted as it is; one that leaves any short only once whoever
     * accepts it acknowledges the shortfall, which the warning names requirement by requirement.
     */
    public static Verdict coversEveryRequirement(List<Shortfall> shortfalls) {
        return shortfalls.isEmpty()
                ? new Verdict.Allowed(COVERS_EVERY_REQUIREMENT)
                : new Verdict.Warning(COVERS_EVERY_REQUIREMENT, "the plan leaves " + shortfalls.size() + " requirement(s) short: "
                        + shortfalls.stream().map(Shortfall::described).collect(Collectors.joining("; ")));
    }
}
