package org.entente.forcegeneration.internal.planner;

import java.util.Arrays;

/** The moves of one step of a search, each unit and where it was, undone in reverse where the step is not kept. */
final class MoveLog {

    /** How a search moves a unit (through its own bookkeeping, where it keeps any). */
    interface Mover {
        void move(int unit, int requirement);
    }

    private final PlanState state;
    private final Mover mover;
    private int[] units = new int[16];
    private int[] from = new int[16];
    private int size;

    MoveLog(PlanState state, Mover mover) {
        this.state = state;
        this.mover = mover;
    }

    /** Begins a step: nothing logged. */
    void clear() {
        size = 0;
    }

    /** Moves unit {@code u} to {@code to}, remembering where it was. */
    void move(int u, int to) {
        if (size == units.length) {
            units = Arrays.copyOf(units, size * 2);
            from = Arrays.copyOf(from, size * 2);
        }
        units[size] = u;
        from[size++] = state.requirementOf(u);
        mover.move(u, to);
    }

    /** Puts every unit moved since {@link #clear} back, the last first. */
    void undo() {
        for (int i = size - 1; i >= 0; i--) {
            mover.move(units[i], from[i]);
        }
        size = 0;
    }
}
