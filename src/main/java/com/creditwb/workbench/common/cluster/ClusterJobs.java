package com.creditwb.workbench.common.cluster;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work runs once per cluster: a job takes its row in the {@code shedlock} table (ShedLock, the database's
 * clock) before it runs; a node that finds it taken skips that run. Every job goes through {@link #once}.
 */
@Configuration
@EnableScheduling
public class ClusterJobs {

    private final LockingTaskExecutor executor;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private final MeterRegistry meters;

    public ClusterJobs(LockProvider locks, Clock clock, JdbcTemplate jdbc, org.springframework.transaction.PlatformTransactionManager transactions,
            MeterRegistry meters) {
        this.meters = meters;
        this.executor = new DefaultLockingTaskExecutor(locks);
        this.clock = clock;
        this.jdbc = jdbc;
        this.tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
    }

    /**
     * Runs a start-up step (the first administrator, the default scoring model and questionnaires) one node at a time:
     * in one transaction holding the {@code startup} row, so a node started at the same moment waits, then finds what
     * the first one made and makes nothing twice.
     */
    public void exclusively(Runnable step) {
        tx.executeWithoutResult(status -> {
            jdbc.query("select version from shared_version where name = 'startup' for update", rs -> { });
            step.run();
        });
    }

    @Bean
    public static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("shedlock").usingDbTime().build());
    }

    /**
     * Runs the job unless another node (or this one) runs or ran it within {@code atLeast}: a job started on two nodes
     * at the same minute runs on one. {@code atMost}: how long a node that died while running it keeps it.
     *
     * @return whether it ran here
     */
    public boolean once(String name, Duration atLeast, Duration atMost, Runnable job) {
        LockingTaskExecutor.TaskResult<Boolean> result;
        try {
            result = executor.executeWithLock(() -> {
                job.run();
                return true;
            }, new LockConfiguration(clock.instant(), name, atMost, atLeast));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        // workbench.jobs{name, ran}: summed over the nodes, "true" counts the runs of the cluster, "false" the skipped ones
        Counter.builder("workbench.jobs").description("Scheduled jobs per node: ran here, or skipped because another run held the job")
                .tag("name", name).tag("ran", Boolean.toString(result.wasExecuted())).register(meters).increment();
        return result.wasExecuted();
    }
}
