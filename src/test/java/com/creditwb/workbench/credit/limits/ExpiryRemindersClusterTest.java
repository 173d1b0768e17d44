package com.creditwb.workbench.credit.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.common.cluster.ClusterJobs;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled work runs once per cluster: two nodes (two ClusterJobs with lock providers of their own on one database)
 * start the same job at the same moment and it runs on one; the reminders job, started on both, sends once.
 */
@WorkbenchTest
class ExpiryRemindersClusterTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    Clock clock;
    @Autowired
    LimitService limits;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    ClusterJobs node() {
        return new ClusterJobs(ClusterJobs.lockProvider(dataSource), clock, jdbc, transactions, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    }

    @Test
    void a_job_started_on_two_nodes_at_once_runs_on_one() throws Exception {
        ClusterJobs a = node();
        ClusterJobs b = node();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Runnable job = () -> {
            runs.incrementAndGet();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Boolean> onA = pool.submit(() -> {
            start.await();
            return a.once("cluster-test", Duration.ofMinutes(1), Duration.ofMinutes(5), job);
        });
        Future<Boolean> onB = pool.submit(() -> {
            start.await();
            return b.once("cluster-test", Duration.ofMinutes(1), Duration.ofMinutes(5), job);
        });
        start.countDown();
        assertThat(onA.get() ^ onB.get()).as("exactly one node ran it").isTrue();
        pool.shutdown();
        assertThat(runs).hasValue(1);
        // within its minute neither node runs it again; another job is not held up
        assertThat(a.once("cluster-test", Duration.ofMinutes(1), Duration.ofMinutes(5), job)).isFalse();
        assertThat(b.once("cluster-other", Duration.ofMinutes(1), Duration.ofMinutes(5), job)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void the_reminders_started_on_two_nodes_are_sent_by_one() {
        jdbc.update("delete from shedlock where name = 'expiryReminders'"); // the start-up run of this context took it
        ExpiryReminders onA = new ExpiryReminders(limits, node(), Duration.ofMinutes(1));
        ExpiryReminders onB = new ExpiryReminders(limits, node(), Duration.ofMinutes(1));
        assertThat(onA.remind()).isTrue();
        assertThat(onB.remind()).isFalse();
        assertThat(onA.remind()).isFalse();
    }

    @Test
    void start_up_steps_of_two_nodes_run_one_after_the_other() throws Exception {
        ClusterJobs a = node();
        ClusterJobs b = node();
        java.util.List<String> trace = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        CountDownLatch aInside = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> onA = pool.submit(() -> a.exclusively(() -> {
            trace.add("a in");
            aInside.countDown();
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            trace.add("a out");
        }));
        aInside.await();
        Future<?> onB = pool.submit(() -> b.exclusively(() -> trace.add("b in")));
        onA.get();
        onB.get();
        pool.shutdown();
        // node B waited for node A's step to end (its transaction held the start-up row)
        assertThat(trace).containsExactly("a in", "a out", "b in");
    }
}
