package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.servicequality.SurveyLinkService;
import com.creditwb.workbench.servicequality.SurveyPortfolioService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.servicequality.domain.Dimension;
import com.creditwb.workbench.servicequality.SurveyFixtures;
import com.creditwb.workbench.servicequality.SurveyService;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The link page built directly with a mocked service (no browser). */
class SurveyViewsTest {

    final SurveyService service = mock(SurveyService.class);
    final SurveyLinkService links = mock(SurveyLinkService.class);
    final com.creditwb.workbench.servicequality.SurveyPortfolioService portfolios = mock(com.creditwb.workbench.servicequality.SurveyPortfolioService.class);

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    @Test
    void a_new_rounds_default_title_names_the_year_and_quarter_without_grouping_the_year() {
        ViewTestSupport.open(Locale.SIMPLIFIED_CHINESE);
        com.vaadin.flow.component.html.Div on = new com.vaadin.flow.component.html.Div();
        assertThat(ServicePanel.defaultTitle(on, java.time.LocalDate.of(2026, 12, 1))).isEqualTo("2026 年第 4 季度服务质量调查");
        ViewTestSupport.open(Locale.ENGLISH);
        assertThat(ServicePanel.defaultTitle(on, java.time.LocalDate.of(2027, 2, 28))).isEqualTo("Service quality survey 2027 Q1");
    }

    @Test
    void the_link_page_asks_every_statement_twice_and_refuses_to_send_until_the_importance_adds_up_to_100() {
        ViewTestSupport.open(Locale.ENGLISH);
        SurveyLinkService.Opened opened = SurveyFixtures.opened();
        SurveyAnswerView view = new SurveyAnswerView(links);
        view.token = "t";
        view.opened = opened;
        view.showForm();
        // the five-factor questionnaire: 19 statements, each with an expectation and a perception
        assertThat(view.panel.expectation.values().stream().mapToInt(java.util.List::size).sum()).isEqualTo(19);
        assertThat(view.panel.importance).hasSize(5);
        assertThat(view.panel.total()).isEqualTo(100);
        view.panel.importance.get(Dimension.TANGIBLES).setValue(50);
        view.send();
        assertThat(view.problems.getElement().getTextRecursively()).contains("add up to 130; they must add up to 100");
        view.panel.importance.get(Dimension.TANGIBLES).setValue(20);
        view.send();
        assertThat(view.problems.getElement().getTextRecursively()).contains("Score every statement twice");
        verify(links, never()).answer(any(), any());
        view.panel.expectation.values().forEach(list -> list.forEach(s -> s.setValue(7)));
        view.panel.perception.values().forEach(list -> list.forEach(s -> s.setValue(5)));
        view.panel.recommend.setValue(9);
        view.send();
        verify(links).answer(eq("t"), argThat(f -> f.expectation().get(Dimension.RELIABILITY).size() == 4
                && f.perception().get(Dimension.TANGIBLES).stream().allMatch(x -> x == 5) && f.recommend() == 9
                && f.importance().get(Dimension.TANGIBLES) == 20.0));
        assertThat(view.getElement().getTextRecursively()).contains("Your answers have been received.");
    }

    @Test
    void a_used_or_unknown_link_shows_only_that_it_is_closed() {
        ViewTestSupport.open(Locale.SIMPLIFIED_CHINESE);
        SurveyAnswerView view = new SurveyAnswerView(links);
        view.showClosed(SurveyLinkService.LinkException.Reason.ANSWERED);
        assertThat(view.getElement().getTextRecursively()).contains("该问卷已经提交").doesNotContain("SERVQUAL");
        view.showClosed(SurveyLinkService.LinkException.Reason.UNKNOWN);
        assertThat(view.getChildren().filter(c -> c instanceof Select).count()).isZero();
        assertThat(view.getElement().getTextRecursively()).contains("该链接无效");
    }

    @Test
    void the_complaint_dialog_takes_the_next_step_with_the_customers_feedback() {
        ViewTestSupport.open(Locale.ENGLISH);
        var complaints = mock(com.creditwb.workbench.servicequality.ComplaintService.class);
        var users = mock(com.creditwb.workbench.security.UserService.class);
        var c = SurveyFixtures.resolvedComplaint(4);
        org.mockito.Mockito.when(complaints.canEdit(c)).thenReturn(true);
        org.mockito.Mockito.when(complaints.now()).thenReturn(java.time.Instant.parse("2026-12-01T10:00:00Z"));
        org.mockito.Mockito.when(users.displayName(any())).thenAnswer(i -> i.getArgument(0));
        ComplaintDialog d = new ComplaintDialog(7L, c, complaints, users, () -> { });
        assertThat(d.step.getText()).isEqualTo("Record the customer's feedback");
        assertThat(d.satisfied.isVisible()).isTrue();
        d.satisfied.setValue(false);
        d.stepText.setValue("仍有破损");
        d.step.click();
        verify(complaints).step(4L, 3L, com.creditwb.workbench.servicequality.domain.ComplaintFlow.Step.FEEDBACK, "仍有破损", false);
    }

