package org.entente.register.internal;

import java.util.List;
import org.entente.register.AllianceCodings;
import org.entente.register.Coded;
import org.entente.register.PartialDate;
import org.entente.register.StateCode;

/** An instrument's codings as the column {@code instrument.codings} keeps them: JSON of plain texts, in the dataset format's shape. */
record StoredCodings(Cow correlatesOfWar, Atop atop) {

    record Cow(String type, String signed, List<Exit> exits, String reference, String caution, List<String> sources) {
    }

    record Exit(String state, String date) {
    }

    record Atop(List<Obligation> obligations, String caution, List<String> sources) {
    }

    record Obligation(String obligation, String finding, String clause, String note) {
    }

    static StoredCodings of(AllianceCodings codings) {
        var cow = codings.correlatesOfWar();
        var atop = codings.atop();
        return new StoredCodings(
                cow == null ? null : new Cow(cow.type().code(), cow.signed() == null ? null : cow.signed().toString(),
                        cow.exits().stream().map(exit -> new Exit(exit.state().value(), exit.date().toString())).toList(),
                        cow.reference(), cow.caution(), cow.sources()),
                atop == null ? null : new Atop(atop.obligations().stream()
                        .map(mapping -> new Obligation(mapping.obligation().code(), mapping.finding().code(), mapping.clause(), mapping.note()))
                        .toList(), atop.caution(), atop.sources()));
    }

    AllianceCodings codings() {
        return new AllianceCodings(
                correlatesOfWar == null ? null : new AllianceCodings.CorrelatesOfWar(
                        Coded.fromCode(AllianceCodings.CowType.class, correlatesOfWar.type()),
                        correlatesOfWar.signed() == null ? null : PartialDate.parse(correlatesOfWar.signed()),
                        correlatesOfWar.exits() == null ? List.of() : correlatesOfWar.exits().stream()
                                .map(exit -> new AllianceCodings.MemberExit(StateCode.of(exit.state()), PartialDate.parse(exit.date()))).toList(),
                        correlatesOfWar.reference(), correlatesOfWar.caution(), correlatesOfWar.sources()),
                atop == null ? null : new AllianceCodings.Atop(atop.obligations().stream()
                        .map(mapping -> new AllianceCodings.ObligationMapping(Coded.fromCode(AllianceCodings.AtopObligation.class, mapping.obligation()),
                                Coded.fromCode(AllianceCodings.Finding.class, mapping.finding()), mapping.clause(), mapping.note()))
                        .toList(), atop.caution(), atop.sources()));
    }
}
