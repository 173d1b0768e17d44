package com.creditwb.workbench.security;

import com.creditwb.workbench.common.SystemAuthentication;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo mode only (profile {@code demo}): six users, all with the password {@code demo}. */
@Component
@Profile("demo")
@Order(0)
public class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    public static final String PASSWORD = "demo";

    record Demo(String username, String displayName, Set<Role> roles) {
    }

    static final List<Demo> USERS = List.of(
            new Demo("admin", "系统管理员 Admin", Set.of(Role.ADMIN)),
            new Demo("credit1", "王信 Wang Xin", Set.of(Role.CREDIT_MANAGER)),
            new Demo("credit2", "李诚 Li Cheng", Set.of(Role.CREDIT_MANAGER)),
            new Demo("account1", "张客 Zhang Ke", Set.of(Role.ACCOUNT_MANAGER)),
            new Demo("account2", "陈户 Chen Hu", Set.of(Role.ACCOUNT_MANAGER)),
            new Demo("finance1", "刘财 Liu Cai", Set.of(Role.FINANCE)));

    private final UserService users;

    DemoUsers(UserService users) {
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(() -> {
            for (Demo demo : USERS) {
                if (!users.exists(demo.username())) {
                    users.createWithPassword(demo.username(), demo.displayName(), demo.roles(), PASSWORD, false);
                }
            }
        });
        StringBuilder table = new StringBuilder();
        for (Demo demo : USERS) {
            table.append(String.format("%n     %-10s %-10s %s", demo.username(), PASSWORD, demo.roles()));
        }
        log.warn("""

                ==========================================================================
                 DEMO MODE (profile 'demo'): demo users with fixed passwords are enabled.
                 Never use this profile for real data.
                     user       password   roles{}
                ==========================================================================""", table);
    }
}
