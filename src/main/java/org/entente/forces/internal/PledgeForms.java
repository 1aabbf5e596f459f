package org.entente.forces.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.forces.Transport;
import org.entente.command.Refusal;
import org.entente.forces.Caveats;
import org.entente.forces.Equipment;
import org.entente.forces.PledgePolicies;
import org.entente.forces.PledgeTerms;
import org.entente.forces.Readiness;
import org.entente.register.Coded;
import org.entente.register.StateCode;

/**
 * What the API and the pages submit for a pledge, checked once: a missing or malformed field is a
 * problem that names it (400). Whether well-formed terms are acceptable is for the policies to say.
 */
final class PledgeForms {

    static final int MAX_EQUIPMENT = 100;

    /** The bounds a pledge's terms are held to, as the pledge form states them before they bite. */
    record Limits(int designation, int personnel, int noticeToMoveHours, int latitude, int longitude, int nationalCap, int equipment,
                  int equipmentCount, int equipmentName) {
    }

    static final Limits LIMITS = new Limits(PledgeTerms.MAX_DESIGNATION, PledgeTerms.MAX_PERSONNEL, PledgeTerms.MAX_NOTICE_TO_MOVE_HOURS,
            GeoPoint.MAX_LATITUDE, GeoPoint.MAX_LONGITUDE, Caveats.MAX_NATIONAL_CAP, MAX_EQUIPMENT, Equipment.MAX_COUNT, Equipment.MAX_NAME);

    /** One line of the equipment field on the pages: a count, then the name ("12 BTR-82A", "12 × BTR-82A"). */
    private static final Pattern EQUIPMENT_LINE = Pattern.compile("(\\d{1,9})\\s*[x×]?\\s+(\\S.*)");

    private PledgeForms() {
    }

    /** A pledge's terms as submitted; every field by its name in the API, boxed so that a missing one can be named. */
    record Submitted(String pool, String designation, String capability, Integer personnel, List<Equipment> equipment,
                     Integer noticeToMoveHours, Double lat, Double lon, String transport, Boolean noCombat, Integer nationalCapPersonnel,
                     String expiresOn) {
    }

    static PledgeTerms terms(Submitted submitted) {
        String pool = required("pool", submitted.pool());
        String designation = required("designation", submitted.designation());
        if (designation.length() > PledgeTerms.MAX_DESIGNATION) {
            throw Refusal.invalid("designation", "a designation is at most " + PledgeTerms.MAX_DESIGNATION + " characters");
        }
        Capability capability = capability(submitted.capability());
        Transport transport = Coded.parse(Transport.class, "transport", stripped(submitted.transport()));
        if (submitted.personnel() == null) {
            throw Refusal.invalid("personnel", "give the unit's personnel");
        }
        if (submitted.noticeToMoveHours() == null) {
            throw Refusal.invalid("noticeToMoveHours", "give the notice to move in whole hours, 0 to " + PledgeTerms.MAX_NOTICE_TO_MOVE_HOURS);
        }
        List<Equipment> equipment = submitted.equipment() == null ? List.of() : submitted.equipment();
        if (equipment.size() > MAX_EQUIPMENT) {
            throw Refusal.invalid("equipment", "at most " + MAX_EQUIPMENT + " items of equipment");
        }
        if (submitted.lat() == null || submitted.lon() == null) {
            throw Refusal.invalid("homeBase", "give the home base's latitude and longitude");
        }
        GeoPoint base;
        try {
            base = new GeoPoint(submitted.lat(), submitted.lon());
        } catch (IllegalArgumentException e) {
            throw Refusal.outOfBounds("homeBase", e.getMessage() + " (latitude -" + GeoPoint.MAX_LATITUDE + " to " + GeoPoint.MAX_LATITUDE
                    + ", longitude -" + GeoPoint.MAX_LONGITUDE + " to " + GeoPoint.MAX_LONGITUDE + ", in degrees)");
        }
        Caveats caveats;
        try {
            caveats = new Caveats(Boolean.TRUE.equals(submitted.noCombat()), submitted.nationalCapPersonnel());
        } catch (IllegalArgumentException e) {
            throw Refusal.outOfBounds("caveats.nationalCapPersonnel", e.getMessage());
        }
        return new PledgeTerms(pool, designation, capability, submitted.personnel(), equipment, submitted.noticeToMoveHours(), base, transport,
                caveats, date("expiresOn", submitted.expiresOn()));
    }

