package org.entente.forces;

import java.time.LocalDate;
import java.util.List;
import org.entente.access.Actor;
import org.entente.access.Role;
import org.entente.access.RoleGrant;
import org.entente.provenance.Translations;
import org.entente.register.Membership;
import org.entente.register.MembershipEvent;
import org.entente.register.MembershipEventType;
import org.entente.register.OrganizationCode;
import org.entente.register.PartialDate;
import org.entente.register.StateCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Force pools and pledges for tests. For documents: the small test document ({@code datasets/small.json},
 * whose only member in good standing today is Finland; Latvia's participation is frozen) with two pools,
 * {@code NLP-RRF} (a range and an approximate strength, goals for INF and MED) and {@code NLP-PKF} (no
 * goals), and a disagreement about when NLP-RRF was established. Indexes: {@code $.forcePools[0]} is
 * NLP-RRF, {@code $.forcePools[1]} NLP-PKF, {@code $.disagreements[1]} the one about NLP-RRF. For the
 * domain: the same pool as a record, terms, pledges at each rung, and actors.
 */
public final class PoolFixtures {

    public static final String RAPID_REACTION = """
            {
              "id": "NLP-RRF",
              "name": "Northern Lakes Rapid Reaction Force",
              "kind": "rapid_reaction",
              "established": "2016-03",
              "personnelMin": 1500,
              "personnelMax": 2000,
              "personnelApprox": 1800,
              "capacityGoals": [
                {"capability": "inf", "personnel": 600, "units": 2},
                {"capability": "med", "personnel": 80, "units": 1}
              ],
              "sources": ["PACT-TEXT"]
            }
            """;

    public static final String PEACEKEEPING = """
            {
              "id": "NLP-PKF",
              "name": "Northern Lakes Peacekeeping Force",
              "kind": "peacekeeping",
              "established": "2017",
              "personnelApprox": 500,
              "sources": ["PACT-TEXT", "GAZETTE-2019"]
            }
            """;

    public static final String ESTABLISHED_DISAGREEMENT = """
            {
              "id": "DIS-RRF-ESTABLISHED",
              "subject": "forcePool:NLP-RRF",
              "attribute": "established",
              "question": "When was the Northern Lakes Rapid Reaction Force established?",
              "reason": "The depositary's record dates the council's decision; the Gazette reports the first exercise.",
              "claims": [
                {"value": "2016-03", "preferred": true, "sources": ["PACT-TEXT"]},
                {"value": "2016-05", "wording": "The new force held its first exercise.", "sources": ["GAZETTE-2019"]}
              ]
            }
            """;

    private PoolFixtures() {
    }

    /** {@code small} (the small test document) with the two pools and the disagreement about NLP-RRF added. */
    public static ObjectNode withPools(ObjectNode small, JsonMapper json) {
        ArrayNode pools = small.putArray("forcePools");
        pools.add(json.readTree(RAPID_REACTION));
        pools.add(json.readTree(PEACEKEEPING));
        ((ArrayNode) small.get("disagreements")).add(json.readTree(ESTABLISHED_DISAGREEMENT));
        return small;
    }

    /** The document's pool {@code index}. */
    public static ObjectNode pool(JsonNode document, int index) {
        return (ObjectNode) document.path("forcePools").path(index);
    }

    // The domain's records.

    public static final OrganizationCode PACT = OrganizationCode.of("TESTPACT");
    public static final StateCode FINLAND = StateCode.of("FIN");
    public static final StateCode LATVIA = StateCode.of("LVA");
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    /** NLP-RRF: goals of 600 infantry in 2 units and 80 medical in 1. */
    public static ForcePool rapidReaction() {
        return new ForcePool("NLP-RRF", "Northern Lakes Rapid Reaction Force", PoolKind.RAPID_REACTION, PartialDate.parse("2016-03"), 1500, 2000, 1800,
                List.of(new CapacityGoal(Capability.INF, 600, 2), new CapacityGoal(Capability.MED, 80, 1)), List.of("PACT-TEXT"), Translations.NONE);
    }

    public static PledgeTerms terms(Capability capability, int personnel, LocalDate expiresOn) {
        return new PledgeTerms("NLP-RRF", capability + " unit", capability, personnel, List.of(new Equipment("Patria AMV", 12)), 48,
                new GeoPoint(61.5, 23.8), Transport.LAND, Caveats.NONE, expiresOn);
    }

    /** A pledge of Finland's, stored as {@code id}, raised to {@code readiness}. */
    public static Pledge pledge(long id, PledgeTerms terms, Readiness readiness) {
        Pledge pledge = Pledge.create(PACT, FINLAND, terms, "liaison-fin", TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()).withId(id);
        while (pledge.readiness() != readiness) {
            pledge = pledge.raise(pledge.readiness().above().orElseThrow(), "secretariat", pledge.history().getLast().at().plusSeconds(60));
        }
        return pledge;
    }

    /** The pact's membership: Finland a member since 2015, Latvia's participation frozen since 2018, Estonia gone in 2020. */
    public static Membership membership() {
        return Membership.derive(PACT, List.of(
                event("FIN-SIGN", "FIN", MembershipEventType.SIGNED, "2015-03-10"),
                event("EST-SIGN", "EST", MembershipEventType.SIGNED, "2015-03-10"),
                event("EST-WITHDRAW", "EST", MembershipEventType.WITHDREW, "2020-02"),
                event("LVA-ACCEDE", "LVA", MembershipEventType.ACCEDED, "2016"),
                event("LVA-FREEZE", "LVA", MembershipEventType.PARTICIPATION_FROZEN, "2018-05-01")));
    }

    private static MembershipEvent event(String id, String state, MembershipEventType type, String date) {
        return new MembershipEvent(id, StateCode.of(state), type, PartialDate.parse(date), null, null, List.of("PACT-TEXT"));
    }

    public static Actor secretariat() {
        return new Actor.Person("secretariat", List.of(RoleGrant.of(Role.SECRETARIAT, PACT.value())));
    }

    public static Actor liaison(StateCode state) {
        return new Actor.Person("liaison-" + state.value().toLowerCase(java.util.Locale.ROOT), List.of(RoleGrant.of(Role.LIAISON, PACT.value(), state.value())));
    }

    public static Actor observer() {
        return new Actor.Person("observer", List.of(RoleGrant.of(Role.OBSERVER, PACT.value())));
    }
}
