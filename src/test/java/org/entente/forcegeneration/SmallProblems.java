package org.entente.forcegeneration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.entente.forces.Capability;
import org.entente.forces.GeoPoint;
import org.entente.forces.Transport;

/** Small seeded random problems: a few states (some with no-combat caveats and tight caps), units and requirements. */
public final class SmallProblems {

    private static final Map<Transport, TransportProfile> TRANSPORT = Map.of(
            Transport.AIR, new TransportProfile(700, 24), Transport.LAND, new TransportProfile(50, 12), Transport.SEA, new TransportProfile(30, 72));
    public static final Weights WEIGHTS = new Weights(1000, 100000, 10, 1, 1);

    private SmallProblems() {
    }

    public static ForceProblem random(long seed) {
        Random random = new Random(seed);
        Capability[] capabilities = {Capability.INF, Capability.MED, Capability.ENG};
        GeoPoint theatre = new GeoPoint(43.2, 76.9);
        int stateCount = 2 + random.nextInt(4);
        List<Contributor> states = new ArrayList<>();
        for (int s = 0; s < stateCount; s++) {
            states.add(new Contributor("S" + s, 1.0 / stateCount, 100 + random.nextInt(400), 150 + random.nextInt(1500), random.nextInt(4) == 0,
                    new GeoPoint(40 + random.nextInt(20), 30 + random.nextInt(60))));
        }
        List<ForceUnit> units = new ArrayList<>();
        int unitCount = 4 + random.nextInt(20);
        for (int u = 0; u < unitCount; u++) {
            Contributor state = states.get(random.nextInt(stateCount));
            Transport transport = Transport.values()[random.nextInt(3)];
            GeoPoint base = new GeoPoint(35 + random.nextInt(25), 20 + random.nextInt(70));
            int notice = 24 * (1 + random.nextInt(20));
            double distance = base.distanceKmTo(theatre);
            units.add(new ForceUnit("U" + u, state.id(), capabilities[random.nextInt(3)], 50 + random.nextInt(500), notice, base, transport,
                    distance, Eta.arrivalHours(notice, TRANSPORT.get(transport), distance), state.noCombat() || random.nextInt(6) == 0));
        }
        List<Requirement> requirements = new ArrayList<>();
        int requirementCount = 1 + random.nextInt(4);
        for (int r = 0; r < requirementCount; r++) {
            requirements.add(new Requirement("R" + r, capabilities[random.nextInt(3)], random.nextBoolean(), 100 + random.nextInt(900),
                    100 + random.nextInt(900), 1 + random.nextInt(3)));
        }
        return new ForceProblem("small-" + seed, theatre, TRANSPORT, WEIGHTS, states, units, requirements);
    }
}
