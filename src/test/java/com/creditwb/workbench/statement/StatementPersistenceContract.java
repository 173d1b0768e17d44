package com.creditwb.workbench.statement;

import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Statement storage that must hold on every database: run by {@link StatementPersistenceH2Test} and
 * {@link StatementPersistencePostgresTest}.
 */
abstract class StatementPersistenceContract {


    @Autowired
    StatementService statements;
    @Autowired
    CustomerService customers;

    Customer newCustomer() {
        Customer c = com.creditwb.workbench.TestCustomers.fresh("S", "报表测试有限公司");
        return SystemAuthentication.call(() -> customers.create(c));
    }

    static ImportPreview sample(StatementService statements) {
        return statements.preview(SampleWorkbooks.bytes(SampleWorkbooks.chineseSideBySide()), "sample.xlsx", null, null);
    }

    @Test
    void an_import_stores_both_periods_with_every_line_in_yuan() {
        Customer c = newCustomer();
        SystemAuthentication.run(() -> {
            List<StatementSet> stored = statements.confirm(c.getId(), sample(statements), false, false);
            assertThat(stored).hasSize(2);
            StatementSet latest = statements.period(c.getId(), LocalDate.of(2025, 12, 31));
            assertThat(latest.getAmounts()).containsEntry(LineItem.BS_CASH, new BigDecimal("12000000.00"));
            assertThat(latest.getAmounts().get(LineItem.IS_NET_PROFIT)).isEqualByComparingTo("7500000");
            assertThat(latest.getRevision()).isEqualTo(1);
            assertThat(latest.getUnitFactor()).isEqualTo(10_000);
            assertThat(statements.periods(c.getId())).extracting(StatementSet::getPeriodEnd)
                    .containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2024, 12, 31));
        });
    }

    @Test
    void the_current_periods_of_many_customers_are_read_for_a_range_of_ids_and_for_scattered_ones_alike() {
        // three customers made one after another (ids close together), each with statements; the middle one not asked for
        Customer first = newCustomer();
        Customer middle = newCustomer();
        Customer last = newCustomer();
        SystemAuthentication.run(() -> {
            for (Customer c : List.of(first, middle, last)) {
                statements.confirm(c.getId(), sample(statements), false, false);
            }
            // dense ids (read as a range of the index): only those asked for come back, each latest first
            Map<Long, List<StatementService.Period>> dense = statements.currentPeriods(List.of(first.getId(), last.getId()));
            assertThat(dense).containsOnlyKeys(first.getId(), last.getId());
            assertThat(dense.get(last.getId())).extracting(StatementService.Period::periodEnd)
                    .containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2024, 12, 31));
            assertThat(dense.get(last.getId()).get(0).values().amounts()).containsEntry(LineItem.BS_CASH, new BigDecimal("12000000.00"));
            // the same customers asked with a far-away id beside them (read as a list): the same answer
            Map<Long, List<StatementService.Period>> scattered = statements.currentPeriods(List.of(first.getId(), last.getId(),
                    last.getId() + 1_000_000));
            assertThat(scattered).containsOnlyKeys(first.getId(), last.getId());
            assertThat(scattered.get(first.getId()).get(0).values().amounts()).isEqualTo(dense.get(first.getId()).get(0).values().amounts());
            assertThat(statements.currentPeriods(List.of())).isEmpty();
        });
    }

    @Test
    void replacing_a_period_keeps_the_earlier_revision_and_shows_what_changed() {
        Customer c = newCustomer();
        SystemAuthentication.run(() -> {
            statements.confirm(c.getId(), sample(statements), false, false);
            Map<LineItem, BigDecimal> corrected = new java.util.EnumMap<>(statements.period(c.getId(), LocalDate.of(2025, 12, 31)).getAmounts());
            corrected.put(LineItem.BS_CASH, new BigDecimal("11000000.00"));
            corrected.put(LineItem.BS_AR, new BigDecimal("9000000.00"));
            statements.saveManual(c.getId(), LocalDate.of(2025, 12, 31), corrected, 10_000, true, null);
            List<StatementSet> revisions = statements.revisions(c.getId(), LocalDate.of(2025, 12, 31));
            assertThat(revisions).extracting(StatementSet::getRevision).containsExactly(2, 1);
            assertThat(revisions).extracting(StatementSet::isCurrent).containsExactly(true, false);
            assertThat(revisions.get(0).getSource()).isEqualTo(StatementSet.Source.MANUAL);
            assertThat(StatementService.changes(revisions.get(1), revisions.get(0))).containsOnlyKeys(LineItem.BS_CASH, LineItem.BS_AR);
            assertThat(statements.period(c.getId(), LocalDate.of(2025, 12, 31)).getRevision()).isEqualTo(2);
        });
    }

    @Test
    void a_stale_copy_cannot_overwrite_the_market_value() {
        Customer c = newCustomer();
        SystemAuthentication.run(() -> {
            statements.confirm(c.getId(), sample(statements), false, false);
            StatementSet first = statements.period(c.getId(), LocalDate.of(2025, 12, 31));
            StatementSet second = statements.period(c.getId(), LocalDate.of(2025, 12, 31));
            statements.setMarketValue(first, new BigDecimal("30000000"));
            assertThatThrownBy(() -> statements.setMarketValue(second, new BigDecimal("1")))
                    .isInstanceOf(ConcurrentEditException.class);
            assertThat(statements.period(c.getId(), LocalDate.of(2025, 12, 31)).getMarketValueOfEquity())
                    .isEqualByComparingTo("30000000");
        });
    }

    @Test
    void a_manual_set_that_does_not_balance_is_refused_and_nothing_is_stored() {
        Customer c = newCustomer();
        SystemAuthentication.run(() -> {
            Map<LineItem, BigDecimal> amounts = Map.of(LineItem.BS_TA, new BigDecimal("100"), LineItem.BS_TLE, new BigDecimal("90"));
            assertThatThrownBy(() -> statements.saveManual(c.getId(), LocalDate.of(2025, 12, 31), amounts, 1, false, null))
                    .isInstanceOf(ImportRejectedException.class);
            assertThat(statements.periods(c.getId())).isEmpty();
        });
    }
}
