package com.creditwb.workbench.negotiation.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis of the counterpart (分析谈判对手): the legal-entity checks (审查客商合法资格), the representative's
 * authority (代表资格或签约资格) and the relative bargaining strength (判定谈判双方谈判实力), factors scored −2 (in their
 * favour) … +2 (in ours). Capital, credit and ability to perform come live from the credit feature. Plain Java.
 */
public record CounterpartAnalysis(List<LegalCheck> checks, Authority authority, Map<StrengthFactor, Integer> strength) {

    /** The three conditions a legal person must meet (法人应具备的条件). */
    public enum LegalCheckKind implements com.creditwb.workbench.common.i18n.Labelled {
        ORGANISATION, PROPERTY, CAPACITY;

        @Override
        public String messageKey() {
            return "negotiation.legalCheck." + name();
        }
    }

    /** One legal-entity check, confirmed with a note. */
    public record LegalCheck(LegalCheckKind kind, boolean confirmed, String note) {
    }

    public enum AuthorityKind implements com.creditwb.workbench.common.i18n.Labelled {
        LEGAL_REPRESENTATIVE, POWER_OF_ATTORNEY;

        @Override
        public String messageKey() {
            return "negotiation.authorityKind." + name();
        }
    }

    /** Who comes to negotiate or sign for the counterpart, by what authority, within what scope, until when. */
    public record Authority(String name, AuthorityKind kind, String scope, LocalDate validUntil) {

        /** Expired: it has ended, or it ends before the negotiation's deadline. */
        public boolean expired(LocalDate deadline, LocalDate today) {
            if (validUntil == null) {
                return false;
            }
            return validUntil.isBefore(today) || deadline != null && validUntil.isBefore(deadline);
        }
    }

    /** The factors of relative bargaining strength. */
    public enum StrengthFactor implements com.creditwb.workbench.common.i18n.Labelled {
        ALTERNATIVES, TIME_PRESSURE, INFORMATION, MARKET_POSITION, DEAL_IMPORTANCE;

        @Override
        public String messageKey() {
            return "negotiation.strength." + name();
        }
    }

    public static final int STRENGTH_MIN = -2;
    public static final int STRENGTH_MAX = 2;

    public static final CounterpartAnalysis EMPTY = new CounterpartAnalysis(List.of(), null, Map.of());

    public CounterpartAnalysis {
        checks = checks == null ? List.of() : List.copyOf(checks);
        Map<StrengthFactor, Integer> s = new EnumMap<>(StrengthFactor.class);
        if (strength != null) {
            strength.forEach((k, v) -> {
                if (k != null && v != null) {
                    s.put(k, v);
                }
            });
        }
        strength = s;
    }

    /** The check of the kind, or an unconfirmed one. */
    public LegalCheck check(LegalCheckKind kind) {
        return checks.stream().filter(c -> c.kind() == kind).findFirst().orElse(new LegalCheck(kind, false, null));
    }

    /** The sum of the scored factors: above zero we are the stronger side. */
    public int strengthSum() {
        return strength.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether every legal-entity check is confirmed. */
    public boolean legalChecksConfirmed() {
        return java.util.Arrays.stream(LegalCheckKind.values()).allMatch(k -> check(k).confirmed());
    }
}
