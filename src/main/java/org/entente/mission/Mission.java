package org.entente.mission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;

/**
 * A mission of an organization's forces in a host state: its name, its legal basis, its mandate, the force pool it
 * draws on (none where it draws on no standing pool), its commander (none until named), its mandate period with
 * extensions, its theatre, the strength of its whole force as the sources give it (none until reported: never the
 * sum of its contingents'), its history of states, each with who brought it there, when and on which sources, and one
 * contingent per contributing state.
 */
public record Mission(String id, OrganizationCode organization, String name, StateCode host, LegalBasis basis, Mandate mandate,
                      String forcePool, Commander commander, MandatePeriod period, Theatre theatre, Strength strength,
                      List<MissionState> history, List<Contingent> contingents) {

    public static final int MAX_NAME = 300;

    public Mission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(mandate, "mandate");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(theatre, "theatre");
        if (id.isBlank() || name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a mission has an id and a name of 1 to " + MAX_NAME + " characters");
        }
        history = List.copyOf(history);
        if (history.isEmpty() || !(history.getFirst() instanceof MissionState.Planned)) {
            throw new IllegalArgumentException("a mission's history starts with its planning");
        }
        for (int i = 1; i < history.size(); i++) {
            if (!history.get(i - 1).mayBeFollowedBy(history.get(i))) {
                throw new IllegalArgumentException("mission " + id + " cannot go from " + history.get(i - 1).status().code() + " on "
                        + history.get(i - 1).step().on() + " to " + history.get(i).status().code() + " on " + history.get(i).step().on());
            }
        }
        contingents = List.copyOf(contingents);
        var states = new HashSet<StateCode>();
        for (Contingent contingent : contingents) {
            if (!states.add(contingent.state())) {
                throw new IllegalArgumentException("mission " + id + " has one contingent per state, and two of " + contingent.state());
            }
        }
    }

    public MissionState current() {
        return history.getLast();
    }

    public MissionState.Status status() {
        return current().status();
    }

    /** The mission's clock on {@code day}, as its record stood that day. */
    public MandateClock clock(LocalDate day) {
        return MandateClock.on(day, history, period);
    }

    /** The states that sent a contingent, in the order the contingents are listed. */
    public List<StateCode> contributors() {
        return contingents.stream().map(Contingent::state).toList();
    }

    public Optional<Contingent> contingent(StateCode state) {
        return contingents.stream().filter(contingent -> contingent.state().equals(state)).findFirst();
    }

    /** The mission moved on to {@code next}, as a transition of its current state returned it. */
    public Mission moved(MissionState next) {
        var moved = new ArrayList<>(history);
        moved.add(next);
        return new Mission(id, organization, name, host, basis, mandate, forcePool, commander, period, theatre, strength, moved, contingents);
    }

    /** The mission with {@code contingent} in place of its state's (added where the state had none). */
    public Mission withContingent(Contingent contingent) {
        var changed = new ArrayList<>(contingents.stream().filter(other -> !other.state().equals(contingent.state())).toList());
        int at = contingents.stream().map(Contingent::state).toList().indexOf(contingent.state());
        changed.add(at < 0 ? changed.size() : at, contingent);
        return new Mission(id, organization, name, host, basis, mandate, forcePool, commander, period, theatre, strength, history, changed);
    }
}
