package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.ComplaintFlow;
import com.creditwb.workbench.servicequality.domain.Dimension;
import java.time.LocalDate;
import java.util.Locale;

/** Survey records built in memory for view tests (the entities' constructors are the feature's). */
public final class SurveyFixtures {

    private SurveyFixtures() {
    }

    /** What a link to the five-factor questionnaire opens for 王经理 (English). */
    public static SurveyLinkService.Opened opened() {
        Questionnaire q = new Questionnaire(Dimension.Model.FIVE, 1, QuestionnaireDefaults.statements(Dimension.Model.FIVE));
        Survey s = new Survey(7L, 1L, "2026 Q4", LocalDate.of(2026, 12, 20));
        SurveyInvitation i = new SurveyInvitation(1L, "王经理", null, Locale.ENGLISH.toLanguageTag(), "hash");
        return new SurveyLinkService.Opened(i, s, q, "华南钢铁有限公司");
    }

    /** A HIGH delivery complaint of customer 7 handled by account1, resolved and waiting for the customer's feedback. */
    public static Complaint resolvedComplaint(long id) {
        java.time.Instant raised = java.time.Instant.parse("2026-11-30T10:00:00Z");
        Complaint c = new Complaint(7L, ComplaintFlow.Category.DELIVERY, ComplaintFlow.Severity.HIGH, "第三批货晚到五天", "account1", raised);
        c.take(ComplaintFlow.Step.START, null, null, raised.plusSeconds(3600));
        c.take(ComplaintFlow.Step.RESOLVE, "加急补发", null, raised.plusSeconds(7200));
        try {
            var f = com.creditwb.workbench.common.BaseEntity.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(c, id);
            var v = com.creditwb.workbench.common.BaseEntity.class.getDeclaredField("version");
            v.setAccessible(true);
            v.set(c, 3L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }
}
