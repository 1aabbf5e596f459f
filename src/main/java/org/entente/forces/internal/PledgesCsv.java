package org.entente.forces.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.web.Csv;

/**
 * An organization's pledged units as a CSV download (docs/export.md), for its role holders only: a row per pledge, with
 * the API's filters, as {@code GET /api/v1/organizations/{organization}/pledges} answers them (every page at once; the
 * history is the API's). Equipment is one field, {@code name=count} items separated by {@code "; "}.
 */
final class PledgesCsv {

    static final List<String> COLUMNS = List.of("id", "state", "pool", "designation", "capability", "personnel", "equipment",
            "notice_to_move_hours", "home_base_lat", "home_base_lon", "transport", "no_combat", "national_cap_personnel", "readiness", "status",
            "expires_on", "valid_today", "version", "illustrative");

    private PledgesCsv() {
    }

    static Csv.Table of(List<ForcesViews.PledgeView> pledges) {
        return new Csv.Table(COLUMNS, pledges.stream().map(PledgesCsv::row).toList());
    }

    private static List<Object> row(ForcesViews.PledgeView pledge) {
        return Arrays.asList(pledge.id(), pledge.state(), pledge.pool(), pledge.designation(), pledge.capability(), pledge.personnel(),
                pledge.equipment().stream().map(item -> item.name() + "=" + item.count()).collect(Collectors.joining("; ")),
                pledge.noticeToMoveHours(), pledge.homeBase().lat(), pledge.homeBase().lon(), pledge.transport(), pledge.caveats().noCombat(),
                pledge.caveats().nationalCapPersonnel(), pledge.readiness(), pledge.status(), pledge.expiresOn(), pledge.validToday(), pledge.version(),
                pledge.illustrative());
    }
}
