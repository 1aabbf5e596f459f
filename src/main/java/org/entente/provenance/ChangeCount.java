package org.entente.provenance;

/** How many records a replacement added, corrected (superseded), retired and left unchanged. */
public record ChangeCount(int added, int corrected, int retired, int unchanged) {

    public static final ChangeCount NONE = new ChangeCount(0, 0, 0, 0);

    public ChangeCount plus(ChangeCount other) {
        return new ChangeCount(added + other.added, corrected + other.corrected, retired + other.retired, unchanged + other.unchanged);
    }

    public boolean changedAnything() {
        return added + corrected + retired > 0;
    }
}
