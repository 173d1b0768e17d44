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
 * Every morning (and once at start), once per cluster: the promises whose date has passed are decided, each broken
 * one announced to its collector; then the dunning run proposes the letters due for review.
 */
@Configuration
@Order(91)
class CollectionJobs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CollectionJobs.class);

    private final PromiseService promises;
    private final DunningService dunning;
    private final com.creditwb.workbench.common.cluster.ClusterJobs jobs;
    private final java.time.Duration hold;

    CollectionJobs(PromiseService promises, DunningService dunning, com.creditwb.workbench.common.cluster.ClusterJobs jobs,
            @org.springframework.beans.factory.annotation.Value("${workbench.reminders.hold:PT1M}") java.time.Duration hold) {
        this.promises = promises;
        this.dunning = dunning;
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
            int letters = SystemAuthentication.call(() -> dunning.runAsSystem().size());
            if (letters > 0) {
                log.info("Dunning letters proposed for review: {}", letters);
            }
        });
    }
}
