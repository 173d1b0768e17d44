package com.creditwb.workbench.collection;

import com.creditwb.workbench.common.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every morning (and once at start), once per cluster: the promises whose date has passed are decided, and each broken
 * one is announced to its collector.
 */
@Configuration
@Order(91)
class CollectionJobs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CollectionJobs.class);

    private final PromiseService promises;
    private final com.creditwb.workbench.common.cluster.ClusterJobs jobs;
    private final java.time.Duration hold;

    CollectionJobs(PromiseService promises, com.creditwb.workbench.common.cluster.ClusterJobs jobs,
            @org.springframework.beans.factory.annotation.Value("${workbench.reminders.hold:PT1M}") java.time.Duration hold) {
        this.promises = promises;
        this.jobs = jobs;
        this.hold = hold;
    }

    @Override
    public void run(ApplicationArguments args) {
        settle();
    }

    @Scheduled(cron = "${workbench.reminders.cron:0 0 7 * * *}")
    boolean settle() {
        return jobs.once("promisesDue", hold, java.time.Duration.ofMinutes(30), () -> {
            int n = SystemAuthentication.call(promises::settleDue);
            if (n > 0) {
                log.info("Promises fallen due unkept: {}", n);
            }
        });
    }
}
