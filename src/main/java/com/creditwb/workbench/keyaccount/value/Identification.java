package com.creditwb.workbench.keyaccount.value;

import com.creditwb.workbench.common.i18n.Labelled;
import java.util.List;

/**
 * The key-account identification questionnaire (重点客户管理, seed 000 / SPEC §4): six questions, each
 * answered 1 (not at all) to 5 (very much). The score is the sum over the maximum, 0–100; at or above
 * the "yes" threshold the account is suggested as a key account, at or above the "maybe" threshold it
 * is a candidate, below it is not. The manager confirms or changes the suggestion.
 */
public final class Identification {

    /** The questions in the seed's order. */
    public enum Question implements Labelled {
        /** 目前我们与这位客户的业务量有多大? */
        BUSINESS_VOLUME,
        /** 该客户可能给我们带来的收入是多少? */
        POTENTIAL_REVENUE,
        /** 该客户是否能代表我们的一个目标产业及其该产业的一个部分或地区吗? */
        TARGET_INDUSTRY,
        /** 该客户是否是根据价值而不是价格进行购买的,以及是否占了我们企业很大的营业额? */
        BUYS_ON_VALUE,
        /** 在与该客户的业务往来中我们能有多大的利润? */
        PROFIT,
        /** 该客户是否偏爱我们? */
        PREFERS_US;

        @Override
        public String messageKey() {
            return "keyaccount.question." + name();
        }
    }

    /** The outcome: a key account, a candidate to watch, or not a key account. */
    public enum Outcome implements Labelled {
        YES, MAYBE, NO;

        @Override
        public String messageKey() {
            return "keyaccount.outcome." + name();
        }
    }

    public record Result(double score, Outcome suggested) {
    }

    private Identification() {
    }

    /**
     * @param answers one answer 1–5 per question, in the questions' order
     * @param yesFrom the score (0–100) from which the account is suggested as a key account
     * @param maybeFrom the score from which it is a candidate
     */
    public static Result score(List<Integer> answers, double yesFrom, double maybeFrom) {
        if (answers.size() != Question.values().length) {
            throw new IllegalArgumentException("one answer per question");
        }
        int sum = 0;
        for (Integer a : answers) {
            if (a == null || a < 1 || a > 5) {
                throw new IllegalArgumentException("answers are 1 to 5");
            }
            sum += a;
        }
        double score = 100.0 * sum / (5 * answers.size());
        Outcome outcome = score >= yesFrom - 1e-9 ? Outcome.YES : score >= maybeFrom - 1e-9 ? Outcome.MAYBE : Outcome.NO;
        return new Result(score, outcome);
    }
}
