package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.ChurnRules;
import com.creditwb.workbench.servicequality.domain.ComplaintFlow;
import com.creditwb.workbench.servicequality.domain.Dimension;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditwb.workbench.TestUsers;
import com.creditwb.workbench.WorkbenchTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The full demo start-up (the same context as the negotiations' demo test): survey rounds rising and falling, both questionnaires. */
@WorkbenchTest
@TestPropertySource(properties = {"workbench.demo.statements=true", "workbench.demo.credit=true", "workbench.demo.keyaccounts=true",
    "workbench.demo.alliances=true", "workbench.demo.negotiations=true", "workbench.demo.surveys=true",
    "workbench.demo.complaints=true", "workbench.demo.documents=true"})
class SurveyDemoDataTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyRepository rounds;
    @Autowired
    ComplaintService complaints;

    @Autowired
    ChurnWatchService churn;

    @Test
    void the_churn_watch_on_the_demo_names_each_kind_of_reason() {
        List<ChurnWatchService.AtRisk> atRisk = TestUsers.as("credit1", "CREDIT_MANAGER", () -> churn.list());
        assertThat(atRisk).isNotEmpty();
        assertThat(atRisk.stream().flatMap(a -> a.reasons().stream()).map(ChurnRules.Found::reason).distinct())
                .contains(ChurnRules.Reason.SATISFACTION_DOWN, ChurnRules.Reason.DETRACTORS, ChurnRules.Reason.COMPLAINTS);
        // highest score first
        assertThat(atRisk).extracting(ChurnWatchService.AtRisk::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void the_demo_holds_complaints_in_every_state_some_overdue_and_one_reopened() {
        List<Complaint> all = TestUsers.as("admin", "ADMIN", () -> complaints.list(ComplaintService.Filter.ALL));
        assertThat(all).extracting(Complaint::getStatus).contains(ComplaintFlow.Status.values());
        assertThat(all).anyMatch(c -> c.getReopened() > 0);
        java.time.Instant now = TestUsers.as("admin", "ADMIN", () -> complaints.now());
        assertThat(all).anyMatch(c -> TestUsers.as("admin", "ADMIN", () -> complaints.overdue(c, now)));
        assertThat(TestUsers.as("account1", "ACCOUNT_MANAGER", () -> complaints.myOverdue())).isNotEmpty();
        // delivery and quality complaints carry the receiving note, and it downloads
        Complaint delivery = all.stream().filter(c -> c.getCategory() == ComplaintFlow.Category.DELIVERY).findFirst().orElseThrow();
        var files = TestUsers.as("admin", "ADMIN", () -> complaints.attachments(delivery.getId()));
        assertThat(files).extracting(com.creditwb.workbench.servicequality.ComplaintAttachment::getFileName).containsExactly("收货记录.txt");
        try (var in = TestUsers.as("admin", "ADMIN", () -> complaints.download(delivery.getId(), files.get(0).getId())).content()) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("收货记录").contains(delivery.getDescription());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_demo_holds_two_years_of_rounds_with_rising_and_falling_satisfaction_and_an_open_current_round() {
        List<Long> customers = rounds.findAll().stream().map(Survey::getCustomerId).distinct().toList();
        assertThat(customers).hasSizeGreaterThanOrEqualTo(10);
        boolean rising = false;
        boolean falling = false;
        for (Long c : customers) {
            List<SurveyService.RoundResult> results = TestUsers.as("credit1", "CREDIT_MANAGER", () -> surveys.results(c));
            assertThat(results).hasSize(5);
            assertThat(results).extracting(r -> r.questionnaire().getModel()).contains(Dimension.Model.FIVE, Dimension.Model.NINE);
            double first = results.get(0).result().csi();
            double last = results.get(4).result().csi();
            rising |= last > first + 10;
            falling |= last < first - 10;
            SurveyService.RoundResult current = results.get(4);
            assertThat(current.progress().answered()).isLessThan(current.progress().invited());
            assertThat(results).allSatisfy(r -> assertThat(r.chart()).isNotNull());
        }
        assertThat(rising).isTrue();
        assertThat(falling).isTrue();
    }
}