    /** An edit as the API submits it: the new terms, and the version of the pledge the change was made from. */
    record Edit(PledgeTerms terms, int version) {
    }

    /** The terms of an edit, and the version it was made from, which an edit must send. */
    static Edit edit(Submitted submitted, Integer version) {
        PledgeTerms terms = terms(submitted);
        if (version == null) {
            throw Refusal.invalid("version", "send the version of the pledge the change was made from");
        }
        return new Edit(terms, version);
    }

    /**
     * A pledge's state does not change: an edit may leave it out, or name the pledge's own
     * ({@code own}, read only when the edit names one).
     */
    static void keepsState(String submitted, Supplier<StateCode> own) {
        if (submitted != null && !submitted.equals(own.get().value())) {
            throw Refusal.invalid("state", "a pledge's state does not change; pledge a new unit instead");
        }
    }

    /** The equipment as the API submits it: each item a name and a count. */
    static List<Equipment> equipment(List<EquipmentItem> items) {
        if (items == null) {
            return List.of();
        }
        var equipment = new ArrayList<Equipment>();
        for (int i = 0; i < items.size(); i++) {
            EquipmentItem item = items.get(i);
            if (item != null && item.count() != null && !Equipment.countInBounds(item.count())) {
                throw Refusal.outOfBounds("equipment[" + i + "].count", Equipment.COUNT_BOUNDS + ", not " + item.count());
            }
            try {
                equipment.add(new Equipment(item == null || item.name() == null ? "" : item.name().strip(), item == null || item.count() == null ? 0 : item.count()));
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("equipment[" + i + "]", e.getMessage());
            }
        }
        return equipment;
    }

    record EquipmentItem(String name, Integer count) {
    }

    /** The equipment as the pages submit it: one item per line, its count first ("12 BTR-82A"). */
    static List<Equipment> equipmentLines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var equipment = new ArrayList<Equipment>();
        for (String line : text.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher matcher = EQUIPMENT_LINE.matcher(line.strip());
            try {
                if (!matcher.matches()) {
                    throw new IllegalArgumentException("'" + line.strip() + "' is not a count followed by a name, e.g. 12 BTR-82A");
                }
                if (!Equipment.countInBounds(Integer.parseInt(matcher.group(1)))) {
                    throw Refusal.outOfBounds("equipment", Equipment.COUNT_BOUNDS + ": " + line.strip());
                }
                equipment.add(new Equipment(matcher.group(2).strip(), Integer.parseInt(matcher.group(1))));
            } catch (IllegalArgumentException e) {
                throw Refusal.invalid("equipment", e.getMessage());
            }
        }
        return equipment;
    }

    /** The equipment as the page's field shows it, one item per line. */
    static String equipmentText(List<Equipment> equipment) {
        return equipment.stream().map(item -> item.count() + " " + item.name()).collect(Collectors.joining("\n"));
    }

    static StateCode state(String state) {
        return StateCode.parse("state", state);
    }

    /** A readiness to raise a pledge to, or null for the rung above its own. */
    static Readiness readiness(String readiness) {
        if (readiness == null || readiness.isBlank()) {
            return null;
        }
        return Coded.parse(Readiness.class, "readiness", readiness);
    }

    static Capability capability(String capability) {
        return Coded.parse(Capability.class, "capability", stripped(capability));
    }

    static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(required(field, value));
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "'" + value + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    /** The submitted field a policy's refusal is about. */
    static String field(String policy) {
        return switch (policy) {
            case PledgePolicies.POOL_EXISTS -> "pool";
            case PledgePolicies.STATE_IN_GOOD_STANDING -> "state";
            case PledgePolicies.PERSONNEL_WITHIN_BOUNDS, PledgePolicies.WITHIN_NATIONAL_CAP -> "personnel";
            case PledgePolicies.NOTICE_WITHIN_BOUNDS -> "noticeToMoveHours";
            case PledgePolicies.EXPIRY_IN_THE_FUTURE -> "expiresOn";
            case PledgePolicies.ONE_RUNG_UP -> "readiness";
            case PledgePolicies.DESIGNATION_NOT_RESERVED -> "designation";
            default -> policy;
        };
    }

    private static String stripped(String value) {
        return value == null ? null : value.strip();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Refusal.invalid(field, "the field '" + field + "' is required");
        }
        return value.strip();
    }
}