    @Test
    void the_primary_save_sends_the_text_typed_for_the_next_step_so_it_is_not_lost() {
        ViewTestSupport.open(Locale.ENGLISH);
        var complaints = mock(com.creditwb.workbench.servicequality.ComplaintService.class);
        var users = mock(com.creditwb.workbench.security.UserService.class);
        var c = SurveyFixtures.resolvedComplaint(4);
        org.mockito.Mockito.when(complaints.canEdit(c)).thenReturn(true);
        org.mockito.Mockito.when(complaints.now()).thenReturn(com.creditwb.workbench.TestClockConfig.TODAY);
        org.mockito.Mockito.when(users.displayName(any())).thenAnswer(i -> i.getArgument(0));
        ComplaintDialog d = new ComplaintDialog(7L, c, complaints, users, () -> { });
        d.stepText.setValue("客户仍不满意，下周回访");
        d.save.click();
        verify(complaints).update(eq(4L), eq(3L), any(), eq("客户仍不满意，下周回访"));
    }

    @Test
    void files_chosen_for_a_new_complaint_are_listed_and_sent_with_it_and_on_an_open_one_they_are_attached_at_once() {
        ViewTestSupport.open(Locale.ENGLISH);
        var complaints = mock(com.creditwb.workbench.servicequality.ComplaintService.class);
        var users = mock(com.creditwb.workbench.security.UserService.class);
        org.mockito.Mockito.when(complaints.maxAttachmentBytes()).thenReturn(10L * 1024 * 1024);
        org.mockito.Mockito.when(users.displayName(any())).thenAnswer(i -> i.getArgument(0));
        ComplaintDialog d = new ComplaintDialog(7L, null, complaints, users, () -> { });
        assertThat(d.files.getElement().getTextRecursively()).contains("No files.");
        d.received("C:\\photos\\damage.png", new byte[] {1});
        d.received("note.txt", new byte[] {2});
        assertThat(d.files.getElement().getTextRecursively()).contains("damage.png will be attached.").contains("note.txt will be attached.")
                .doesNotContain("photos");
        d.category.setValue(com.creditwb.workbench.servicequality.domain.ComplaintFlow.Category.DELIVERY);
        d.severity.setValue(com.creditwb.workbench.servicequality.domain.ComplaintFlow.Severity.LOW);
        d.description.setValue("晚到");
        d.save.click();
        verify(complaints).raise(eq(7L), any(), argThat(list -> list.size() == 2 && list.get(1).name().equals("note.txt")));

        var c = SurveyFixtures.resolvedComplaint(4);
        org.mockito.Mockito.when(complaints.canEdit(c)).thenReturn(true);
        org.mockito.Mockito.when(complaints.now()).thenReturn(java.time.Instant.parse("2026-12-01T10:00:00Z"));
        org.mockito.Mockito.when(complaints.attach(eq(4L), eq("bad.pdf"), any()))
                .thenThrow(com.creditwb.workbench.common.ValidationException.of("file", "bad.pdf is not a PDF"));
        ComplaintDialog open = new ComplaintDialog(7L, c, complaints, users, () -> { });
        open.received("good.txt", new byte[] {3});
        verify(complaints).attach(eq(4L), eq("good.txt"), any());
        open.received("bad.pdf", new byte[] {4});
        assertThat(open.pending).as("nothing is held back for an existing complaint").isEmpty();
    }

