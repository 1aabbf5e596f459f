package org.entente.register.internal;

import java.util.List;
import org.entente.register.internal.RegisterQueries.MembersOnDate;
import org.entente.web.Csv;

/**
 * The members on a date as a CSV download (docs/export.md): a row per state with a standing on the date, as
 * {@code GET /api/v1/organizations/{organization}/members?date=} answers it.
 */
final class MembersCsv {

    static final List<String> COLUMNS = List.of("organization", "date", "state", "name_en", "name_ru", "name_id", "standing", "member");

    private MembersCsv() {
    }

    static Csv.Table of(MembersOnDate members) {
        return new Csv.Table(COLUMNS, members.states().stream().map(state -> List.<Object>of(members.organization().value(), members.date(),
                state.state().value(), name(state, "en"), name(state, "ru"), name(state, "id"), state.standing().code(), state.member())).toList());
    }

    /** The file's name: the organization's code and the date, {@code csto-members-2022-01-10.csv}. */
    static String filename(MembersOnDate members) {
        return Csv.filename(members.organization().value(), "members-" + members.date());
    }

    private static String name(RegisterQueries.StateStandingView state, String language) {
        return state.names().getOrDefault(language, "");
    }
}
