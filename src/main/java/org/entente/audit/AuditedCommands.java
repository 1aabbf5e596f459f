package org.entente.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.entente.command.Refusal;

/**
 * The one skeleton of every command that changes a record: in one transaction, lock the record,
 * check the version the change was made from, change it, write it, append the audit entry with the
 * SHA-256 digests of the record before and after, and publish the change's past-tense events. A
 * refusal or failure anywhere leaves nothing written: no change, no audit entry, no event.
 *
 * <p>A module describes its records once ({@link Records}) and writes each command as the change
 * alone, given the instant it is made at ({@code RecordedTime.now}: the microsecond the databases keep).
 */
public interface AuditedCommands {

    /** Who makes a change, as the audit trail names them: the actor, the roles they act in, the organization (its code, or null). */
    record Author(String actor, String role, String organization) {
        public Author {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(role, "role");
        }
    }

    /** A record after a command, what its audit entry says of the change, and the past-tense events the change publishes. */
    record Changed<T>(T record, Map<String, ?> details, List<Object> events) {
        public Changed {
            Objects.requireNonNull(record, "record");
            details = Collections.unmodifiableMap(new LinkedHashMap<>(details)); // in the order given, as the entry's JSON lists them
            events = List.copyOf(events);
        }

        /** The record after the change, the audit entry's details and the events, in the order they are published. */
        public static <T> Changed<T> of(T record, Map<String, ?> details, Object... events) {
            return new Changed<>(record, details, List.of(events));
        }
    }

    /**
     * The records of one kind that commands change: how to lock one, read its version, write a change, and name it.
     * The record locked need not be the record changed: a module may lock a parent (a request) and change what it
     * holds (its force package), as long as {@link #lock} holds the lock until the transaction ends.
     */
    interface Records<K, T> {

        /** What the records are, as refusals and the audit trail name one: {@code pledge}, {@code request}. */
        String kind();

        /** The record's id among those of its kind: {@code 12}. */
        Object id(T record);

        /** The record under {@code key}, its row locked until the transaction ends; empty where there is none (or none the caller may see). */
        Optional<T> lock(K key);

        /** The refusal where nothing is found under {@code key}, e.g. a 404 naming it. */
        Refusal missing(K key);

        /** The record's version, checked against the one a change was made from, when the caller says which. */
        int version(T record);

        /** Writes {@code after} over {@code before}; false, writing nothing, where the stored record is no longer {@code before}. */
        boolean save(T before, T after);

        /** The record as a stale-version refusal names it: its kind and id, {@code pledge 12}. */
        default String name(T record) {
            return kind() + " " + id(record);
        }

        /** The audit entry's subject: its kind and id, {@code pledge:12}. */
        default String subject(T record) {
            return kind() + ":" + id(record);
        }

        /** What the audit entry's digest is taken over (its JSON): the record itself; null where it is none yet (no digest), e.g. no package accepted. */
        default Object digested(T record) {
            return record;
        }

        /**
         * The last instant the record was recorded at, for a record whose versions are kept by recorded time: the
         * change is made after it ({@link org.entente.provenance.history.RecordedTime#after}); null for none.
         */
        default Instant recordedAfter(T record) {
            return null;
        }
    }

    /** One command's change of the locked record {@code before}, made at {@code now}: the record after it, or a {@link Refusal}. */
    @FunctionalInterface
    interface Change<T> {
        Changed<T> apply(T before, Instant now);
    }

    /**
     * Creates one of {@code records}: runs {@code create} at the command's instant (it writes the record and returns it),
     * appends the audit entry under the record's subject (no digest before, the record's after), and publishes the events.
     */
    <T> T create(Author author, String action, Records<?, T> records, Function<Instant, Changed<T>> create);

    /** An audit entry's details from names and values, in the order given: {@code details("state", "KAZ", "personnel", 300)}. */
    static Map<String, Object> details(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("details come in names and values, not " + namesAndValues.length + " of them");
        }
        var details = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            details.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return details;
    }

    /**
     * Changes the record under {@code key}: locks it ({@link Records#missing} where there is none), refuses
     * a change made from a {@code version} other than its own ({@link Refusal#stale}; any version when null),
     * applies {@code change} at the command's instant (after {@link Records#recordedAfter}), writes it (stale where
     * another wrote first), appends the audit entry with the digests of {@link Records#digested} and publishes the events.
     */
    <K, T> T change(Author author, String action, Records<K, T> records, K key, Integer version, Change<T> change);
}
