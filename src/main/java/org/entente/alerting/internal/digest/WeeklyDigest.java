package org.entente.alerting.internal.digest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.entente.mission.Count;
import org.entente.register.Coded;
import org.entente.register.DatePrecision;
import org.entente.register.Organization;
import org.entente.register.PartialDate;
import org.entente.register.StateCode;

/**
 * An organization's week as one reader may read it: the requests filed in it, the decisions taken in it, what its missions did in it
 * (steps of their lifecycle, contingents arrived, sitreps filed), the casualty figures reported or revised in it (each source's value
 * as that source gave it, never added together), and the corrections recorded to its register in it, each part in time order, each
 * item with its sources. Both kinds of the record count: the organization's recorded history (dated by its sources, to the day) and
 * what was done in Entente.
 */
public record WeeklyDigest(Organization organization, IsoWeek week, List<Part> parts) {

    public WeeklyDigest {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(week, "week");
        parts = List.copyOf(parts);
        if (!parts.stream().map(Part::section).toList().equals(List.of(Section.values()))) {
            throw new IllegalArgumentException("a digest has one part per section, in the sections' order");
        }
    }

    /** The week's items of every section, each section's in time order (a stable sort: items of one time keep the order given). */
    public static WeeklyDigest of(Organization organization, IsoWeek week, List<Item> items) {
        return new WeeklyDigest(organization, week, Arrays.stream(Section.values())
                .map(section -> new Part(section, items.stream().filter(item -> item.section() == section).sorted(Item.IN_TIME_ORDER).toList()))
                .toList());
    }

    /** Whether nothing of the organization's record falls in the week (for this reader). */
    public boolean isEmpty() {
        return parts.stream().allMatch(part -> part.items().isEmpty());
    }

    public List<Item> items() {
        return parts.stream().flatMap(part -> part.items().stream()).toList();
    }

    /** The parts of a digest, in the order it lists them. */
    public enum Section implements Coded {
        REQUESTS, DECISIONS, MISSIONS, FIGURES, CORRECTIONS
    }

    /** One section's items, in time order. */
    public record Part(Section section, List<Item> items) {
        public Part {
            Objects.requireNonNull(section, "section");
            items = List.copyOf(items);
        }
    }

    /**
     * When an item happened: a day, as the record's sources date it, or an instant, as Entente recorded it. An item known only to the
     * month or the year falls in no week.
     */
    public record When(PartialDate day, Instant instant) {
        public When {
            if ((day == null) == (instant == null)) {
                throw new IllegalArgumentException("an item happened on a day or at an instant, one of the two");
            }
        }

        public static When on(PartialDate day) {
            return new When(day, null);
        }

        public static When at(Instant instant) {
            return new When(null, instant);
        }

        /** Whether the item falls in {@code week}: an instant in it, or a day (known to the day) in it. */
        public boolean in(IsoWeek week) {
            return instant != null ? week.contains(instant) : day.precision() == DatePrecision.DAY && week.contains(day.date());
        }

        /** The instant to order items by: the instant, or the day's start in UTC. */
        public Instant order() {
            return instant != null ? instant : day.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        /** The ISO text: {@code 2022-01-06} or {@code 2022-01-06T10:00:00Z}. */
        public String text() {
            return instant != null ? instant.toString() : day.toString();
        }
    }

    /**
     * What a line of the digest is made of besides its record's own text: a state, a word of Entente's vocabulary (a code of a
     * {@code family}: {@code threat}, {@code decision}, {@code mission.status}, ...), a count with its bound, a number.
     */
    public sealed interface Term {

        /** The term as code, for machines: a state's code, a word's code, a count's bound and value, a number. */
        String code();

        record StateTerm(StateCode state) implements Term {
            public StateTerm {
                Objects.requireNonNull(state, "state");
            }

            @Override
            public String code() {
                return state.value();
            }
        }

        record Word(String family, String code) implements Term {
            public Word {
                Objects.requireNonNull(family, "family");
                Objects.requireNonNull(code, "code");
            }

            static Word of(String family, Coded coded) {
                return new Word(family, coded.code());
            }
        }

        record CountTerm(Count count) implements Term {
            public CountTerm {
                Objects.requireNonNull(count, "count");
            }

            @Override
            public String code() {
                return count.bound().code() + ":" + count.value();
            }
        }

        record Number(long value) implements Term {
            @Override
            public String code() {
                return Long.toString(value);
            }
        }
    }

    /**
     * A source an item rests on: its title, publisher and publication date where the record has them, and the address of the
     * original where it has one (null otherwise). A source a request filed in Entente names in its own words is its title.
     */
    public record Cited(String title, String publisher, String published, String url) {
        public Cited {
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * One line of the digest: its section, what kind of thing happened ({@code request_filed}, {@code request_decided},
     * {@code mission_deploying}, {@code contingent_arrived}, {@code sitrep_filed}, {@code figure_reported}, {@code figure_revised},
     * {@code record_corrected}, {@code record_retired}, ...), when, the terms of its line, the record's own text it is about (a
     * request's id, a mission's name, a reporter, a record's id), the path of Entente's page for it, and its sources.
     */
    public record Item(Section section, String kind, When when, List<Term> terms, String subject, String path, List<Cited> sources) {

        /** By time; items of one time keep the order they were given in (a mission's steps in its lifecycle's order). */
        static final Comparator<Item> IN_TIME_ORDER = Comparator.comparing((Item item) -> item.when().order());

        public Item {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(path, "path");
            terms = List.copyOf(terms);
            sources = List.copyOf(sources);
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("an item links to a page of Entente by its path, not " + path);
            }
        }
    }
}
