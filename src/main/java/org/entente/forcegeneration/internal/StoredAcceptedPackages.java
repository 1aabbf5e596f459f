package org.entente.forcegeneration.internal;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.forcegeneration.AcceptedPackages;
import org.entente.forcegeneration.Requirement;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.springframework.stereotype.Component;

/** The accepted packages as stored, each unit with the capability of the requirement it was chosen for. */
@Component
class StoredAcceptedPackages implements AcceptedPackages {

    private final JdbcForceGeneration store;

    StoredAcceptedPackages(JdbcForceGeneration store) {
        this.store = store;
    }

    @Override
    public Optional<AcceptedPackage> of(OrganizationCode organization, String requestId) {
        var units = store.packageUnits(organization, requestId);
        if (units.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Requirement> requirements = store.requirements(organization, requestId).stream()
                .flatMap(statement -> statement.requirements().stream())
                .collect(Collectors.toMap(Requirement::id, Function.identity()));
        var first = units.stream().min(Comparator.comparing(JdbcForceGeneration.PackageUnit::acceptedAt)).orElseThrow();
        // Against the statement of requirements standing now: a unit whose requirement was removed since the package was accepted is
        // left out here without a word, and one whose requirement changed takes the new capability. The package is then out of date
        // (ForceGenerationViews.PackageView.outOfDate, shown on the page and by the API); missions are not told of it yet.
        return Optional.of(new AcceptedPackage(requestId, first.acceptedAt(), first.acceptedBy(), units.stream()
                .filter(unit -> requirements.containsKey(unit.requirementId()))
                .map(unit -> new Unit(unit.unitId(), unit.designation(), StateCode.of(unit.state()), requirements.get(unit.requirementId()).capability(),
                        unit.personnel(), unit.etaHours()))
                .toList()));
    }
}
