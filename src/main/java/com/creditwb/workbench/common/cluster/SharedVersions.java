package com.creditwb.workbench.common.cluster;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Version counters in the database for what nodes cache: a node keeps a figure while its source's version is the one
 * it read; whoever changes the source bumps the version in the same transaction, so every node reloads after the
 * commit (one indexed read per use, no messaging between nodes).
 */
@Component
public class SharedVersions {

    private final JdbcTemplate jdbc;

    SharedVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The source's version now (0 for a name never bumped). */
    public long current(String name) {
        List<Long> v = jdbc.queryForList("select version from shared_version where name = ?", Long.class, name);
        return v.isEmpty() ? 0 : v.get(0);
    }

    /** The source changed: every node's copy is stale once the caller's transaction commits. */
    public void bump(String name) {
        if (jdbc.update("update shared_version set version = version + 1 where name = ?", name) == 0) {
            jdbc.update("insert into shared_version (name, version) values (?, 1)", name);
        }
    }

    /** A cache of one value kept under this counter. */
    public <T> SharedCache<T> cache(String name) {
        return new SharedCache<>(this, name);
    }
}
