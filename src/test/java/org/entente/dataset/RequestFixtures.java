package org.entente.dataset;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The small test document ({@code datasets/small.json}) with what the format says of requests: clause
 * {@code NLP-ART3} covers external aggression, a decision-rule clause {@code NLP-ART7} (qualified majority),
 * and one historical request, {@code EST-2019}, with a response, a decision (dated to the month of receipt)
 * and two recorded votes. Indexes: {@code $.clauses[1]} is NLP-ART3, {@code $.clauses[2]} NLP-ART7,
 * {@code $.requests[0]} EST-2019.
 */
public final class RequestFixtures {

    private static final String DECISION_RULE_CLAUSE = """
            {
              "id": "NLP-ART7",
              "instrument": "NLP-TREATY",
              "article": "7",
              "title": "Article 7: the council decides by a qualified majority",
              "kinds": ["decision_rule"],
              "inForceFrom": "2015-09-01",
              "sources": ["PACT-TEXT"],
              "decisionRule": {"kind": "qualified_majority", "quorum": 0.5, "threshold": 0.75, "requesterVotes": false, "body": "Council of the Pact"}
            }
            """;

    private static final String REQUEST = """
            {
              "id": "EST-2019",
              "state": "EST",
              "received": "2019-12-14",
              "threat": "external_aggression",
              "clause": "NLP-ART3",
              "description": "Estonia asks for help against an attack on its border posts.",
              "addressedTo": "The council of the pact",
              "responses": [{"date": "2019-12-20", "action": "Observers sent to the border."}],
              "decision": {
                "kind": "deploy_forces",
                "date": "2019-12",
                "clause": "NLP-ART3",
                "body": "Council of the pact",
                "summary": "A battalion sent for three months.",
                "votes": [{"state": "EST", "vote": "abstain"}, {"state": "FIN", "vote": "for"}]
              },
              "note": "Fictional, like the pact.",
              "sources": ["PACT-TEXT", "GAZETTE-2019"]
            }
            """;

    private RequestFixtures() {
    }

    /** {@code small} (the small test document) with the clause data and the request added. */
    public static ObjectNode withARequest(ObjectNode small, JsonMapper json) {
        ObjectNode collectiveDefence = clause(small, "NLP-ART3");
        collectiveDefence.putArray("covers").add("external_aggression");
        ((ArrayNode) small.get("clauses")).add(json.readTree(DECISION_RULE_CLAUSE));
        small.putArray("requests").add(json.readTree(REQUEST));
        return small;
    }

    static ObjectNode clause(JsonNode document, String id) {
        for (JsonNode clause : document.path("clauses")) {
            if (clause.path("id").asString().equals(id)) {
                return (ObjectNode) clause;
            }
        }
        throw new IllegalArgumentException("no clause " + id);
    }

    /** The document's first request. */
    static ObjectNode request(JsonNode document) {
        return (ObjectNode) document.path("requests").path(0);
    }
}
