package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.validation.PlainText;
import com.creditwb.workbench.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SERVQUAL questionnaires (five- and ten-dimension, seed 002) and their versions: ADMIN changes one as a new version;
 * rounds keep the version they asked.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class QuestionnaireService {

    private final QuestionnaireRepository questionnaires;
    private final Messages messages;

    QuestionnaireService(QuestionnaireRepository questionnaires, Messages messages) {
        this.questionnaires = questionnaires;
        this.messages = messages;
    }

    /** The current version of each questionnaire. */
    public List<Questionnaire> questionnaires() {
        List<Questionnaire> list = new ArrayList<>();
        for (Dimension.Model m : Dimension.Model.values()) {
            questionnaires.findFirstByModelOrderByNumberDesc(m).ifPresent(list::add);
        }
        return list;
    }

    /**
     * ADMIN changes a questionnaire: a new version with these statements (every dimension of the model with 3–5, each
     * in both languages, up to 300 characters); rounds already started keep the version they asked.
     */
    @Transactional
    @jakarta.annotation.security.RolesAllowed(Role.ADMIN_)
    public Questionnaire saveQuestionnaire(Dimension.Model model, List<Questionnaire.Statement> statements) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        List<Questionnaire.Statement> list = statements == null ? List.of() : statements;
        for (int i = 0; i < list.size(); i++) {
            Questionnaire.Statement st = list.get(i);
            if (st == null || st.dimension() == null || st.dimension().model() != model) {
                errors.add(new ValidationException.FieldError("statements[" + i + "].dimension", messages.get("survey.error.dimension")));
                continue;
            }
            for (String text : java.util.Arrays.asList(st.zh(), st.en())) {
                if (text == null || text.isBlank() || text.length() > 300 || !PlainText.isPlain(text)) {
                    errors.add(new ValidationException.FieldError("statements[" + i + "]", messages.get("survey.error.statement")));
                    break;
                }
            }
        }
        for (Dimension d : Dimension.of(model)) {
            long n = list.stream().filter(x -> x != null && x.dimension() == d).count();
            if (n < 3 || n > 5) {
                errors.add(new ValidationException.FieldError("statements." + d.name(), messages.get("survey.error.statementCount", n)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int next = questionnaires.findFirstByModelOrderByNumberDesc(model).map(Questionnaire::getNumber).orElse(0) + 1;
        List<Questionnaire.Statement> ordered = new ArrayList<>();
        for (Dimension d : Dimension.of(model)) {
            list.stream().filter(x -> x.dimension() == d).forEach(x -> ordered.add(new Questionnaire.Statement(d, x.zh().strip(), x.en().strip())));
        }
        return questionnaires.saveAndFlush(new Questionnaire(model, next, ordered));
    }

    /** The questionnaire version a round asked (for a feature reading rounds it may already read). */
    public Questionnaire questionnaireOf(Survey s) {
        return questionnaires.findById(s.getQuestionnaireId()).orElseThrow();
    }
}
