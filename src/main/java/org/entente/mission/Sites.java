package org.entente.mission;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.register.PartialDate;

/**
 * A mission's sites: those named, each with its status over time, and how many the sources count where they do not name
 * them all ("14 objects of strategic importance"). The count is an observation of its own, in the source's words: it is
 * neither the number of sites named nor checked against it.
 *
 * @param reported the sources' count of the sites, or null where they give none
 */
public record Sites(List<Site> named, ReportedCount reported) {

    public Sites {
        named = List.copyOf(named);
        var ids = new HashSet<String>();
        for (Site site : named) {
            if (!ids.add(site.id())) {
                throw new IllegalArgumentException("site " + site.id() + " is listed twice");
            }
        }
    }

    public static Sites none() {
        return new Sites(List.of(), null);
    }

    /**
     * How many sites the sources say the mission guards: the count (e.g. exactly 14), what they call them ("objects of
     * strategic importance"), as of when (null where they do not say), and the sources that say it.
     */
    public record ReportedCount(Count count, String wording, PartialDate asOf, List<String> sources) {

        public static final int MAX_WORDING = 300;

        public ReportedCount {
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(wording, "wording");
            if (wording.isBlank() || wording.length() > MAX_WORDING) {
                throw new IllegalArgumentException("a count of sites says what it counts in 1 to " + MAX_WORDING + " characters");
            }
            sources = List.copyOf(sources);
            if (sources.isEmpty()) {
                throw new IllegalArgumentException("a count of sites cites at least one source");
            }
        }
    }

    public Optional<Site> site(String id) {
        return named.stream().filter(site -> site.id().equals(id)).findFirst();
    }

    /** The ids of the sites named, in their order. */
    public List<String> ids() {
        return named.stream().map(Site::id).toList();
    }

    /** These sites with {@code site} in place of the one of its id (added where there was none). */
    public Sites with(Site site) {
        List<String> ids = ids();
        var changed = new ArrayList<>(named);
        int at = ids.indexOf(site.id());
        if (at < 0) {
            changed.add(site);
        } else {
            changed.set(at, site);
        }
        return new Sites(changed, reported);
    }
}
