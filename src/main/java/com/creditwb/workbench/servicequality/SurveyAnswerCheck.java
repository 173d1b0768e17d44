package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.servicequality.domain.Servqual;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Whether answers fit their questionnaire, whoever gives them (by link, or entered by the owner). */
@Component
class SurveyAnswerCheck {

    private final Messages messages;

    SurveyAnswerCheck(Messages messages) {
        this.messages = messages;
    }

    /** The answers fit the questionnaire: every statement scored 1–7 twice, importance from 0, recommendation 0–10. */
    void check(Questionnaire q, SurveyService.AnswerForm f) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        Servqual.Response r = new Servqual.Response(f.expectation(), f.perception(), f.importance(), f.recommend());
        for (Servqual.Problem p : Servqual.problems(q.dimensions(), List.of(r))) {
            errors.add(new ValidationException.FieldError(p.field().replace("responses[0].", ""), messages.get("servqual.error." + p.code())));
        }
        if (errors.isEmpty()) {
            for (Dimension d : q.dimensions()) {
                if (f.expectation().get(d).size() != q.items(d).size()) {
                    errors.add(new ValidationException.FieldError("perception." + d, messages.get("servqual.error.missingItem")));
                }
            }
        }
        if (f.importance() != null && !f.importance().isEmpty() && !Servqual.pointsAddUp(f.importance())) {
            errors.add(new ValidationException.FieldError("importance", messages.get("survey.error.importance100",
                    Math.round(Servqual.points(f.importance())))));
        }
        if (f.comments() != null && (f.comments().length() > 4000 || !PlainText.isPlainMultiline(f.comments()))) {
            errors.add(new ValidationException.FieldError("comments", messages.get("survey.error.comments")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static SurveyResponse.Answers answers(SurveyService.AnswerForm f) {
        return new SurveyResponse.Answers(f.expectation(), f.perception(), f.importance() == null ? Map.of() : f.importance());
    }

    static String blankNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
