package org.entente.home;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.access.Actor;
import org.entente.access.Role;
import org.entente.assistance.CouncilSession;
import org.entente.assistance.FiledRequest;
import org.entente.assistance.Outcome;
import org.entente.assistance.RequestState;
import org.entente.forces.Pledge;
import org.entente.register.OrganizationCode;
import org.entente.register.State;
import org.entente.register.StateCode;
import org.entente.register.States;

/** The rules that say what awaits a person's action, one per kind of {@link Awaiting}, each read at {@code now}. */
public final class WhatAwaits {

    private WhatAwaits() {
    }

    /**
     * What {@code request} awaits of {@code actor}: for each state they represent on the council that is still to vote in its open
     * session, that vote; for the secretariat, convening the council on a filed request, or closing a session whose votes are all in
     * or whose rule has already decided (a rejection, a silence broken or run out).
     */
    public static List<Awaiting> onRequest(FiledRequest request, Actor actor, Instant now) {
        OrganizationCode organization = request.organization();
        String path = "/organizations/" + organization.value() + "/requests/" + request.id();
        var items = new ArrayList<Awaiting>();
        boolean secretariat = actor.holds(Role.SECRETARIAT, organization, null);
        if (request.status() == RequestState.Status.FILED && secretariat) {
            items.add(new Awaiting(Awaiting.Kind.REQUEST_TO_CONVENE, organization.value(), request.id(), request.id(), request.state().value(),
                    names(request.state()), path, request.receivedAt()));
        }
        CouncilSession session = request.session();
        if (request.status() != RequestState.Status.UNDER_CONSULTATION || session == null || session.closed() || now.isBefore(session.opensAt())) {
            return items;
        }
        for (StateCode state : actor.statesFor(Role.COUNCIL_REPRESENTATIVE, organization)) {
            if (session.notYetVoted().contains(state)) {
                items.add(new Awaiting(Awaiting.Kind.VOTE, organization.value(), request.id(), request.id(), state.value(), names(state),
                        path + "#vote-form-" + state.value(), session.opensAt()));
            }
        }
        if (secretariat && (session.notYetVoted().isEmpty() || !(session.outcome(now) instanceof Outcome.Pending))) {
            Instant since = Stream.concat(Stream.of(session.opensAt()), session.votes().values().stream().map(CouncilSession.CastVote::at))
                    .max(Instant::compareTo).orElseThrow();
            if (session.deadline() != null && !now.isBefore(session.deadline()) && session.deadline().isAfter(since)) {
                since = session.deadline();
            }
            items.add(new Awaiting(Awaiting.Kind.SESSION_TO_CLOSE, organization.value(), request.id(), request.id(), null, Map.of(), path + "#session", since));
        }
        return items;
    }

    /** What {@code pledge}, waiting for verification, awaits of {@code actor}: the secretariat's verification; nothing of anyone else. */
    public static List<Awaiting> onPledge(Pledge pledge, Actor actor) {
        if (!actor.holds(Role.SECRETARIAT, pledge.organization(), null)) {
            return List.of();
        }
        return List.of(new Awaiting(Awaiting.Kind.PLEDGE_TO_VERIFY, pledge.organization().value(), String.valueOf(pledge.id()), pledge.terms().designation(),
                pledge.state().value(), names(pledge.state()),
                "/organizations/" + pledge.organization().value() + "/forces/pools/" + pledge.terms().poolId() + "#pledge-" + pledge.id(),
                pledge.history().getLast().at()));
    }

    private static Map<String, String> names(StateCode state) {
        return States.find(state).map(State::names).orElse(Map.of());
    }
}
