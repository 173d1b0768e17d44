package com.creditwb.workbench.servicequality;

import java.time.LocalDate;
import java.util.Locale;

/** Survey records built in memory for view tests (the entities' constructors are the feature's). */
public final class SurveyFixtures {

    private SurveyFixtures() {
    }

    /** What a link to the five-factor questionnaire opens for 王经理 (English). */
    public static SurveyService.Opened opened() {
        Questionnaire q = new Questionnaire(Dimension.Model.FIVE, 1, QuestionnaireDefaults.statements(Dimension.Model.FIVE));
        Survey s = new Survey(7L, 1L, "2026 Q4", LocalDate.of(2026, 12, 20));
        SurveyInvitation i = new SurveyInvitation(1L, "王经理", null, Locale.ENGLISH.toLanguageTag(), "hash");
        return new SurveyService.Opened(i, s, q, "华南钢铁有限公司");
    }
}
