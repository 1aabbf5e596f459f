package org.entente.forces;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.provenance.Illustrative;

/**
 * What a state pledges, and what a liaison may edit: the pool, the unit's designation and capability,
 * its personnel and equipment, its notice to move in hours, its home base and how it travels (so that
 * force generation can compute its arrival with {@link org.entente.forcegeneration.Eta}), its national
 * caveats, and until when the pledge stands ({@code expiresOn}, the first day it no longer does).
 * Whether the personnel, the notice to move and the expiry are acceptable is for {@link PledgePolicies}
 * to say, within the bounds here ({@link #MAX_PERSONNEL}, {@link #MAX_NOTICE_TO_MOVE_HOURS}).
 */
public record PledgeTerms(String poolId, String designation, Capability capability, int personnel, List<Equipment> equipment,
                          int noticeToMoveHours, GeoPoint homeBase, Transport transport, Caveats caveats, LocalDate expiresOn) {

    public static final int MAX_DESIGNATION = 200;
    /** A unit's personnel: from 1 to a division's strength several times over. */
    public static final int MAX_PERSONNEL = 100_000;
    /** A notice to move: from none to a month (720 hours); a unit that needs longer is not a standing force's. */
    public static final int MAX_NOTICE_TO_MOVE_HOURS = 720;
    /**
     * The designation prefix reserved for the demo's illustrative pledge catalogue: a unit so named is invented for the
     * demo, not a sourced pledge of its state ({@link PledgePolicies#designationNotReserved} keeps it to the system).
     */
    public static final String ILLUSTRATIVE_PREFIX = Illustrative.PREFIX;

    public PledgeTerms {
        Objects.requireNonNull(poolId, "pool");
        Objects.requireNonNull(designation, "designation");
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(homeBase, "home base");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(expiresOn, "expiry");
        caveats = caveats == null ? Caveats.NONE : caveats;
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
        if (designation.isBlank() || designation.length() > MAX_DESIGNATION) {
            throw new IllegalArgumentException("a unit's designation is 1 to " + MAX_DESIGNATION + " characters");
        }
    }

    /** Whether the unit is one of the demo's illustrative catalogue ({@link #ILLUSTRATIVE_PREFIX}), not a sourced pledge. */
    public boolean illustrative() {
        return Illustrative.marks(designation);
    }

    /** One field an edit changed, as text before and after. */
    public record Difference(String field, String before, String after) {
    }

    /** The fields whose values differ from {@code before}, in the order of the record, each as text. */
    public List<Difference> differencesFrom(PledgeTerms before) {
        var differences = new ArrayList<Difference>();
        compare(differences, "pool", before, PledgeTerms::poolId);
        compare(differences, "designation", before, PledgeTerms::designation);
        compare(differences, "capability", before, PledgeTerms::capability);
        compare(differences, "personnel", before, PledgeTerms::personnel);
        compare(differences, "equipment", before, terms -> terms.equipment().stream().map(Equipment::toString).collect(Collectors.joining("; ")));
        compare(differences, "noticeToMoveHours", before, PledgeTerms::noticeToMoveHours);
        compare(differences, "homeBase", before, terms -> terms.homeBase().lat() + ", " + terms.homeBase().lon());
        compare(differences, "transport", before, PledgeTerms::transport);
        compare(differences, "caveats", before, PledgeTerms::caveats);
        compare(differences, "expiresOn", before, PledgeTerms::expiresOn);
        return List.copyOf(differences);
    }

    private void compare(List<Difference> differences, String field, PledgeTerms before, Function<PledgeTerms, Object> value) {
        String was = String.valueOf(value.apply(before));
        String is = String.valueOf(value.apply(this));
        if (!was.equals(is)) {
            differences.add(new Difference(field, was, is));
        }
    }
}
