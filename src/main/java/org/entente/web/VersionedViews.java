package org.entente.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * What was derived from the record at one version (a membership, a rendered page), kept by a key that names that version, so
 * that nothing derived is ever invalidated: a change to the record makes a new version, a new key, and the old entries fall out
 * as the least recently used. Bounded by a total weight (a page's bytes, 1 for a small value); safe for concurrent use. Two
 * readers that miss at once may both derive the value: deriving is pure, and the second keeps the same answer.
 */
public final class VersionedViews<K, V> {

    private final long maximumWeight;
    private final ToIntFunction<V> weigher;
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    public VersionedViews(long maximumWeight, ToIntFunction<V> weigher) {
        if (maximumWeight <= 0) {
            throw new IllegalArgumentException("the maximum weight must be positive, not " + maximumWeight);
        }
        this.maximumWeight = maximumWeight;
        this.weigher = weigher;
    }

    /** At most {@code maximumEntries} values, each of weight 1. */
    public static <K, V> VersionedViews<K, V> ofEntries(int maximumEntries) {
        return new VersionedViews<>(maximumEntries, value -> 1);
    }

    /** The value kept for {@code key}, or null. */
    public synchronized V get(K key) {
        return entries.get(key);
    }

    /** Keeps {@code value} for {@code key}, dropping the least recently used values beyond the maximum weight; a value heavier than it all is not kept. */
    public synchronized void put(K key, V value) {
        int added = weigher.applyAsInt(value);
        if (added > maximumWeight) {
            return;
        }
        V replaced = entries.put(key, value);
        weight += added - (replaced == null ? 0 : weigher.applyAsInt(replaced));
        var eldest = entries.entrySet().iterator();
        while (weight > maximumWeight && eldest.hasNext()) {
            Map.Entry<K, V> entry = eldest.next();
            weight -= weigher.applyAsInt(entry.getValue());
            eldest.remove();
        }
    }

    /** The value kept for {@code key}, derived (outside the lock) and kept where none is. */
    public V get(K key, Supplier<V> derive) {
        V kept = get(key);
        if (kept != null) {
            return kept;
        }
        V derived = derive.get();
        put(key, derived);
        return derived;
    }
}
