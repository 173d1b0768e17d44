package com.creditwb.workbench.security;

import static com.creditwb.workbench.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.TestCredit;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.audit.AuditLogEntry;
import com.creditwb.workbench.common.audit.ReadChannel;
import com.creditwb.workbench.common.audit.ReadLogEntry;
import com.creditwb.workbench.credit.Assessment;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import com.creditwb.workbench.statement.StatementService;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one access policy seen through the services, on every database ({@link AccessH2Test},
 * {@link AccessPostgresTest}): histories filtered by what the reader may see, refusals that do not
 * reveal a record, the read log of approved decisions, and no permission decided from a cache.
 */
abstract class AccessContract {

    static final String AM = "ACCOUNT_MANAGER";
    static final String CM = "CREDIT_MANAGER";

    @Autowired
    CustomerService customers;
    @Autowired
    AssessmentService assessments;
    @Autowired
    KeyAccountService keyAccounts;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.keyaccount.KeyAccountProfileService profileService;
    @Autowired
    StatementService statements;

    Customer ownedBy(String owner) {
        return TestCredit.customerWithStatements(customers, statements, owner);
    }

    Assessment approved(Customer c) {
        return TestCredit.approved(assessments, c);
    }

    static AccountEconomics year(int y, String revenue) {
        BigDecimal r = new BigDecimal(revenue);
        return new AccountEconomics(y, r, r.multiply(new BigDecimal("0.60")), r.multiply(new BigDecimal("0.05")),
                r.multiply(new BigDecimal("0.05")), 0.4, 12, 5);
    }

    static List<String> entityTypes(List<AuditLogEntry> history) {
        return history.stream().map(AuditLogEntry::getEntityType).distinct().toList();
    }

    @Test
    void history_shows_credit_and_economics_rows_only_to_who_may_see_them() {
        Customer c = ownedBy("account1");
        approved(c);
        SystemAuthentication.run(() -> economicsService.saveYear(c.getId(), year(2025, "1000000"), null));

        // another account manager, refused the Credit tab, reads no rating, limit or economics in History
        List<AuditLogEntry> other = as("account2", AM, () -> customers.history(c.getId()));
        assertThat(entityTypes(other)).contains("Customer").doesNotContain("Assessment", "EconomicsYear");
        // the customer's own account manager and the credit managers see them
        assertThat(entityTypes(as("account1", AM, () -> customers.history(c.getId())))).contains("Assessment", "EconomicsYear");
        assertThat(entityTypes(as("credit1", CM, () -> customers.history(c.getId())))).contains("Assessment", "EconomicsYear");
    }

    @Test
    void a_record_the_caller_may_not_see_is_not_found_like_an_unknown_one() {
        Customer c = ownedBy("account1");
        Assessment a = approved(c);
        assertThatThrownBy(() -> as("account2", AM, () -> assessments.get(a.getId())))
                .isInstanceOf(NotFoundException.class).hasMessage("Assessment " + a.getId() + " not found");
        assertThatThrownBy(() -> as("account2", AM, () -> assessments.get(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class).hasMessage("Assessment " + Long.MAX_VALUE + " not found");
        assertThatThrownBy(() -> as("account2", AM, () -> economicsService.economics(c.getId()))).isInstanceOf(NotFoundException.class);
        assertThat(as("account1", AM, () -> assessments.get(a.getId())).getId()).isEqualTo(a.getId());
    }

    @Test
    void opening_an_approved_decision_is_written_to_the_read_log() {
        Customer c = ownedBy("account1");
        Assessment a = approved(c);
        as("account1", AM, () -> assessments.open(a.getId(), ReadChannel.UI));
        as("credit2", CM, () -> assessments.open(a.getId(), ReadChannel.API));
        List<ReadLogEntry> log = as("credit1", CM, () -> assessments.openings(a.getId()));
        assertThat(log).extracting(ReadLogEntry::getReadBy, ReadLogEntry::getChannel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("credit2", ReadChannel.API),
                        org.assertj.core.groups.Tuple.tuple("account1", ReadChannel.UI));
        // an account manager may open the decision but not see who else did
        assertThatThrownBy(() -> as("account1", AM, () -> assessments.openings(a.getId())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_portfolio_follows_an_owner_change_and_a_rename_at_once() {
        Customer c = ownedBy("account1");
        SystemAuthentication.run(() -> economicsService.saveYear(c.getId(), year(2025, "2000000"), null));
        assertThat(as("account1", AM, () -> keyAccounts.portfolio(null))).anyMatch(r -> r.id().equals(c.getId()));

        Customer moved = SystemAuthentication.call(() -> {
            Customer stored = customers.get(c.getId());
            stored.setOwner("account2");
            stored.setName("改名后测试有限公司" + c.getId());
            return customers.update(stored);
        });
        assertThat(as("account1", AM, () -> keyAccounts.portfolio(null))).noneMatch(r -> r.id().equals(c.getId()));
        assertThat(as("account2", AM, () -> keyAccounts.portfolio(null)))
                .filteredOn(r -> r.id().equals(c.getId())).singleElement()
                .satisfies(r -> assertThat(r.name()).isEqualTo(moved.getName()));
    }
}
