package com.creditwb.workbench.credit.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestUsers;
import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.credit.domain.CreditCheck;
import com.creditwb.workbench.credit.limits.LimitRequest;
import com.creditwb.workbench.credit.limits.LimitService;
import com.creditwb.workbench.credit.rates.ExchangeRateService;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The full demo start-up (the same context as the other demo tests): rates, documents, the queue, limit requests. */
@WorkbenchTest
@TestPropertySource(properties = {"workbench.demo.statements=true", "workbench.demo.credit=true", "workbench.demo.keyaccounts=true",
    "workbench.demo.alliances=true", "workbench.demo.negotiations=true", "workbench.demo.surveys=true",
    "workbench.demo.complaints=true", "workbench.demo.documents=true"})
class DocumentDemoDataTest {

    @Autowired
    DocumentService documents;
    @Autowired
    ExchangeRateService rates;
    @Autowired
    LimitService limits;
    @Autowired
    com.creditwb.workbench.credit.CreditMonitorService monitor;
    @Autowired
    com.creditwb.workbench.customer.CustomerService customers;
    @Autowired
    com.creditwb.workbench.credit.groups.GroupService groups;

    @Test
    void the_demo_has_rates_for_four_currencies_a_queue_with_several_reasons_and_requests_in_every_state() {
        assertThat(TestUsers.as("credit1", "CREDIT_MANAGER", () -> rates.list())).extracting(r -> r.getCurrency()).contains("USD", "EUR", "HKD", "JPY");
        List<DocumentService.Held> queue = TestUsers.as("credit1", "CREDIT_MANAGER", () -> documents.queue());
        assertThat(queue.stream().flatMap(h -> h.hold().getCodes().stream()).distinct().toList())
                .as("blocked for more than one reason").contains("LIMIT_EXCEEDED", "NO_DECISION").hasSizeGreaterThanOrEqualTo(3);
        assertThat(queue).anyMatch(h -> "credit2".equals(h.hold().getAssignedTo()));
        assertThat(queue).allMatch(h -> h.hold().getDecision() == CreditCheck.Decision.BLOCK && !h.reasons().isEmpty());
        // every held document shows in both languages
        for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            com.creditwb.workbench.common.i18n.Locales.runIn(l, () -> assertThat(TestUsers.as("credit1", "CREDIT_MANAGER",
                    () -> documents.queue())).allMatch(h -> h.reasons().stream().noneMatch(r -> r.startsWith("creditCheck."))));
        }
        List<LimitRequest> requests = TestUsers.as("credit1", "CREDIT_MANAGER", () -> limits.list(null));
        assertThat(requests).extracting(LimitRequest::getStatus).contains(LimitRequest.Status.values());
        LimitRequest temporary = requests.stream().filter(r -> r.isTemporary() && r.getStatus() == LimitRequest.Status.APPROVED).findFirst()
                .orElseThrow();
        var limit = TestUsers.as("credit1", "CREDIT_MANAGER", () -> monitor.effectiveLimit(temporary.getCustomerId()));
        assertThat(limit.temporary()).isEqualByComparingTo(temporary.getRequestedLimit());
        assertThat(limit.amount()).isGreaterThan(limit.decided());
        assertThat(TestUsers.as("credit1", "CREDIT_MANAGER", () -> groups.list())).hasSize(2)
                .allSatisfy(g -> assertThat(g.members()).hasSize(3));
        // an account manager sees only their own customers' documents held
        assertThat(TestUsers.as("account1", "ACCOUNT_MANAGER", () -> documents.queue())).allMatch(h -> "account1".equals(
                com.creditwb.workbench.common.SystemAuthentication.call(() -> customers.ownerOf(h.hold().getCustomerId()))));
    }
}
