package org.entente.mission;

import java.util.Objects;
import org.entente.assistance.DecisionKind;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.RecordedRequest;
import org.entente.command.Verdict;
import org.entente.register.StateCode;

/**
 * The named policies a mission's basis must pass before the mission is created, each allowing it or saying why not:
 * it rests on a decision to deploy forces, and its host is the state that asked.
 */
public final class MissionBasis {

    public static final String DECISION_TO_DEPLOY = "decision-to-deploy-forces";
    public static final String HOST_IS_THE_REQUESTER = "host-is-the-requesting-state";

    private MissionBasis() {
    }

    /** The request filed in Entente was decided, and the decision was to deploy forces. */
    public static Verdict decisionToDeploy(FiledRequest request) {
        Objects.requireNonNull(request, "request");
        return request.decision()
                .map(decided -> deploys(request.id(), decided.decision()))
                .orElse(new Verdict.Refused(DECISION_TO_DEPLOY, "request " + request.id() + " is not decided ("
                        + request.status().code().replace('_', ' ') + ")"));
    }

    /** The request history recorded was decided, and the decision was to deploy forces. */
    public static Verdict decisionToDeploy(RecordedRequest request) {
        Objects.requireNonNull(request, "request");
        return request.decision() == null
                ? new Verdict.Refused(DECISION_TO_DEPLOY, "request " + request.id() + " has no recorded decision")
                : deploys(request.id(), request.decision().kind());
    }

    /** The mission's host is the state that asked for assistance. */
    public static Verdict hostIsTheRequester(StateCode host, StateCode requester) {
        return host.equals(requester)
                ? new Verdict.Allowed(HOST_IS_THE_REQUESTER)
                : new Verdict.Refused(HOST_IS_THE_REQUESTER, "the mission's host " + host + " is not the requesting state " + requester);
    }

    private static Verdict deploys(String request, DecisionKind decision) {
        return decision == DecisionKind.DEPLOY_FORCES
                ? new Verdict.Allowed(DECISION_TO_DEPLOY)
                : new Verdict.Refused(DECISION_TO_DEPLOY, "request " + request + " was decided " + decision.code().replace('_', ' ')
                        + ", not deploy forces");
    }
}
