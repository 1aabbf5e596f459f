package org.entente.home.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.access.Actor;
import org.entente.access.RoleGrant;
import org.entente.assistance.FiledRequests;
import org.entente.home.Awaiting;
import org.entente.home.WhatAwaits;
import org.entente.forces.Pledges;
import org.entente.register.ExerciseState;
import org.entente.register.Exercises;
import org.entente.register.OrganizationCode;
import org.springframework.stereotype.Service;

/**
 * What awaits a person, in every organization they hold a role in: the real record's items first, then those of the exercises
 * they take part in (marked as such on the page), each part the longest waiting first.
 */
@Service
class AwaitingService {

    private final FiledRequests requests;
    private final Pledges pledges;
    private final Exercises exercises;
    private final Clock clock;

    AwaitingService(FiledRequests requests, Pledges pledges, Exercises exercises, Clock clock) {
        this.requests = requests;
        this.pledges = pledges;
        this.exercises = exercises;
        this.clock = clock;
    }

    /** The codes of the running exercises among the organizations {@code actor} holds a role in. */
    Set<String> exercisesOf(Actor actor) {
        return exercises.among(actor.grants().stream().map(RoleGrant::organization).toList()).values().stream()
                .filter(exercise -> exercise.state() instanceof ExerciseState.Running).map(exercise -> exercise.code().value())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The organizations where something may await {@code actor}: those it holds a role in, but an exercise that no longer runs
     * (read by its organization's secretariat and observers, where nothing awaits anyone).
     */
    private List<OrganizationCode> workingIn(Actor actor) {
        List<OrganizationCode> organizations = actor.grants().stream().map(RoleGrant::organization).distinct().toList();
        var stopped = exercises.among(organizations).values().stream().filter(exercise -> !(exercise.state() instanceof ExerciseState.Running))
                .map(exercise -> exercise.code()).collect(Collectors.toSet());
        return organizations.stream().filter(organization -> !stopped.contains(organization)).sorted(Comparator.comparing(OrganizationCode::value)).toList();
    }

    /** What awaits {@code actor} at {@code now}: the real record's items first, then the exercises' ({@code inExercises}). */
    List<Awaiting> of(Actor actor, Instant now, Set<String> inExercises) {
        var items = new ArrayList<Awaiting>();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        for (OrganizationCode organization : workingIn(actor)) {
            requests.readableBy(organization, actor).forEach(request -> items.addAll(WhatAwaits.onRequest(request, actor, now)));
            pledges.awaitingVerification(organization, today).forEach(pledge -> items.addAll(WhatAwaits.onPledge(pledge, actor)));
        }
        items.sort(Comparator.comparing((Awaiting item) -> inExercises.contains(item.organization())).thenComparing(Awaiting::since).thenComparing(Awaiting::organization).thenComparing(Awaiting::subject));
        return List.copyOf(items);
    }
}
