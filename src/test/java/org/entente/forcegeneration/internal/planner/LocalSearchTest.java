package org.entente.forcegeneration.internal.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.entente.forcegeneration.BenchmarkInstances;
import org.entente.forcegeneration.ForcePlan;
import org.entente.forcegeneration.ForceProblem;
import org.entente.forcegeneration.Progress;
import org.entente.forcegeneration.SmallProblems;
import org.junit.jupiter.api.Test;

/**
 * The local search's moves, draw for draw: the baseline search (no move of it depends on the clock),
 * seeded and stopped after a given number of moves, makes the plans it made before its moves were
 * written one type per family, on small problems and on a benchmark instance.
 */
class LocalSearchTest {

    /** Asks the search to stop at its {@code checks}-th question, which it asks every 65,536 moves (the first at move 0). */
    private static Progress stopAtCheck(int checks) {
        return new Progress() {
            private int asked;

            @Override
            public boolean stopRequested() {
                return ++asked >= checks;
            }

            @Override
            public void improved(double objective) {
            }
        };
    }

    private static String fingerprint(ForceProblem problem, long seed) {
        ForcePlan start = GreedyConstruction.build(problem);
        LocalSearch.Outcome outcome = LocalSearch.improve(problem, start, Duration.ofHours(1), LocalSearch.Strategy.BASELINE, seed, stopAtCheck(3));
        assertThat(outcome.moves()).isEqualTo(2 * 65_536);
        return Math.round(outcome.objective()) + ":" + Integer.toHexString(outcome.plan().hashCode());
    }

    @Test
    void aSeededBaselineSearchMakesTheSamePlansMoveForMove() {
        List<String> small = new ArrayList<>();
        for (long seed = 1; seed <= 12; seed++) {
            small.add(fingerprint(SmallProblems.random(seed), seed));
        }
        String medium = fingerprint(BenchmarkInstances.read(BenchmarkInstances.named("M-HIGH-t0.25-s1").getFirst()), 7);

        assertThat(small).containsExactly("928958:89ff4285", "2276281:ea66f3c1", "7931:62dacda5", "587340:2fabba5e", "640008:9158be1f",
                "1635374:2ad3fdc1", "399405:f5b99e81", "2223079:1a648de", "1416898:6df73162", "277406:6b027fbf", "1046609:bda12ebb",
                "678069:385e74fa");
        assertThat(medium).isEqualTo("11259:da153b08");
    }
}
