package com.creditwb.workbench.collection;

import com.creditwb.workbench.common.BackgroundWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Figures worked out over the whole portfolio (the collection figures, their trend), kept a short while: an answer is
 * served from here while it is younger than {@code workbench.collections.worklist-max-age} (30 s) and nothing of
 * collections changed on this node since; an older one is still served while the new one is worked out in the
 * background (as the user who asked, so with their rights). The key names what was asked and by whom it may be seen.
 * With an age of zero nothing is kept.
 */
@Component
public class RecentResults {

    /** An answer and when it was worked out (business clock). */
    public record Result<T>(T value, Instant asOf) {
    }

    private record Entry(Object value, Instant asOf, long nanos, long version) {
    }

    private static final int MAX_ENTRIES = 200;

    private final ChangedCustomers changed;
    private final BackgroundWork background;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

    RecentResults(ChangedCustomers changed, BackgroundWork background, Clock clock,
            @Value("${workbench.collections.worklist-max-age:PT30S}") Duration maxAge) {
        this.changed = changed;
        this.background = background;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @SuppressWarnings("unchecked")
    <T> Result<T> get(String key, Supplier<T> compute) {
        if (maxAge.isZero()) {
            return new Result<>(compute.get(), clock.instant());
        }
        Entry e = entries.get(key);
        if (e == null) {
            return (Result<T>) store(key, compute);
        }
        boolean stale = e.version() != changed.version() || Duration.ofNanos(System.nanoTime() - e.nanos()).compareTo(maxAge) > 0;
        if (stale && refreshing.add(key)) {
            try {
                background.submit("figures " + key, progress -> store(key, compute), job -> refreshing.remove(key));
            } catch (IllegalStateException busy) {
                refreshing.remove(key);
            }
        }
        return new Result<>((T) e.value(), e.asOf());
    }

    private Result<Object> store(String key, Supplier<?> compute) {
        long version = changed.version();
        Instant asOf = clock.instant();
        long nanos = System.nanoTime();
        Object value = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.entrySet().stream().min(Comparator.comparingLong(x -> x.getValue().nanos())).ifPresent(x -> entries.remove(x.getKey()));
        }
        entries.put(key, new Entry(value, asOf, nanos, version));
        return new Result<>(value, asOf);
    }
}
