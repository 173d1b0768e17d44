package com.creditwb.workbench.statement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestCustomers;
import com.creditwb.workbench.TestUsers;
import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.demo.DemoMarks;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerSearch;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.statement.StatementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo restarts never touch users' data: the generators decide "already seeded" by their own mark and touch only the
 * customers the demo made. A customer a user created with a code sorting before C00001 (the case that broke restarts)
 * gets no generated statements, and a second start generates nothing.
 */
@WorkbenchTest
@org.springframework.test.context.TestPropertySource(properties = "workbench.test.context=demo-restart") // generates into its own database
class DemoRestartTest {

    @Autowired
    CustomerService customers;
    @Autowired
    CustomerSearch search;
    @Autowired
    StatementService statements;
    @Autowired
    DemoMarks marks;
    @Autowired
    JdbcTemplate jdbc;

    long sets() {
        return jdbc.queryForObject("select count(*) from statement_set", Long.class);
    }

    @Test
    void the_statement_generator_runs_once_and_only_on_the_demos_customers() {
        assertThat(marks.ran(DemoMarks.CUSTOMERS)).as("the customer generator ran at start-up and marked it").isTrue();
        assertThat(marks.demoCustomers()).hasSize(40);
        Customer mine = TestCustomers.fresh("ACLA", "用户自建客户");
        mine.setCode("ACLA1");
        Customer saved = TestUsers.as("admin", "ADMIN", () -> customers.create(mine));
        assertThat(marks.demoCustomers()).doesNotContain(saved.getId());

        StatementDemoData generator = new StatementDemoData(customers, search, statements, true, marks);
        assertThat(marks.ran("statements")).isFalse();
        generator.run(null);
        long generated = sets();
        assertThat(generated).as("statements for most of the demo's 40 customers").isGreaterThan(40);
        assertThat(marks.ran("statements")).isTrue();
        assertThat(SystemAuthentication.call(() -> statements.periods(saved.getId()))).as("the user's customer").isEmpty();

        // a restart: the mark says it ran; nothing is generated again
        new StatementDemoData(customers, search, statements, true, marks).run(null);
        assertThat(sets()).isEqualTo(generated);
        assertThat(SystemAuthentication.call(() -> statements.periods(saved.getId()))).isEmpty();
    }
}
