package org.entente.support;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a pledge as a liaison sends it to the CSTO's peacekeeping pool (CPF): a unit of
 * {@code state} on 48 hours' notice, flown from Almaty, valid for a year; a map to adjust (e.g. to add
 * the {@code version} an edit was made from) before sending.
 */
public final class TestPledges {

    private TestPledges() {
    }

    public static Map<String, Object> body(String state, String designation, String capability, int personnel) {
        var unit = new LinkedHashMap<String, Object>();
        unit.put("state", state);
        unit.put("pool", "CPF");
        unit.put("designation", designation);
        unit.put("capability", capability);
        unit.put("personnel", personnel);
        unit.put("equipment", List.of(Map.of("name", "BTR-82A", "count", 10)));
        unit.put("noticeToMoveHours", 48);
        unit.put("homeBase", Map.of("lat", 43.2, "lon", 76.9));
        unit.put("transport", "air");
        unit.put("expiresOn", LocalDate.now(ZoneOffset.UTC).plusYears(1).toString());
        return unit;
    }

    /** The body of an edit: the pledge's terms and the version it was made from. */
    public static Map<String, Object> edit(String state, String designation, String capability, int personnel, int version) {
        Map<String, Object> unit = body(state, designation, capability, personnel);
        unit.put("version", version);
        return unit;
    }
}
