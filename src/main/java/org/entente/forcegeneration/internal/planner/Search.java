package org.entente.forcegeneration.internal.planner;

import java.util.Random;
import org.entente.forcegeneration.Progress;

/**
 * The local search's loop: until the deadline (or until asked to stop), one step on a random
 * requirement with a move drawn at random; part of the time ruin and recreate instead, and after a long
 * stagnation the shake. Which moves it makes and how much time ruin and recreate gets follow from the
 * strategy and the problem's size ({@link LocalSearch}).
 */
final class Search {

    /** Moves without a new best after which the search goes back to the best plan and shakes it. */
    private static final long STAGNATION = 1_000_000;

    private final Walk walk;
    private final Random random;
    private final Progress progress;
    /** Whether ruin and recreate and the shake are made: by the strategies other than the baseline. */
    private final boolean full;
    /** Whether the costlier moves are made: on small problems, by the strategies other than the baseline. */
    private final boolean intensive;
    /** Ruin and recreate takes about one part in this many of the time. */
    private final long ruinShare;
    private final SingleMoves single;
    private final Replace replace;
    private final Swap swap;
    private final Exchange exchange;
    private final Reoptimize reoptimize;
    private final RuinAndRecreate ruinAndRecreate;
    private final Shake shake;
    private long recreating;
    private long levellingStates;
    private final StateLevelling stateLevelling;

    Search(Walk walk, LocalSearch.Strategy strategy, Progress progress) {
        this.walk = walk;
        this.random = walk.random;
        this.progress = progress;
        this.full = strategy != LocalSearch.Strategy.BASELINE;
        this.intensive = full && LocalSearch.small(walk.problem);
        this.ruinShare = intensive ? 4 : 10;
        this.single = new SingleMoves(walk);
        Levelling levelling = new Levelling(walk.problem);
        this.replace = new Replace(walk, levelling);
        this.swap = new Swap(walk);
        this.stateLevelling = new StateLevelling(walk, levelling);
        this.exchange = new Exchange(walk);
        this.reoptimize = new Reoptimize(walk);
        this.ruinAndRecreate = new RuinAndRecreate(walk);
        this.shake = new Shake(walk);
    }

    LocalSearch.Outcome run(long deadline) {
        int requirements = walk.problem.requirements().size();
        while (requirements > 0) {
            long moves = walk.moves();
            if ((moves & 255) == 0 && (System.nanoTime() >= deadline || (moves & 65535) == 0 && progress.stopRequested())) {
                break;
            }
            moves = walk.step();
            if (full && (moves & 1023) == 0 && levellingStates * 50 < System.nanoTime() - walk.began) {
                // Kept to a fiftieth of the time: its exchanges are counted by the state's units.
                long start = System.nanoTime();
                stateLevelling.tryOn();
                levellingStates += System.nanoTime() - start;
                continue;
            }
            if (full && walk.movesSinceBest() > STAGNATION) {
                shake.run();
            }
            int r = random.nextInt(requirements);
            if (full && (moves & 127) == 0 && recreating * ruinShare < System.nanoTime() - walk.began) {
                // Ruin and recreate, kept to a share of the time: it is costly on large problems.
                long start = System.nanoTime();
                ruinAndRecreate.tryOn(r);
                recreating += System.nanoTime() - start;
                continue;
            }
            switch (random.nextInt(intensive ? 5 : 4)) {
                case 0 -> single.bringIn(r);
                case 1 -> single.sendAway(r);
                case 2 -> replace.tryOn(r, full && (moves & 1) == 0);
                case 3 -> swap.tryOn(r);
                default -> {
                    if ((moves & 63) == 4) {
                        reoptimize.tryOn(r);
                    } else {
                        exchange.tryOn(r);
                    }
                }
            }
        }
        return walk.outcome();
    }
}
