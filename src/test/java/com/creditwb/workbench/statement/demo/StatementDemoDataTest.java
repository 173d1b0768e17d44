package com.creditwb.workbench.statement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.demo.CustomerDemoData;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.domain.StatementChecks;
import com.creditwb.workbench.statement.domain.StatementValues;
import com.creditwb.workbench.statement.ratio.AltmanZ;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The demo statements are consistent: every check passes, years roll forward, weak ones look weak. */
class StatementDemoDataTest {

    @Test
    void every_generated_year_passes_the_import_checks_and_cash_rolls_forward() {
        Random r = new Random(1);
        for (int i = 1; i <= 60; i++) {
            Customer c = CustomerDemoData.customer(i, r);
            List<Map<LineItem, java.math.BigDecimal>> years = StatementDemoData.company(com.creditwb.workbench.customer.CustomerRecord.of(c, true), i % 4 == 0, r);
            assertThat(years).hasSize(3);
            for (int y = 0; y < years.size(); y++) {
                StatementValues v = new StatementValues(years.get(y));
                assertThat(StatementChecks.run(v)).as("customer %d year %d", i, y).allMatch(StatementChecks.Check::passed);
                assertThat(v.get(LineItem.BS_TA)).isEqualByComparingTo(v.get(LineItem.BS_TLE));
                if (y > 0) {
                    assertThat(v.get(LineItem.CF_OPENING_CASH)).isEqualByComparingTo(years.get(y - 1).get(LineItem.BS_CASH));
                }
            }
        }
    }

    @Test
    void weak_companies_score_worse_than_strong_ones() {
        Random r = new Random(7);
        Customer c = CustomerDemoData.customer(3, r);
        double weak = AltmanZ.compute(AltmanZ.Variant.Z2, new StatementValues(StatementDemoData.company(com.creditwb.workbench.customer.CustomerRecord.of(c, true), true, new Random(5)).get(2)), null).value();
        double strong = AltmanZ.compute(AltmanZ.Variant.Z2, new StatementValues(StatementDemoData.company(com.creditwb.workbench.customer.CustomerRecord.of(c, true), false, new Random(5)).get(2)), null).value();
        assertThat(weak).isLessThan(strong);
        assertThat(weak).isLessThan(AltmanZ.Variant.Z2.distressBelow());
    }
}
