package com.creditwb.workbench.credit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.excel.ExcelException;
import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.i18n.MessagesConfig;
import com.creditwb.workbench.credit.Assessment;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.domain.AssessmentStatus;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.credit.domain.CreditOverride;
import com.creditwb.workbench.credit.domain.Evaluation;
import com.creditwb.workbench.credit.Exposure;
import com.creditwb.workbench.credit.RescoreService;
import com.creditwb.workbench.credit.model.DefaultScoringModel;
import com.creditwb.workbench.credit.model.FiveC;
import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.credit.model.ScoringModel;
import com.creditwb.workbench.credit.model.ScoringModelService;
import com.creditwb.workbench.credit.model.ScoringModelVersion;
import com.creditwb.workbench.credit.model.SubFactor;
import com.creditwb.workbench.credit.receivable.Aging;
import com.creditwb.workbench.credit.receivable.AgingPreview;
import com.creditwb.workbench.credit.receivable.ReceivableItem;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.credit.scoring.AssessmentInput;
import com.creditwb.workbench.credit.scoring.CreditFacts;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.statement.StatementService;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The credit views built directly with mocked services (no browser). */
class CreditViewsTest {

    static final ScoringModel MODEL = DefaultScoringModel.build(k -> "zh " + k, k -> "en " + k);
    static final CreditFacts FACTS = new CreditFacts("F", LocalDate.of(2010, 1, 1), null, null, null, LocalDate.of(2026, 11, 23),
            Map.of(), Map.of());

    final AssessmentService assessments = mock(AssessmentService.class);
    final CustomerService customers = mock(CustomerService.class);
    final StatementService statements = mock(StatementService.class);
    final CurrentUser user = mock(CurrentUser.class);
    final CustomerRecord customer = new CustomerRecord(7L, "C00007", "深圳华信电子科技有限公司", null, null, null, null, null, null, null,
            null, null, null, null, null);

