package org.entente.forces;

/**
 * What a state's government excludes for its unit: combat tasks ({@code noCombat}), and more personnel
 * than a national cap ({@code nationalCapPersonnel}, null for none).
 */
public record Caveats(boolean noCombat, Integer nationalCapPersonnel) {

    public static final Caveats NONE = new Caveats(false, null);
    /** A national cap on personnel: from 1 to a million, which no state's contribution approaches. */
    public static final int MAX_NATIONAL_CAP = 1_000_000;

    public Caveats {
        if (nationalCapPersonnel != null && (nationalCapPersonnel < 1 || nationalCapPersonnel > MAX_NATIONAL_CAP)) {
            throw new IllegalArgumentException("a national cap on personnel is from 1 to " + MAX_NATIONAL_CAP + ", not " + nationalCapPersonnel);
        }
    }

    @Override
    public String toString() {
        if (!noCombat && nationalCapPersonnel == null) {
            return "none";
        }
        return (noCombat ? "no combat tasks" : "") + (noCombat && nationalCapPersonnel != null ? "; " : "")
                + (nationalCapPersonnel == null ? "" : "national cap " + nationalCapPersonnel + " personnel");
    }
}
