package com.creditwb.workbench.keyaccount;

import com.creditwb.workbench.keyaccount.segment.LoyaltySegment;
import com.creditwb.workbench.keyaccount.segment.ProfitabilitySegment;
import com.creditwb.workbench.keyaccount.segment.Pyramid;
import com.creditwb.workbench.keyaccount.segment.RelationshipStrategy;
import com.creditwb.workbench.keyaccount.value.Identification;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** The segment codes the portfolio (and its export) can be filtered by; see {@link KeyAccountService#portfolio}. */
final class SegmentFilter {

    private SegmentFilter() {
    }

    static Optional<Predicate<KeyAccountService.PortfolioRow>> parse(String segment) {
        if (segment == null || segment.isBlank()) {
            return Optional.of(r -> true);
        }
        String code = segment.strip().toUpperCase(Locale.ROOT);
        switch (code) {
            case "PARETO_REVENUE" -> {
                return Optional.of(r -> r.value().revenueHead());
            }
            case "PARETO_PROFIT" -> {
                return Optional.of(r -> r.value().profitHead());
            }
            case "KEY_ACCOUNT" -> {
                return Optional.of(r -> r.keyAccount() == Identification.Outcome.YES);
            }
            default -> {
                // one of the segment enumerations below
            }
        }
        for (RelationshipStrategy s : RelationshipStrategy.values()) {
            if (s.name().equals(code)) {
                return Optional.of(r -> r.value().quadrant() == s);
            }
        }
        for (Pyramid.Tier t : Pyramid.Tier.values()) {
            if (t.name().equals(code)) {
                return Optional.of(r -> r.value().tier() == t);
            }
        }
        for (LoyaltySegment l : LoyaltySegment.values()) {
            if (l.name().equals(code)) {
                return Optional.of(r -> r.value().loyalty() == l);
            }
        }
        for (ProfitabilitySegment p : ProfitabilitySegment.values()) {
            if (p.name().equals(code)) {
                return Optional.of(r -> r.value().profitability() == p);
            }
        }
        return Optional.empty();
    }
}
