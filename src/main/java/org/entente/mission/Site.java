package org.entente.mission;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.entente.forces.GeoPoint;
import org.entente.register.StateCode;

/**
 * A named site a mission's task is carried out at (an airport, a government building, a power station): its short key
 * (e.g. {@code ALA-AIRPORT}), its name, where it is (none where the sources do not place it), the task it serves, the
 * state whose contingent holds it (none until one is named), the sources that name it (none for a site a tasking in
 * Entente created), and its status over time, from its assignment on ({@link SiteStatus}).
 */
public record Site(String id, String name, GeoPoint location, MissionTask task, StateCode holder, List<String> sources,
                   List<SiteStatus> history) {

    public static final int MAX_ID = 40;
    public static final int MAX_NAME = 200;
    private static final Pattern ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    public Site {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(task, "task");
        if (id.length() > MAX_ID || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a site's id is up to " + MAX_ID + " capital letters and digits in words joined by hyphens (e.g. ALA-AIRPORT), not '"
                    + id + "'");
        }
        if (name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a site is named in 1 to " + MAX_NAME + " characters");
        }
        sources = List.copyOf(sources);
        history = List.copyOf(history);
        if (history.isEmpty() || !(history.getFirst() instanceof SiteStatus.Assigned)) {
            throw new IllegalArgumentException("site " + id + "'s history starts with its assignment");
        }
        for (int i = 1; i < history.size(); i++) {
            if (!history.get(i - 1).mayBeFollowedBy(history.get(i))) {
                throw new IllegalArgumentException("site " + id + " cannot go from " + history.get(i - 1).status().code() + " ("
                        + history.get(i - 1).step().at() + ") to " + history.get(i).status().code() + " (" + history.get(i).step().at() + ")");
            }
        }
    }

    public SiteStatus current() {
        return history.getLast();
    }

    public SiteStatus.Status status() {
        return current().status();
    }

    /** The site moved on to {@code next}, as a transition of its current status returned it. */
    public Site moved(SiteStatus next) {
        var moved = new ArrayList<>(history);
        moved.add(next);
        return new Site(id, name, location, task, holder, sources, moved);
    }
}
