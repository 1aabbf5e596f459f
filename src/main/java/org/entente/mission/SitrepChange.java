package org.entente.mission;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.entente.register.Coded;

/**
 * What a revision of a sitrep changed against the revision it supersedes, field by field, so that a reader sees the
 * change: a field given anew with its old and new value, a list (changes, incidents, needs, sources) with the items it
 * dropped and the items it added (the same items in another order are no change). Fields left as they were are not
 * listed; the number, the scope and the mission never change within a sitrep, and when each revision was filed is
 * shown with the revision itself.
 *
 * @param number the sitrep's number
 * @param revision the revision that made the change, superseding {@code revision - 1}
 */
public record SitrepChange(int number, int revision, List<Difference> differences) {

    /** A field of a sitrep a revision may change. */
    public enum Field implements Coded {
        FROM, UNTIL, AS_OF, PREPARED_BY, SUMMARY, CHANGES, INCIDENTS, NEEDS, NEXT_DUE, SOURCES, MARKING
    }

    /** How one field changed. */
    public sealed interface Difference {

        Field field();

        /** A field given anew: its old and its new value (either null where the field had or has none). */
        record Replaced<T>(Field field, T before, T after) implements Difference {
            public Replaced {
                Objects.requireNonNull(field, "field");
            }
        }

        /** A list with items dropped and items added. */
        record Listed<T>(Field field, List<T> removed, List<T> added) implements Difference {
            public Listed {
                Objects.requireNonNull(field, "field");
                removed = List.copyOf(removed);
                added = List.copyOf(added);
            }
        }
    }

    public SitrepChange {
        if (revision < 2) {
            throw new IllegalArgumentException("a change is made by a revision after the first, not by revision " + revision);
        }
        differences = List.copyOf(differences);
    }

    /** What {@code after} changed against {@code before}, the revision it supersedes. */
    public static SitrepChange between(Sitrep before, Sitrep after) {
        if (!before.missionId().equals(after.missionId()) || before.number() != after.number() || after.revision() != before.revision() + 1) {
            throw new IllegalArgumentException("revision " + after.revision() + " of sitrep " + after.number() + " does not supersede revision "
                    + before.revision() + " of sitrep " + before.number());
        }
        var differences = new ArrayList<Difference>();
        replaced(differences, Field.FROM, before, after, Sitrep::from);
        replaced(differences, Field.UNTIL, before, after, Sitrep::until);
        replaced(differences, Field.AS_OF, before, after, Sitrep::asOf);
        replaced(differences, Field.PREPARED_BY, before, after, Sitrep::preparedBy);
        replaced(differences, Field.SUMMARY, before, after, Sitrep::summary);
        listed(differences, Field.CHANGES, before.changes(), after.changes());
        listed(differences, Field.INCIDENTS, before.incidents(), after.incidents());
        listed(differences, Field.NEEDS, before.needs(), after.needs());
        replaced(differences, Field.NEXT_DUE, before, after, Sitrep::nextDue);
        listed(differences, Field.SOURCES, before.sources(), after.sources());
        replaced(differences, Field.MARKING, before, after, Sitrep::marking);
        return new SitrepChange(after.number(), after.revision(), differences);
    }

    /** The fields changed, in their order. */
    public List<Field> fields() {
        return differences.stream().map(Difference::field).toList();
    }

    private static <T> void replaced(List<Difference> differences, Field field, Sitrep before, Sitrep after, Function<Sitrep, T> value) {
        T old = value.apply(before);
        T now = value.apply(after);
        if (!Objects.equals(old, now)) {
            differences.add(new Difference.Replaced<>(field, old, now));
        }
    }

    private static <T> void listed(List<Difference> differences, Field field, List<T> before, List<T> after) {
        List<T> removed = without(before, after);
        List<T> added = without(after, before);
        if (!removed.isEmpty() || !added.isEmpty()) {
            differences.add(new Difference.Listed<>(field, removed, added));
        }
    }

    /** The items of {@code items} that {@code other} does not hold, each as often as it is not matched there. */
    private static <T> List<T> without(List<T> items, List<T> other) {
        var unmatched = new ArrayList<>(other);
        var left = new ArrayList<T>();
        for (T item : items) {
            if (!unmatched.remove(item)) {
                left.add(item);
            }
        }
        return left;
    }
}
