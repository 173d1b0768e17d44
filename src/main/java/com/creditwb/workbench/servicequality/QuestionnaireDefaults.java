package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.common.Json;
import com.creditwb.workbench.common.SystemAuthentication;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start: the seed's two questionnaires (five factors and the nine-factor refinement) as version 1 when the
 * database holds none of that model yet. Their statements, in both languages, are in
 * {@code servicequality/questionnaire-FIVE.json} and {@code -NINE.json}.
 */
@Component
@Order(5)
class QuestionnaireDefaults implements ApplicationRunner {

    private final QuestionnaireRepository questionnaires;

    private final com.creditwb.workbench.common.cluster.ClusterJobs jobs;

    QuestionnaireDefaults(QuestionnaireRepository questionnaires, com.creditwb.workbench.common.cluster.ClusterJobs jobs) {
        this.questionnaires = questionnaires;
        this.jobs = jobs;
    }

    @Override
    public void run(ApplicationArguments args) {
        jobs.exclusively(() -> { // nodes started together make the defaults once
            for (Dimension.Model model : Dimension.Model.values()) {
                if (questionnaires.findFirstByModelOrderByNumberDesc(model).isEmpty()) {
                    SystemAuthentication.run(() -> questionnaires.saveAndFlush(new Questionnaire(model, 1, statements(model))));
                }
            }
        });
    }

    static List<Questionnaire.Statement> statements(Dimension.Model model) {
        try (InputStream in = QuestionnaireDefaults.class.getResourceAsStream("/servicequality/questionnaire-" + model + ".json")) {
            return List.of(Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), Questionnaire.Statement[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
