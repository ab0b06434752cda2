package ace.directory;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data read on every page of the catalogue (a State's names, an organisation's
 * acronym) kept for a few seconds, so a page of twenty items does not cost twenty queries.
 * A change on this node forgets everything at once and again after its commit; a change on
 * another node is seen within {@code ttlNanos}. Only what exists is kept (so made-up keys cannot
 * fill memory), and never more than {@code capacity} entries.
 */
final class RecentLookups<K, V> {

    private record Entry<V>(Optional<V> value, long loadedAt) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int capacity;

    RecentLookups(long ttlNanos, int capacity) {
        this.ttlNanos = ttlNanos;
        this.capacity = capacity;
    }

    Optional<V> get(K key, Function<K, Optional<V>> load) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.loadedAt() <= ttlNanos) {
            return entry.value();
        }
        Optional<V> value = load.apply(key);
        if (value.isPresent()) {
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now));
        }
        else {
            entries.remove(key);
        }
        return value;
    }

    void forget() {
        entries.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    entries.clear();
                }
            });
        }
    }
}
