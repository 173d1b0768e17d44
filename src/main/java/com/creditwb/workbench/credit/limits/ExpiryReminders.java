package com.creditwb.workbench.credit.limits;

import com.creditwb.workbench.common.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Every morning (and once at start), the reminders of temporary limits and releases about to lapse. */
@Configuration
@EnableScheduling
@Order(90)
class ExpiryReminders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExpiryReminders.class);

    private final LimitService limits;

    ExpiryReminders(LimitService limits) {
        this.limits = limits;
    }

    @Override
    public void run(ApplicationArguments args) {
        remind();
    }

    @Scheduled(cron = "${workbench.reminders.cron:0 0 7 * * *}")
    void remind() {
        int n = SystemAuthentication.call(limits::remindExpiring);
        if (n > 0) {
            log.info("Expiry reminders: {}", n);
        }
    }
}
