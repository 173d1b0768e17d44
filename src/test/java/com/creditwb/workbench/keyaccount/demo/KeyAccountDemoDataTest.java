package com.creditwb.workbench.keyaccount.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestUsers;
import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.plan.KeyAccountPlan;
import com.creditwb.workbench.keyaccount.plan.PlanService;
import com.creditwb.workbench.keyaccount.plan.PlanState;
import com.creditwb.workbench.keyaccount.segment.RelationshipStrategy;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The demo start-up with key-account data (the app starts, and the data covers what the screens show). */
@WorkbenchTest
@TestPropertySource(properties = "workbench.demo.keyaccounts=true")
class KeyAccountDemoDataTest {

    @Autowired
    KeyAccountService keyAccounts;
    @Autowired
    PlanService plans;

    @Test
    void the_demo_holds_economics_for_every_customer_all_four_quadrants_and_plans_in_every_state() {
        List<KeyAccountService.PortfolioRow> rows = TestUsers.as("credit1", "CREDIT_MANAGER", () -> keyAccounts.portfolio(null));
        assertThat(rows).hasSize(40); // workbench.demo.customers=40 in the test profile
        Set<RelationshipStrategy> quadrants = rows.stream().map(r -> r.value().quadrant()).filter(q -> q != null)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RelationshipStrategy.class)));
        assertThat(quadrants).containsExactlyInAnyOrder(RelationshipStrategy.values());
        Set<PlanState> states = TestUsers.as("credit1", "CREDIT_MANAGER", () -> rows.stream()
                .flatMap(r -> plans.plans(r.id()).stream()).map(KeyAccountPlan::getState).collect(Collectors.toSet()));
        assertThat(states).containsExactlyInAnyOrder(PlanState.values());
        long count = TestUsers.as("credit1", "CREDIT_MANAGER", () -> rows.stream().mapToLong(r -> plans.plans(r.id()).size()).sum());
        assertThat(count).isGreaterThanOrEqualTo(20);
        // what users read in the demo is in the company's working language: plan titles and contacts in Chinese
        var all = TestUsers.as("credit1", "CREDIT_MANAGER", () -> rows.stream().flatMap(r -> plans.plans(r.id()).stream()).toList());
        assertThat(all).allSatisfy(p -> assertThat(p.getTitle()).endsWith("年大客户计划").doesNotContain("Key-account"));
    }
}
