package org.entente.forcegeneration;

/** What a planner tells while it runs, and how it is asked to stop early. Called from the planner's threads. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public boolean stopRequested() {
            return false;
        }

        @Override
        public void improved(double objective) {
        }
    };

    /** Whether the planner should stop now with the best plan it has. */
    boolean stopRequested();

    /** The planner found a plan of this objective, better than any before. */
    void improved(double objective);
}
