package com.creditwb.workbench.statement.ratio;

import com.creditwb.workbench.common.i18n.Labelled;
import java.util.List;

/**
 * Ratio groups as the seed names them (资产质量, 偿债能力, 营运能力) plus profitability, growth and cash
 * flow, each with its ratio keys in display order.
 */
public enum RatioGroup implements Labelled {
    SOLVENCY(List.of("currentRatio", "quickRatio", "cashRatio", "debtRatio", "debtToEquity", "interestCoverage")),
    OPERATING_CAPACITY(List.of("receivablesTurnover", "dso", "inventoryTurnover", "dio", "payablesTurnover", "dpo",
            "cashConversionCycle", "totalAssetTurnover")),
    ASSET_QUALITY(List.of("receivablesAndInventoryToAssets", "intangiblesToAssets")),
    PROFITABILITY(List.of("grossMargin", "operatingMargin", "netMargin", "roa", "roe")),
    GROWTH(List.of("revenueGrowth", "netProfitGrowth", "totalAssetGrowth")),
    CASH_FLOW(List.of("ocfToCurrentLiabilities", "ocfToNetProfit"));

    private final List<String> keys;

    RatioGroup(List<String> keys) {
        this.keys = keys;
    }

    public List<String> keys() {
        return keys;
    }

    @Override
    public String messageKey() {
        return "ratioGroup." + name();
    }
}
