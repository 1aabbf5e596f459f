package org.entente.forcegeneration.internal;

import java.util.Arrays;
import java.util.List;
import org.entente.web.Csv;

/**
 * A request's force package as a CSV download (docs/export.md): a row per unit, in the package's order (requirement,
 * state, unit), as {@code GET /api/v1/organizations/{organization}/requests/{id}/force-generation/package} answers it;
 * the header row alone before a package is accepted.
 */
final class PackageCsv {

    static final List<String> COLUMNS = List.of("request", "requirement", "state", "unit", "designation", "personnel", "eta_hours",
            "accepted_at", "accepted_by", "accepted_short");

    private PackageCsv() {
    }

    static Csv.Table of(String requestId, ForceGenerationViews.PackageView forcePackage) {
        return new Csv.Table(COLUMNS, forcePackage.units().stream().map(unit -> Arrays.<Object>asList(requestId, unit.requirementId(), unit.state(),
                unit.unitId(), unit.designation(), unit.personnel(), unit.etaHours(), unit.acceptedAt(), unit.acceptedBy(), unit.acceptedShort())).toList());
    }
}
