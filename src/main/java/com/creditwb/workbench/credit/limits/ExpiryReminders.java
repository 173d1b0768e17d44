package com.creditwb.workbench.credit.limits;

import com.creditwb.workbench.common.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every morning (and once at start), the reminders of temporary limits and releases about to lapse — once per cluster:
 * the node that takes the job's lock sends them, the others skip that run (ClusterJobs).
 */
@Configuration
@Order(90)
class ExpiryReminders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExpiryReminders.class);

    private final LimitService limits;
    private final com.creditwb.workbench.common.cluster.ClusterJobs jobs;
    private final java.time.Duration hold;

    ExpiryReminders(LimitService limits, com.creditwb.workbench.common.cluster.ClusterJobs jobs,
            @org.springframework.beans.factory.annotation.Value("${workbench.reminders.hold:PT1M}") java.time.Duration hold) {
        this.limits = limits;
        this.jobs = jobs;
        this.hold = hold;
    }

    @Override
    public void run(ApplicationArguments args) {
        remind();
    }

    @Scheduled(cron = "${workbench.reminders.cron:0 0 7 * * *}")
    boolean remind() {
        // held at least a minute (workbench.reminders.hold): nodes started (or woken by the cron) at the same time send them once
        return jobs.once("expiryReminders", hold, java.time.Duration.ofMinutes(30), () -> {
            int n = SystemAuthentication.call(limits::remindExpiring);
            if (n > 0) {
                log.info("Expiry reminders: {}", n);
            }
        });
    }
}
