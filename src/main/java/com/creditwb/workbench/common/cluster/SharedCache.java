package com.creditwb.workbench.common.cluster;

import java.util.function.Supplier;

/**
 * One cached value, valid while its source's shared version is the one read with it: a change made on any node (which
 * calls {@link #changed} in its transaction) makes every node load it again. Never holds anything permission-related.
 */
public final class SharedCache<T> {

    private record Entry<T>(long version, T value) {
    }

    private final SharedVersions versions;
    private final String name;
    private volatile Entry<T> entry;

    SharedCache(SharedVersions versions, String name) {
        this.versions = versions;
        this.name = name;
    }

    /** The cached value, loaded again when the source's version moved (a value loaded under an older version is only reloaded once more). */
    public T get(Supplier<T> loader) {
        long version = versions.current(name);
        Entry<T> e = entry;
        if (e != null && e.version() == version) {
            return e.value();
        }
        T value = loader.get();
        entry = new Entry<>(version, value);
        return value;
    }

    /** The source changed: bumps its version (in the caller's transaction) and forgets this node's copy. */
    public void changed() {
        versions.bump(name);
        entry = null;
    }

    /** Forgets this node's copy only (nothing changed in the database, e.g. after a test reset it). */
    public void forget() {
        entry = null;
    }
}
