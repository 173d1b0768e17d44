package com.creditwb.workbench.security;

import com.creditwb.workbench.common.SystemAuthentication;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode there is no default password: on the first start with no users, the first
 * administrator {@code admin} gets the password from {@code WORKBENCH_ADMIN_PASSWORD}, or a random
 * one-time password that is written to the log once and must be changed at first sign-in.
 */
@Component
@Profile("!demo")
@Order(0)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserService users;
    private final String configuredPassword;
    private final com.creditwb.workbench.common.cluster.ClusterJobs jobs;

    InitialAdmin(UserService users, @Value("${workbench.admin.initial-password:}") String configuredPassword,
            com.creditwb.workbench.common.cluster.ClusterJobs jobs) {
        this.users = users;
        this.jobs = jobs;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        // nodes started together: one creates the administrator, the others then find it
        jobs.exclusively(() -> SystemAuthentication.run(this::createFirstAdmin));
    }

    private void createFirstAdmin() {
        if (users.count() > 0) {
            return;
        }
        if (configuredPassword != null && configuredPassword.length() >= UserService.MIN_PASSWORD_LENGTH) {
            users.createWithPassword("admin", "Administrator", Set.of(Role.ADMIN), configuredPassword, false);
            log.info("Created the first administrator 'admin' with the password from WORKBENCH_ADMIN_PASSWORD.");
            return;
        }
        if (configuredPassword != null && !configuredPassword.isEmpty()) {
            log.warn("WORKBENCH_ADMIN_PASSWORD is shorter than {} characters and was ignored.", UserService.MIN_PASSWORD_LENGTH);
        }
        String oneTime = UserService.randomPassword();
        users.createWithPassword("admin", "Administrator", Set.of(Role.ADMIN), oneTime, true);
        log.warn("""

                ==========================================================================
                 First start: created the administrator 'admin' with the one-time password
                     {}
                 It must be changed at first sign-in and is not shown again.
                ==========================================================================""", oneTime);
    }
}
