package com.creditwb.workbench.keyaccount.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.customer.domain.RelationshipLevel;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PyramidAndStrategyTest {

    @Test
    void tiers_follow_the_profit_rank_and_a_loss_is_always_lead() {
        // profit 20, 19, …, 1 for accounts 1 … 20, and −5 for account 21; shares 5 % / 15 % / 30 %
        Map<Long, Double> profit = new HashMap<>();
        for (long id = 1; id <= 20; id++) {
            profit.put(id, 21.0 - id);
        }
        profit.put(21L, -5.0); // 21 accounts now: ⌈1.05⌉ = 2 platinum, ⌈3.15⌉ = 4 gold, ⌈6.3⌉ = 7 iron
        Map<Long, Pyramid.Tier> tiers = Pyramid.tiers(profit, Pyramid.Shares.DEFAULT);
        assertThat(tiers.values().stream().filter(t -> t == Pyramid.Tier.PLATINUM).count()).isEqualTo(2);
        assertThat(tiers.values().stream().filter(t -> t == Pyramid.Tier.GOLD).count()).isEqualTo(4);
        assertThat(tiers.values().stream().filter(t -> t == Pyramid.Tier.IRON).count()).isEqualTo(7);
        assertThat(tiers.get(1L)).isEqualTo(Pyramid.Tier.PLATINUM);
        assertThat(tiers.get(3L)).isEqualTo(Pyramid.Tier.GOLD);
        assertThat(tiers.get(21L)).isEqualTo(Pyramid.Tier.LEAD); // loses money
    }

    @Test
    void kotlers_table_suggests_the_level_from_customer_count_and_margin() {
        assertThat(RelationshipStrategy.kotlerLevel(RelationshipStrategy.CustomerCount.MANY, RelationshipStrategy.Margin.LOW))
                .isEqualTo(RelationshipLevel.BASIC);
        assertThat(RelationshipStrategy.kotlerLevel(RelationshipStrategy.CustomerCount.MEDIUM, RelationshipStrategy.Margin.MEDIUM))
                .isEqualTo(RelationshipLevel.ACCOUNTABLE);
        assertThat(RelationshipStrategy.kotlerLevel(RelationshipStrategy.CustomerCount.FEW, RelationshipStrategy.Margin.HIGH))
                .isEqualTo(RelationshipLevel.PARTNERSHIP);
    }

    @Test
    void current_value_is_the_profit_contribution() {
        // 1,000,000 − 700,000 − 80,000 − 20,000 = 200,000; margin 20 %
        AccountEconomics e = new AccountEconomics(2025, new BigDecimal("1000000"), new BigDecimal("700000"), new BigDecimal("80000"),
                new BigDecimal("20000"), 0.35, 12, 6);
        assertThat(e.profitContribution()).isEqualByComparingTo("200000");
        assertThat(e.margin()).isEqualTo(0.2);
    }
}
