package com.creditwb.workbench.common.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demo generators made: a mark per generator that ran (so a restart decides "already seeded" by its own mark,
 * never by looking at users' data), and the customers the demo created (so every other generator touches only those:
 * a customer a user created in demo mode never receives generated statements, assessments or plans).
 */
@Component
public class DemoMarks {

    /** The customer generator's name: the customers recorded under it are the demo's. */
    public static final String CUSTOMERS = "customers";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoMarks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the generator has run on this database. */
    public boolean ran(String generator) {
        Integer n = jdbc.queryForObject("select count(*) from demo_mark where generator = ?", Integer.class, generator);
        return n != null && n > 0;
    }

    /** Records that the generator ran (once; a second mark changes nothing). */
    @Transactional
    public void mark(String generator) {
        if (!ran(generator)) {
            jdbc.update("insert into demo_mark (generator, ran_at) values (?, ?)", generator, Timestamp.from(clock.instant()));
        }
    }

    /** Records records the generator made. */
    @Transactional
    public void made(String generator, Collection<Long> ids) {
        jdbc.batchUpdate("insert into demo_record (generator, record_id) values (?, ?)", List.copyOf(ids), 500, (ps, id) -> {
            ps.setString(1, generator);
            ps.setLong(2, id);
        });
    }

    /** The ids of the records the generator made. */
    public Set<Long> madeBy(String generator) {
        return new HashSet<>(jdbc.queryForList("select record_id from demo_record where generator = ?", Long.class, generator));
    }

    /** The customers the demo made. */
    public Set<Long> demoCustomers() {
        return madeBy(CUSTOMERS);
    }
}