    @Test
    void the_portfolio_page_shows_the_half_year_trend_and_the_latest_dimensions_and_surveys_a_chosen_segment() {
        ViewTestSupport.open(Locale.ENGLISH);
        var dims = Dimension.of(Dimension.Model.FIVE);
        java.util.function.Function<Double, com.creditwb.workbench.servicequality.domain.Servqual.Result> result = p -> {
            Map<Dimension, com.creditwb.workbench.servicequality.domain.Servqual.DimensionResult> m = new java.util.LinkedHashMap<>();
            // RELIABILITY weighs most and is perceived worst: a dissatisfier
            dims.forEach(d -> m.put(d, new com.creditwb.workbench.servicequality.domain.Servqual.DimensionResult(p - 6.5, d == Dimension.RELIABILITY ? p - 1 : p,
                    6.5, d == Dimension.RELIABILITY ? 0.4 : 0.15)));
            return com.creditwb.workbench.servicequality.domain.Servqual.pool(dims, java.util.List.of(
                    new com.creditwb.workbench.servicequality.domain.Servqual.Result(m, 0, 0, 0, null, 4)), 25.0);
        };
        var h1 = new SurveyPortfolioService.PortfolioPoint(new SurveyPortfolioService.HalfYear(2026, 1), result.apply(5.0), 2, 2);
        var h2 = new SurveyPortfolioService.PortfolioPoint(new SurveyPortfolioService.HalfYear(2026, 2), result.apply(5.5), 3, 2);
        org.mockito.Mockito.when(portfolios.portfolio(any(), any())).thenAnswer(i -> new SurveyPortfolioService.Portfolio(i.getArgument(0),
                Dimension.Model.FIVE, java.util.List.of(h1, h2), h2, com.creditwb.workbench.servicequality.domain.ImportancePerformance.of(
                        h2.result().dimensions()), 2));
        var labels = mock(com.creditwb.workbench.keyaccount.export.KeyAccountExport.class);
        org.mockito.Mockito.when(labels.segmentLabel(any(), any())).thenAnswer(i -> "segment " + i.getArgument(0));
        ServiceQualityView view = new ServiceQualityView(service, portfolios, labels, com.creditwb.workbench.ViewTestSupport.CLOCK);
        assertThat(view.summary.getText()).startsWith("Latest half-year 2026 H2: SERVQUAL -1.00").contains("4 answer(s) from 2 customer(s)")
                .contains("NPS 25");
        assertThat(view.figures.getElement().getTextRecursively()).contains("Reliability");
        assertThat(view.shown.chart().dissatisfiers()).containsExactly(Dimension.RELIABILITY);
        assertThat(view.surveySegment.isEnabled()).as("the whole portfolio is not a segment to survey").isFalse();
        view.segment.setValue("PARETO_REVENUE");
        verify(portfolios).portfolio("PARETO_REVENUE", Dimension.Model.FIVE);
        assertThat(view.surveySegment.isEnabled()).isTrue();
        org.mockito.Mockito.when(service.createForSegment(any(), any(), any(), any(), any())).thenThrow(
                com.creditwb.workbench.common.ValidationException.of("segment", "No customer of this segment whose service you run."));
        var dialog = view.openSurveySegment();
        var title = (com.vaadin.flow.component.textfield.TextField) dialog.body().getChildren()
                .filter(c -> c.getId().orElse("").equals("sq-title")).findFirst().orElseThrow();
        assertThat(title.getValue()).as("the year is a label, not a grouped number").doesNotContain("2,0")
                .isEqualTo(ServicePanel.defaultTitle(view, java.time.LocalDate.now(com.creditwb.workbench.ViewTestSupport.CLOCK)));
        verify(service, never()).createForSegment(any(), any(), any(), any(), any());
        dialog.primary().click();
        assertThat(dialog.isOpened()).as("refused, the dialog stays with what was typed").isTrue();
        assertThat(dialog.problems().messages()).containsExactly("No customer of this segment whose service you run.");
    }

    @Test
    void the_admin_sets_the_complaint_targets_and_a_refusal_is_listed() {
        ViewTestSupport.open(Locale.ENGLISH);
        var complaints = mock(com.creditwb.workbench.servicequality.ComplaintService.class);
        org.mockito.Mockito.when(complaints.canSetTargets()).thenReturn(true);
        org.mockito.Mockito.when(complaints.targets()).thenReturn(com.creditwb.workbench.servicequality.domain.ComplaintFlow.DEFAULT_TARGETS);
        org.mockito.Mockito.when(complaints.list(any())).thenReturn(java.util.List.of());
        ComplaintsView view = new ComplaintsView(complaints, mock(com.creditwb.workbench.customer.CustomerService.class),
                mock(com.creditwb.workbench.security.UserService.class));
        assertThat(view.targets.isVisible()).isTrue();
        view.status.setValue(com.creditwb.workbench.servicequality.domain.ComplaintFlow.Status.RESOLVED);
        verify(complaints).list(new com.creditwb.workbench.servicequality.ComplaintService.Filter(null,
                com.creditwb.workbench.servicequality.domain.ComplaintFlow.Status.RESOLVED, false));
    }
}
