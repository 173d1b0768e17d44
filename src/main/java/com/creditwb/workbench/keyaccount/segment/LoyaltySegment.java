package com.creditwb.workbench.keyaccount.segment;

import com.creditwb.workbench.common.i18n.Labelled;

/**
 * Dick &amp; Basu's loyalty segments (seed 003, 客户细分法): relative attitude × repeat patronage —
 * 忠诚者 loyal (both high), 潜在忠诚者 latent (attitude high, repeat low), 虚假忠诚者 spurious (attitude
 * low, repeat high), 不忠诚者 no loyalty (both low).
 */
public enum LoyaltySegment implements Labelled {
    LOYAL, LATENT, SPURIOUS, NO_LOYALTY;

    public static LoyaltySegment of(boolean highAttitude, boolean highRepeat) {
        if (highAttitude) {
            return highRepeat ? LOYAL : LATENT;
        }
        return highRepeat ? SPURIOUS : NO_LOYALTY;
    }

    @Override
    public String messageKey() {
        return "keyaccount.loyalty." + name();
    }
}
