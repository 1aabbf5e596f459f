package org.entente.alerting.internal.digest;

import java.util.List;
import org.entente.alerting.internal.digest.WeeklyDigest.Cited;

/**
 * A {@link WeeklyDigest} in one language, as a page, a feed entry or a mail shows it: its title with its period, the week and
 * its neighbours, and each section with a heading and its lines (when, what, the record's own text, the link, the sources).
 * Links are absolute or start with the page's context path: {@code base} was put before each item's path.
 */
public record DigestView(String language, String title, String period, String organization, IsoWeek week, IsoWeek previous, IsoWeek next,
                         boolean empty, List<SectionView> sections) {

    public DigestView {
        sections = List.copyOf(sections);
    }

    /** A section with at least one line (the sections without any are left out of a view). */
    public record SectionView(String code, String heading, List<ItemView> items) {
        public SectionView {
            items = List.copyOf(items);
        }
    }

    /**
     * A line: when (the ISO text of a day or an instant: a page writes it in its language), what happened (in the language), the
     * record's own text it is about (in the record's language, English), its link and its sources.
     */
    public record ItemView(String kind, String when, String what, String subject, String href, List<Cited> sources) {
        public ItemView {
            sources = List.copyOf(sources);
        }
    }
}
