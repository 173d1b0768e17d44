package com.creditwb.workbench.keyaccount.segment;

import com.creditwb.workbench.common.i18n.Labelled;

/**
 * Reinartz &amp; Kumar's segments (seed 003, 雷纳兹和库码的客户细分法): profitability × relationship
 * duration — 真正的朋友 true friends (profitable, loyal), 花蝴蝶 butterflies (profitable, not loyal),
 * 藤壶 barnacles (loyal, not profitable), 陌生人 strangers (neither).
 */
public enum ProfitabilitySegment implements Labelled {
    TRUE_FRIEND, BUTTERFLY, BARNACLE, STRANGER;

    public static ProfitabilitySegment of(boolean profitable, boolean longLasting) {
        if (profitable) {
            return longLasting ? TRUE_FRIEND : BUTTERFLY;
        }
        return longLasting ? BARNACLE : STRANGER;
    }

    @Override
    public String messageKey() {
        return "keyaccount.profitability." + name();
    }
}
