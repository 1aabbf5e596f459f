package org.entente.assistance;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.entente.register.StateCode;

/**
 * The votes of a council session: one per member in good standing on the session's date (its
 * {@link Vote#NONE} until it votes), and the requesting state, whose vote the rule may not count.
 */
public record Ballot(Map<StateCode, Vote> votes, StateCode requester) {

    public Ballot {
        votes = new TreeMap<>(votes);
        votes.values().forEach(vote -> Objects.requireNonNull(vote, "vote"));
    }

    /** The ballot without the requester's vote, for a rule under which the requester does not vote. */
    Ballot withoutRequester() {
        var others = new TreeMap<>(votes);
        if (requester != null) {
            others.remove(requester);
        }
        return new Ballot(others, requester);
    }

    long count(Vote vote) {
        return votes.values().stream().filter(cast -> cast == vote).count();
    }

    int voters() {
        return votes.size();
    }

    long present() {
        return votes.values().stream().filter(Vote::cast).count();
    }
}
