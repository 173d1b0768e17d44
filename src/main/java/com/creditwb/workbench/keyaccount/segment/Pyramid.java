package com.creditwb.workbench.keyaccount.segment;

import com.creditwb.workbench.common.i18n.Labelled;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer pyramid (SPEC §4): accounts ranked by profit, the top share platinum (白金), the next gold
 * (黄金), the next iron (铁), the rest lead (铅). The shares are configurable; an account that loses money is
 * lead whatever its rank.
 */
public final class Pyramid {

    public enum Tier implements Labelled {
        PLATINUM, GOLD, IRON, LEAD;

        @Override
        public String messageKey() {
            return "keyaccount.tier." + name();
        }
    }

    /** Shares of the accounts (by profit rank) in the top three tiers, e.g. 0.05, 0.15, 0.30. */
    public record Shares(double platinum, double gold, double iron) {
        public static final Shares DEFAULT = new Shares(0.05, 0.15, 0.30);

        public Shares {
            if (platinum < 0 || gold < 0 || iron < 0 || platinum + gold + iron > 1) {
                throw new IllegalArgumentException("tier shares must be non-negative and add up to at most 1");
            }
        }
    }

    private Pyramid() {
    }

    /** The tier of every account: rank r (1 = most profitable) of n is platinum while r ≤ ⌈platinum × n⌉, and so on. */
    public static Map<Long, Tier> tiers(Map<Long, Double> profit, Shares shares) {
        List<Map.Entry<Long, Double>> ranked = new ArrayList<>(profit.entrySet());
        ranked.sort(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int n = ranked.size();
        long platinum = (long) Math.ceil(shares.platinum() * n - 1e-9);
        long gold = platinum + (long) Math.ceil(shares.gold() * n - 1e-9);
        long iron = gold + (long) Math.ceil(shares.iron() * n - 1e-9);
        Map<Long, Tier> tiers = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Map.Entry<Long, Double> e = ranked.get(i);
            int rank = i + 1;
            Tier t = e.getValue() < 0 ? Tier.LEAD : rank <= platinum ? Tier.PLATINUM : rank <= gold ? Tier.GOLD
                    : rank <= iron ? Tier.IRON : Tier.LEAD;
            tiers.put(e.getKey(), t);
        }
        return tiers;
    }
}