    @BeforeEach
    void open() {
        ViewTestSupport.open(Locale.ENGLISH);
        when(customers.record(7L)).thenReturn(customer);
        when(statements.heldPeriods(7L)).thenReturn(List.of());
    }

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    static Stream<Component> all(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(CreditViewsTest::all));
    }

    Assessment assessment(AssessmentStatus status, String author) {
        Assessment a = mock(Assessment.class);
        when(a.getId()).thenReturn(42L);
        when(a.getVersion()).thenReturn(3L);
        when(a.getCustomerId()).thenReturn(7L);
        when(a.getStatus()).thenReturn(status);
        when(a.getAuthor()).thenReturn(author);
        when(a.getCreatedAt()).thenReturn(Instant.parse("2026-11-20T08:00:00Z"));
        AssessmentInput in = new AssessmentInput(new BigDecimal("500000"), 60, new BigDecimal("3650000"), null, null, 0.3, null, Map.of());
        when(a.input()).thenReturn(in);
        when(assessments.get(42L)).thenReturn(a);
        // who may do what is the service's answer (tested on the database in CreditContract); each test says what it is
        when(assessments.canEdit(a)).thenReturn(false);
        when(assessments.canDecide(a)).thenReturn(false);
        when(assessments.nextReviewDate(eq(a), any())).thenReturn(LocalDate.of(2027, 11, 23));
        when(assessments.evaluate(a)).thenReturn(Evaluation.of(1, MODEL, in, FACTS, CreditOverride.NONE));
        when(assessments.evaluate(eq(a), any(), any())).thenAnswer(inv -> Evaluation.of(1, MODEL, inv.getArgument(1), FACTS,
                inv.getArgument(2)));
        return a;
    }

    void signedIn(String username) {
        when(user.username()).thenReturn(username);
        when(user.hasRole(Role.CREDIT_MANAGER)).thenReturn(true);
    }

    @Test
    void the_author_scores_a_draft_and_sees_the_result_change() {
        when(assessments.canEdit(assessment(AssessmentStatus.DRAFT, "credit1"))).thenReturn(true);
        signedIn("credit1");
        AssessmentView view = new AssessmentView(assessments, customers, statements, com.creditwb.workbench.ViewTestSupport.users());
        view.load(42L);
        assertThat(view.save.isVisible()).isTrue();
        assertThat(view.submit.isVisible()).isTrue();
        assertThat(view.approve.isVisible()).isFalse();
        // nothing scored, no statements: composite 0.0, rating C, limit steps say so
        assertThat(text(view.result)).contains("0.0").contains("No statements: base = C");

        for (SubFactor s : SubFactor.values()) {
            view.scores.get(s).setValue(5);
        }
        // every level 5: 5C score 100, no ratios → composite 100.0, AAA, limit C = 3,650,000 × 60 / 365 = 600,000 capped at 500,000
        assertThat(view.evaluation.result().composite()).isEqualTo(100.0);
        assertThat(view.evaluation.rating()).isEqualTo("AAA");
        assertThat(text(view.result)).contains("AAA").contains("500,000.00");
        assertThat(view.input().scores().get(SubFactor.STRATEGY).score()).isEqualTo(5);
    }

    @Test
    void an_override_without_a_reason_is_marked_on_the_field() {
        when(assessments.canEdit(assessment(AssessmentStatus.DRAFT, "credit1"))).thenReturn(true);
        signedIn("credit1");
        when(assessments.save(anyLong(), anyLong(), any(), any())).thenThrow(ValidationException.of("overrideReason", "needs a reason"));
        AssessmentView view = new AssessmentView(assessments, customers, statements, com.creditwb.workbench.ViewTestSupport.users());
        view.load(42L);
        view.overrideRating.setValue("AA");
        view.save(false);
        assertThat(view.overrideReason.isInvalid()).isTrue();
        assertThat(view.overrideReason.getErrorMessage()).isEqualTo("needs a reason");
        verify(assessments).save(eq(42L), eq(3L), any(), argThat(o -> "AA".equals(o.rating())));
    }

    @Test
    void one_click_on_submit_submits_once_however_often_the_page_reloaded() {
        when(assessments.canEdit(assessment(AssessmentStatus.DRAFT, "credit1"))).thenReturn(true);
        signedIn("credit1");
        AssessmentView view = new AssessmentView(assessments, customers, statements, com.creditwb.workbench.ViewTestSupport.users());
        view.load(42L);
        java.util.function.ToIntFunction<com.vaadin.flow.component.button.Button> listeners = b ->
                com.vaadin.flow.component.ComponentUtil.getListeners(b, com.vaadin.flow.component.ClickEvent.class).size();
        int submit = listeners.applyAsInt(view.submit);
        int save = listeners.applyAsInt(view.save);
        view.load(42L); // a save reloads the page: the buttons must not gather a listener per load
        view.load(42L);
        assertThat(listeners.applyAsInt(view.submit)).isEqualTo(submit);
        assertThat(listeners.applyAsInt(view.save)).isEqualTo(save);
    }

    @Test
    void the_approval_buttons_show_exactly_when_the_service_says_the_user_may_decide() {
        Assessment a = assessment(AssessmentStatus.SUBMITTED, "credit1");
        signedIn("credit1");
        when(assessments.awaitsOther(a)).thenReturn(true);
        AssessmentView own = new AssessmentView(assessments, customers, statements, com.creditwb.workbench.ViewTestSupport.users());
        own.load(42L);
        assertThat(own.approve.isVisible()).isFalse();
        assertThat(own.save.isVisible()).isFalse();
        assertThat(own.scores.get(SubFactor.BASICS).isReadOnly()).isTrue();

        assertThat(text(own)).contains("Waiting for another credit manager");
        signedIn("credit2");
        when(assessments.awaitsOther(a)).thenReturn(false);
        when(assessments.canDecide(a)).thenReturn(true);
        when(assessments.approve(42L, 3L, "ok")).thenReturn(a);
        AssessmentView other = new AssessmentView(assessments, customers, statements, com.creditwb.workbench.ViewTestSupport.users());
        other.load(42L);
        assertThat(other.approve.isVisible()).isTrue();
        other.decisionComment.setValue("ok");
        other.approve.click();
        verify(assessments).approve(42L, 3L, "ok");
    }

    @Test
    void the_credit_tab_shows_the_decision_exposure_and_compares_two_assessments() {
        Assessment d = assessment(AssessmentStatus.APPROVED, "credit1");
        when(d.getRating()).thenReturn("BBB");
        when(d.getRiskClass()).thenReturn(RiskClass.MEDIUM);
        when(d.getLimitAmount()).thenReturn(new BigDecimal("1000000"));
        when(d.getCurrency()).thenReturn("CNY");
        when(d.getTermsDays()).thenReturn(60);
        when(d.getApprover()).thenReturn("credit2");
        when(d.getNextReviewDate()).thenReturn(LocalDate.of(2027, 11, 23));
        Assessment older = assessment(AssessmentStatus.RETURNED, "credit1");
        when(assessments.currentDecision(7L)).thenReturn(Optional.of(d));
        when(assessments.history(7L)).thenReturn(List.of(d, older));
        LocalDate asOf = LocalDate.of(2026, 10, 31);
        Aging.Summary aging = Aging.summarise(List.of(new ReceivableItem(1L, 7L, "I-1", asOf.minusDays(100), asOf.minusDays(70),
                new BigDecimal("1200000"), "CNY")), asOf, 60);
        CreditMonitorService monitor = mock(CreditMonitorService.class);
        Exposure exposure = new Exposure(d, asOf, aging, null);
        when(monitor.exposure(eq(7L), any(Integer.class))).thenReturn(exposure);
        // 1,200,000 open items + 50,000 of orders not yet delivered against 1,000,000: nothing left for new orders
        when(monitor.standing(7L)).thenReturn(new CreditMonitorService.Standing(new com.creditwb.workbench.credit.limits.EffectiveLimit(
                new BigDecimal("1000000"), null, null, null), new com.creditwb.workbench.credit.documents.Commitments.Exposure(
                new BigDecimal("1200000"), new BigDecimal("50000"), BigDecimal.ZERO, BigDecimal.ZERO), new BigDecimal("-250000")));
        when(assessments.canAssess()).thenReturn(true);

        CreditPanel panel = new CreditPanel(customer, assessments, monitor, com.creditwb.workbench.ViewTestSupport::name);
        // both available figures, each named for what it is
        assertThat(text(panel.exposure)).contains("Available (limit in force less open items)")
                .contains("Available for new orders (limit in force less committed exposure").contains("-250,000.00");
        assertThat(text(panel.decision)).contains("BBB").contains("1,000,000.00").contains("李诚 Li Cheng").doesNotContain("credit2");
        // 1,200,000 open against 1,000,000: 120 % used, exceeded, 70 days overdue
        assertThat(text(panel.exposure)).contains("1,200,000.00").contains("120%").contains("Limit exceeded");
        assertThat(all(panel.exposure).filter(c -> c.getId().orElse("").equals("limit-exceeded")).count()).isEqualTo(1);
        assertThat(panel.start.isVisible()).isTrue();
        assertThat(panel.compare.isEnabled()).isFalse();
        panel.history.select(d);
        panel.history.select(older);
        assertThat(panel.compare.isEnabled()).isTrue();
    }

    @Test
    void an_aging_file_that_cannot_be_read_is_reported_and_a_good_one_can_be_stored() throws Exception {
        ReceivableService receivables = mock(ReceivableService.class);
        when(receivables.history()).thenReturn(List.of());
        AgingImportView view = new AgingImportView(receivables, problemMessages(), com.creditwb.workbench.ViewTestSupport.users());
        when(receivables.preview(any(), anyString(), any())).thenThrow(new ExcelException(ExcelProblem.of("encrypted")));
        view.received("locked.xlsx", new byte[] {1});
        assertThat(text(view.outcome)).contains("locked.xlsx was not stored: 1 problems");
        assertThat(problems(view)).extracting(ExcelProblem::code).containsExactly("encrypted");
        assertThat(view.confirm.isVisible()).isFalse();

        AgingPreview ok = new AgingPreview("good.xlsx", "x", LocalDate.of(2026, 10, 31), List.of(new AgingPreview.Item(7L, "I-1",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30), new BigDecimal("100"), "CNY")), List.of(), false);
        when(receivables.preview(any(), eq("good.xlsx"), any())).thenReturn(ok);
        view.received("good.xlsx", new byte[] {2});
        assertThat(text(view.outcome)).contains("1 open items");
        assertThat(view.confirm.isVisible()).isTrue();

        AgingPreview bad = new AgingPreview("bad.xlsx", "x", LocalDate.of(2026, 10, 31), List.of(),
                List.of(ExcelProblem.at("Aging", "A5", "aging.unknownCustomer", "NOPE")), false);
        when(receivables.preview(any(), eq("bad.xlsx"), any())).thenReturn(bad);
        view.received("bad.xlsx", new byte[] {3});
        assertThat(problems(view)).extracting(p -> p.cell() + " " + problemMessages().message(p)).containsExactly("A5 No customer \"NOPE\".");
        verify(receivables, never()).confirm(any());
    }

    @Test
    void the_customers_a_new_list_lacks_are_named_the_first_ten_on_the_page_and_all_in_the_download() throws Exception {
        ReceivableService receivables = mock(ReceivableService.class);
        when(receivables.history()).thenReturn(List.of());
        AgingImportView view = new AgingImportView(receivables, problemMessages(), com.creditwb.workbench.ViewTestSupport.users());
        // twelve customers with 1,200 … 100 open, largest first as the service orders them
        List<AgingPreview.DroppedCustomer> lacking = new java.util.ArrayList<>();
        for (int i = 12; i >= 1; i--) {
            lacking.add(new AgingPreview.DroppedCustomer((long) i, String.format("C%05d", i), "客户" + i, BigDecimal.valueOf(i * 100L)));
        }
        AgingPreview preview = new AgingPreview("new.xlsx", "x", LocalDate.of(2026, 10, 31), List.of(new AgingPreview.Item(99L, "I-1",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30), new BigDecimal("100"), "CNY")), List.of(), false,
                new AgingPreview.Dropped(LocalDate.of(2026, 9, 30), 12, new BigDecimal("7800"), lacking));
        when(receivables.preview(any(), anyString(), any())).thenReturn(preview);
        view.received("new.xlsx", new byte[] {1});
        var list = all(view.outcome).filter(c -> c.getId().orElse("").equals("aging-dropped-list")).findFirst().orElseThrow();
        List<String> shown = list.getChildren().map(CreditViewsTest::text).toList();
        assertThat(shown).hasSize(10);
        assertThat(shown.get(0)).contains("C00012").contains("客户12").contains("1,200.00");
        assertThat(shown.get(9)).contains("C00003");
        assertThat(all(view.outcome).filter(c -> c.getId().orElse("").equals("aging-dropped-all")).map(CreditViewsTest::text).findFirst())
                .hasValueSatisfying(t -> assertThat(t).contains("12"));
        // the download has all twelve, amounts as numbers
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        view.writeDropped(preview.dropped(), out);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheetAt(0);
            List<String> codes = new java.util.ArrayList<>();
            double total = 0;
            for (var row : sheet) {
                var code = row.getCell(0);
                if (code != null && code.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && code.getStringCellValue().matches("C\\d{5}")) {
                    codes.add(code.getStringCellValue());
                    total += row.getCell(2).getNumericCellValue();
                }
            }
            assertThat(codes).hasSize(12).startsWith("C00012");
            assertThat(total).isEqualTo(7800.0); // 100 + 200 + … + 1,200
        }
    }

    @Test
    void the_administrator_changes_a_weight_and_saves_a_new_version() {
        ScoringModelService models = mock(ScoringModelService.class);
        when(models.current()).thenReturn(new ScoringModelVersion(1, MODEL, "initial"));
        when(models.canEdit()).thenReturn(true);
        when(models.versions()).thenReturn(List.of());
        when(models.save(any(), any())).thenReturn(new ScoringModelVersion(2, MODEL, "x"));
        RescoreService rescore = mock(RescoreService.class);
        when(rescore.latest()).thenReturn(Optional.empty());
        ScoringModelView view = new ScoringModelView(models, rescore, mock(com.creditwb.workbench.common.AhpWeights.class), com.creditwb.workbench.ViewTestSupport.users());
        view.factorWeights.get(FiveC.CHARACTER).setValue(0.4);
        view.note.setValue("character counts double");
        view.save.click();
        verify(models).save(argThat(m -> m.factor(FiveC.CHARACTER).weight() == 0.4 && m.ratings().size() == 7), eq("character counts double"));
    }

    @Test
    void an_inconsistent_ahp_matrix_cannot_be_applied_and_a_consistent_one_sets_the_weights() {
        // the real AHP with the real messages: a → b 9, a → c 1/9, b → c 9 is circular (CR far above 0.10)
        com.creditwb.workbench.common.AhpWeights models = new com.creditwb.workbench.common.AhpWeights(
                new Messages(new MessagesConfig().messageSource()));
        double[][] applied = new double[1][];
        com.creditwb.workbench.common.ui.AhpDialog dialog = new com.creditwb.workbench.common.ui.AhpDialog(models, "test", List.of("a", "b", "c"), List.of(9.0, 1 / 9.0, 9.0), (w, u) -> applied[0] = w);
        assertThat(dialog.apply.isEnabled()).isFalse();
        assertThat(text(dialog.outcome)).contains("CR").contains("0.10");
        // a consistent judgement: a = 2b = 4c
        dialog.cells.get(0).setValue(2.0);
        dialog.cells.get(1).setValue(4.0);
        dialog.cells.get(2).setValue(2.0);
        assertThat(dialog.apply.isEnabled()).isTrue();
        dialog.apply.click();
        assertThat(applied[0][0]).isCloseTo(4 / 7.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @SuppressWarnings("unchecked")
    static List<ExcelProblem> problems(AgingImportView view) {
        return all(view.outcome).filter(c -> c.getId().orElse("").equals("aging-problems")).findFirst()
                .map(g -> ((com.vaadin.flow.component.grid.Grid<ExcelProblem>) g).getListDataView().getItems().toList()).orElseThrow();
    }

    static ProblemMessages problemMessages() {
        return com.creditwb.workbench.ViewTestSupport.problemMessages();
    }

    @Test
    void the_credit_tab_shows_the_limit_in_force_with_its_end_date_the_committed_exposure_and_the_requests_to_decide() {
        CreditMonitorService monitor = mock(CreditMonitorService.class);
        var documents = mock(com.creditwb.workbench.credit.documents.DocumentService.class);
        var limits = mock(com.creditwb.workbench.credit.limits.LimitService.class);
        // 200,000 receivables + 300,000 orders + 100,000 deliveries + 0 invoices = 600,000 of 1,500,000: 900,000 available
        when(monitor.standing(7L)).thenReturn(new CreditMonitorService.Standing(new com.creditwb.workbench.credit.limits.EffectiveLimit(
                new BigDecimal("1000000"), null, new BigDecimal("1500000"), LocalDate.of(2026, 12, 31)),
                new com.creditwb.workbench.credit.documents.Commitments.Exposure(new BigDecimal("200000"), new BigDecimal("300000"),
                        new BigDecimal("100000"), BigDecimal.ZERO), new BigDecimal("900000")));
        when(documents.holdsOf(7L)).thenReturn(List.of());
        var pending = mock(com.creditwb.workbench.credit.limits.LimitRequest.class);
        when(pending.getId()).thenReturn(5L);
        when(pending.getRequestedLimit()).thenReturn(new BigDecimal("2000000"));
        when(pending.getStatus()).thenReturn(com.creditwb.workbench.credit.limits.LimitRequest.Status.PENDING);
        when(pending.getRequestedBy()).thenReturn("account1");
        when(pending.getReason()).thenReturn("旺季");
        when(limits.ofCustomer(7L)).thenReturn(List.of(pending));
        when(limits.canDecide(pending)).thenReturn(true);
        when(limits.canRequest(7L)).thenReturn(true);
        var groups = mock(com.creditwb.workbench.credit.groups.GroupService.class);
        when(groups.ofCustomer(7L)).thenReturn(Optional.empty());
        java.util.concurrent.atomic.AtomicInteger tabRefreshed = new java.util.concurrent.atomic.AtomicInteger();
        CreditOperationsCard card = new CreditOperationsCard(customer, monitor, documents, limits, groups, com.creditwb.workbench.ViewTestSupport.CLOCK,
                tabRefreshed::incrementAndGet, com.creditwb.workbench.ViewTestSupport::name);
        assertThat(card.groupLine.isVisible()).isFalse();
        assertThat(card.limitLine.getText()).isEqualTo("Limit in force: 1,500,000.00, temporary until Dec 31, 2026 (then 1,000,000.00)");
        assertThat(card.exposureLine.getText()).startsWith("Committed exposure 600,000.00").endsWith("available 900,000.00");
        assertThat(text(card.requests)).contains("2,000,000.00 (permanent), asked by 张客 Zhang Ke: 旺季 — Waiting");
        assertThat(all(card.requests).filter(c -> c.getId().orElse("").equals("limit-approve-5")).count()).isEqualTo(1);
        assertThat(card.ask.isVisible()).isTrue();
        // approving on the card makes the whole tab show what the service now holds (the exposure card beside it too) ...
        com.creditwb.workbench.common.ui.FormDialog approving = card.decide(pending, true);
        reason(approving).setValue("旺季备货");
        approving.primary().click();
        verify(limits).approve(5L, "旺季备货");
        assertThat(approving.isOpened()).isFalse();
        assertThat(tabRefreshed.get()).isEqualTo(1);
        // ... and a refused decision leaves the tab as it was, the dialog open with the reason on its field
        when(limits.refuse(5L, "")).thenThrow(com.creditwb.workbench.common.ValidationException.of("reason", "A reason is needed."));
        com.creditwb.workbench.common.ui.FormDialog refusing = card.decide(pending, false);
        refusing.primary().click();
        assertThat(refusing.isOpened()).isTrue();
        assertThat(reason(refusing).isInvalid()).isTrue();
        assertThat(reason(refusing).getErrorMessage()).isEqualTo("A reason is needed.");
        assertThat(tabRefreshed.get()).isEqualTo(1);
    }

    static com.vaadin.flow.component.textfield.TextArea reason(com.creditwb.workbench.common.ui.FormDialog d) {
        return (com.vaadin.flow.component.textfield.TextArea) d.body().getChildren().findFirst().orElseThrow();
    }
}
