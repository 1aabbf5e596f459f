package org.entente.forces;

/**
 * What a state's government excludes for its unit: combat tasks ({@code noCombat}), and more personnel
 * than a national cap ({@code nationalCapPersonnel}, null for none).
 */
public record Caveats(boolean noCombat, Integer nationalCapPersonnel) {

    public static final Caveats NONE = new Caveats(false, null);

    public Caveats {
        if (nationalCapPersonnel != null && nationalCapPersonnel < 1) {
            throw new IllegalArgumentException("a national cap on personnel is at least 1, not " + nationalCapPersonnel);
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
