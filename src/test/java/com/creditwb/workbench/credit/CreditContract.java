package com.creditwb.workbench.credit;

import com.creditwb.workbench.credit.domain.AssessmentStatus;
import com.creditwb.workbench.credit.domain.CreditCheck;
import com.creditwb.workbench.credit.domain.CreditOverride;
import com.creditwb.workbench.credit.domain.Evaluation;
import com.creditwb.workbench.credit.domain.Alert;
import static com.creditwb.workbench.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.TestUsers;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.excel.ExcelException;
import com.creditwb.workbench.credit.model.ScoringModel;
import com.creditwb.workbench.credit.model.ScoringModelService;
import com.creditwb.workbench.credit.model.SubFactor;
import com.creditwb.workbench.credit.receivable.AgingPreview;
import com.creditwb.workbench.credit.receivable.AgingWorkbooks;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.credit.scoring.AssessmentInput;
import com.creditwb.workbench.TestCredit;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerFilter;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.SampleFiles;
import com.creditwb.workbench.statement.StatementService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Credit assessment, workflow and receivables that must hold on every database: run by
 * {@link CreditH2Test} and {@link CreditPostgresTest}.
 */
abstract class CreditContract {

    static final String CM = "CREDIT_MANAGER";
    /** The test clock's day (TestClockConfig). */
    static final LocalDate TODAY = com.creditwb.workbench.TestClockConfig.DATE;

    @Autowired
    AssessmentService assessments;
    @Autowired
    CreditMonitorService monitor;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.credit.CreditAlertService alertService;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.credit.CreditPortfolioService portfolioService;
    @Autowired
    ReceivableService receivables;
    @Autowired
    ScoringModelService models;
    @Autowired
    StatementService statements;
    @Autowired
    CustomerService customers;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.customer.CustomerSearch search;

    Customer newCustomer(String owner) {
        return com.creditwb.workbench.TestCredit.customerWithStatements(customers, statements, owner);
    }

    static AssessmentInput complete(AssessmentInput in) {
        return CreditTestInputs.complete(in);
    }

    /** credit1 starts, completes and submits an assessment. */
    Assessment submitted(Customer c) {
        return as("credit1", CM, () -> {
            Assessment a = assessments.start(c.getId());
            a = assessments.save(a.getId(), a.getVersion(), complete(a.input()), CreditOverride.NONE);
            return assessments.submit(a.getId(), a.getVersion());
        });
    }

    @Test
    void a_draft_is_prefilled_from_data_and_uses_the_latest_statements() {
        Customer c = newCustomer(null);
        Assessment a = as("credit1", CM, () -> assessments.start(c.getId()));
        assertThat(a.getStatus()).isEqualTo(AssessmentStatus.DRAFT);
        assertThat(a.getPeriodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        AssessmentInput.SubScore history = a.input().scores().get(SubFactor.HISTORY);
        assertThat(history.prefilled()).isTrue();
        assertThat(history.score()).isEqualTo(4); // founded 18 years and 7 months before the test day: 10 to 20 years
        assertThat(a.input().scores().get(SubFactor.FINANCIAL_CONDITION).prefilled()).isTrue();
        assertThat(a.input().scores().get(SubFactor.STRATEGY)).isNull();
    }

    @Test
    void approval_by_the_author_is_refused() {
        Customer c = newCustomer(null);
        Assessment a = submitted(c);
        assertThatThrownBy(() -> as("credit1", CM, () -> assessments.approve(a.getId(), a.getVersion(), "ok")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Four-eyes");
        assertThatThrownBy(() -> as("credit1", CM, () -> assessments.returnToAuthor(a.getId(), a.getVersion(), "redo")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("credit2", CM, () -> assessments.currentDecision(c.getId()))).isEmpty();
        // what the views ask: the author waits for another credit manager, who may decide
        assertThat(as("credit1", CM, () -> assessments.canDecide(a))).isFalse();
        assertThat(as("credit1", CM, () -> assessments.awaitsOther(a))).isTrue();
        assertThat(as("credit2", CM, () -> assessments.canDecide(a))).isTrue();
        assertThat(as("credit2", CM, () -> assessments.awaitsOther(a))).isFalse();

        Assessment approved = as("credit2", CM, () -> assessments.approve(a.getId(), a.getVersion(), "agreed"));
        assertThat(approved.getStatus()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(approved.getApprover()).isEqualTo("credit2");
        assertThat(approved.getNextReviewDate()).isAfter(TODAY);
        assertThat(as("credit2", CM, () -> assessments.currentDecision(c.getId()))).map(Assessment::getId).contains(a.getId());
        // the customer's history says who decided what: credit2 set the status, limit and rating of the assessment
        var history = as("credit2", CM, () -> customers.history(c.getId()));
        assertThat(history).anySatisfy(h -> {
            assertThat(h.getEntityType()).isEqualTo("Assessment");
            assertThat(h.getChangedBy()).isEqualTo("credit2");
            assertThat(h.getField()).isEqualTo("status");
            assertThat(h.getNewValue()).isEqualTo("APPROVED");
        });
        assertThat(history).anySatisfy(h -> assertThat(h.getChangedBy() + " " + h.getField()).isEqualTo("credit1 limitAmount"));
    }

    @Test
    void new_assessment_clicked_twice_opens_the_same_draft() {
        Customer c = newCustomer(null);
        Assessment first = as("credit1", CM, () -> assessments.start(c.getId()));
        Assessment again = as("credit1", CM, () -> assessments.start(c.getId()));
        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(as("credit1", CM, () -> assessments.history(c.getId()))).hasSize(1);
        // another credit manager gets a draft of their own
        assertThat(as("credit2", CM, () -> assessments.start(c.getId())).getId()).isNotEqualTo(first.getId());
    }

    @Test
    void an_assessment_older_than_the_current_decision_cannot_be_approved_and_the_refusal_names_the_newer_one() {
        Customer c = newCustomer(null);
        Assessment old = submitted(c);
        Assessment newer = as("credit2", CM, () -> {
            Assessment a = assessments.start(c.getId());
            a = assessments.save(a.getId(), a.getVersion(), complete(a.input()), CreditOverride.NONE);
            return assessments.submit(a.getId(), a.getVersion());
        });
        Assessment decided = as("credit1", CM, () -> assessments.approve(newer.getId(), newer.getVersion(), null));
        assertThatThrownBy(() -> as("credit2", CM, () -> assessments.approve(old.getId(), old.getVersion(), "ok")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("assessment " + decided.getId());
        // nothing changed: the newer decision stands with its limit, the old one still waits
        assertThat(as("credit2", CM, () -> assessments.currentDecision(c.getId()))).map(Assessment::getId).contains(decided.getId());
        assertThat(as("credit2", CM, () -> assessments.get(old.getId())).getStatus()).isEqualTo(AssessmentStatus.SUBMITTED);
    }

    @Test
    void a_returned_assessment_goes_back_to_its_author_and_needs_a_comment() {
        Customer c = newCustomer(null);
        Assessment a = submitted(c);
        assertThatThrownBy(() -> as("credit2", CM, () -> assessments.returnToAuthor(a.getId(), a.getVersion(), " ")))
                .isInstanceOf(ValidationException.class);
        Assessment returned = as("credit2", CM, () -> assessments.returnToAuthor(a.getId(), a.getVersion(), "请补充担保资料"));
        assertThat(returned.getStatus()).isEqualTo(AssessmentStatus.RETURNED);
        Assessment again = as("credit1", CM, () -> assessments.submit(returned.getId(), returned.getVersion()));
        assertThat(again.getStatus()).isEqualTo(AssessmentStatus.SUBMITTED);
    }

    @Test
    void submitting_needs_every_sub_factor_and_an_override_needs_a_reason() {
        Customer c = newCustomer(null);
        Assessment a = as("credit1", CM, () -> assessments.start(c.getId()));
        assertThatThrownBy(() -> as("credit1", CM, () -> assessments.submit(a.getId(), a.getVersion())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(ValidationException.FieldError::field).contains("requestedLimit", "scores.STRATEGY"));
        assertThatThrownBy(() -> as("credit1", CM, () -> assessments.save(a.getId(), a.getVersion(), complete(a.input()),
                new CreditOverride("AAA", null, null, " "))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getErrors())
                        .extracting(ValidationException.FieldError::field).containsExactly("overrideReason"));
        Assessment overridden = as("credit1", CM, () -> assessments.save(a.getId(), a.getVersion(), complete(a.input()),
                new CreditOverride("AAA", null, null, "母公司提供连带担保")));
        assertThat(overridden.getRating()).isEqualTo("AAA");
        assertThat(overridden.isOverridden()).isTrue();
    }

    @Test
    void a_stale_copy_is_refused_and_only_the_author_edits() {
        Customer c = newCustomer(null);
        Assessment a = as("credit1", CM, () -> assessments.start(c.getId()));
        as("credit1", CM, () -> assessments.save(a.getId(), a.getVersion(), complete(a.input()), CreditOverride.NONE));
        assertThatThrownBy(() -> as("credit1", CM, () -> assessments.save(a.getId(), a.getVersion(), a.input(), CreditOverride.NONE)))
                .isInstanceOf(ConcurrentEditException.class);
        Assessment fresh = as("credit1", CM, () -> assessments.get(a.getId()));
        assertThatThrownBy(() -> as("credit2", CM, () -> assessments.save(fresh.getId(), fresh.getVersion(), fresh.input(), CreditOverride.NONE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_frozen_assessment_reads_the_same_after_model_and_statement_changes() {
        Customer c = newCustomer(null);
        Assessment a = submitted(c);
        Assessment approved = as("credit2", CM, () -> assessments.approve(a.getId(), a.getVersion(), null));
        Evaluation before = as("credit2", CM, () -> assessments.evaluate(assessments.get(approved.getId())));
        String snapshotBefore = com.creditwb.workbench.common.Json.write(approved.snapshot());

        // the administrator changes the model: the ratio scorecard now counts for everything
        ScoringModel m = as("admin", "ADMIN", () -> models.current().model());
        TestUsers.run("admin", "ADMIN", () -> models.save(new ScoringModel(m.factors(), m.factorAhp(), 0.01, 0.99, m.ratioBands(),
                m.industryBands(), m.ratings(), m.classes(), m.limit(), m.monitoring()), "test"));
        // finance corrects the statements: equity halved, cash moved to other receivables
        SystemAuthentication.run(() -> {
            Map<LineItem, BigDecimal> amounts = new EnumMap<>(statements.period(c.getId(), LocalDate.of(2025, 12, 31)).getAmounts());
            amounts.put(LineItem.BS_OTHER_REC, amounts.getOrDefault(LineItem.BS_OTHER_REC, BigDecimal.ZERO).add(amounts.get(LineItem.BS_CASH)));
            amounts.put(LineItem.BS_CASH, BigDecimal.ZERO);
            statements.saveManual(c.getId(), LocalDate.of(2025, 12, 31), amounts, 1, true, null);
        });
        Evaluation after = as("credit2", CM, () -> assessments.evaluate(assessments.get(approved.getId())));
        assertThat(after).isEqualTo(before);
        assertThat(com.creditwb.workbench.common.Json.write(as("credit2", CM, () -> assessments.get(approved.getId())).snapshot())).isEqualTo(snapshotBefore);
        // a new assessment uses the new model version
        Assessment next = as("credit1", CM, () -> assessments.start(c.getId()));
        assertThat(next.getModelId()).isNotEqualTo(approved.getModelId());
        assertThat(as("credit1", CM, () -> assessments.evaluate(next)).modelNumber()).isGreaterThan(before.modelNumber());
    }

    @Test
    void my_submissions_wait_for_a_colleague_apart_from_what_waits_for_me() {
        Customer c = newCustomer(null);
        Assessment mine = submitted(c); // by credit1
        assertThat(as("credit1", CM, () -> assessments.mySubmissionsAwaiting())).extracting(Assessment::getId).contains(mine.getId());
        assertThat(as("credit1", CM, () -> assessments.awaitingMyApproval())).extracting(Assessment::getId).doesNotContain(mine.getId());
        assertThat(as("credit2", CM, () -> assessments.awaitingMyApproval())).extracting(Assessment::getId).contains(mine.getId());
        assertThat(as("credit2", CM, () -> assessments.mySubmissionsAwaiting())).extracting(Assessment::getId).doesNotContain(mine.getId());
    }

    @Test
    void account_managers_see_the_decision_of_their_own_customers_only() {
        Customer own = newCustomer("account1");
        Assessment a = submitted(own);
        as("credit2", CM, () -> assessments.approve(a.getId(), a.getVersion(), null));
        assertThat(as("account1", "ACCOUNT_MANAGER", () -> assessments.currentDecision(own.getId()))).isPresent();
        // another manager's customer's credit is "not found", like an unknown record
        assertThatThrownBy(() -> as("account2", "ACCOUNT_MANAGER", () -> assessments.currentDecision(own.getId())))
                .isInstanceOf(com.creditwb.workbench.common.NotFoundException.class);
        assertThatThrownBy(() -> as("account1", "ACCOUNT_MANAGER", () -> assessments.start(own.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_portfolio_is_filtered_by_account_manager_industry_region_and_class() {
        Customer own = newCustomer("account1");
        Assessment a = submitted(own);
        Assessment decision = as("credit2", CM, () -> assessments.approve(a.getId(), a.getVersion(), null));
        var mine = new CreditPortfolioService.PortfolioFilter(null, null, "account1", null);
        var theirs = new CreditPortfolioService.PortfolioFilter(null, null, "account2", null);
        assertThat(as("credit1", CM, () -> portfolioService.portfolio(20, mine)).lines()).anyMatch(l -> l.customerId().equals(own.getId()));
        assertThat(as("credit1", CM, () -> portfolioService.portfolio(20, theirs)).lines()).noneMatch(l -> l.customerId().equals(own.getId()));
        var sameClass = new CreditPortfolioService.PortfolioFilter(own.getIndustry(), own.getRegion(), null, decision.getRiskClass());
        var portfolio = as("credit1", CM, () -> portfolioService.portfolio(20, sameClass));
        assertThat(portfolio.lines()).anyMatch(l -> l.customerId().equals(own.getId()));
        // the totals add up the lines the filter takes in, not the whole portfolio
        assertThat(portfolio.totalLimit()).isEqualByComparingTo(portfolio.lines().stream().map(CreditPortfolioService.TopExposure::limit)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        var otherClass = new CreditPortfolioService.PortfolioFilter(null, null, null,
                decision.getRiskClass() == com.creditwb.workbench.credit.model.RiskClass.REJECT
                        ? com.creditwb.workbench.credit.model.RiskClass.LOW : com.creditwb.workbench.credit.model.RiskClass.REJECT);
        assertThat(as("credit1", CM, () -> portfolioService.portfolio(20, otherClass)).lines()).noneMatch(l -> l.customerId().equals(own.getId()));
    }

    @Test
    void a_list_that_lacks_customers_says_so_and_stores_as_complete_or_as_covering_only_its_customers() {
        Customer a = newCustomer(null);
        Customer b = newCustomer(null);
        LocalDate asOf = TODAY;
        byte[] both = AgingWorkbooks.list(asOf, true,
                new Object[] {a.getCode(), "INV-A1", asOf.minusDays(20), asOf.plusDays(10), 1000.0, "CNY"},
                new Object[] {b.getCode(), "INV-B1", asOf.minusDays(20), asOf.plusDays(10), 2000.0, "CNY"});
        as("finance1", "FINANCE", () -> receivables.confirm(receivables.preview(both, "both.xlsx", null)));

        // a later file of the same date with customer A only: the preview says B (2,000 open) would be dropped
        byte[] onlyA = AgingWorkbooks.list(asOf, true, new Object[] {a.getCode(), "INV-A2", asOf.minusDays(5), asOf.plusDays(25), 1500.0, "CNY"});
        AgingPreview partial = as("finance1", "FINANCE", () -> receivables.preview(onlyA, "only-a.xlsx", null));
        assertThat(partial.dropped().customers()).isGreaterThanOrEqualTo(1);
        assertThat(partial.dropped().open()).isGreaterThanOrEqualTo(new BigDecimal("2000"));
        assertThat(partial.dropped().since()).isEqualTo(asOf);
        // and names them: B with its 2,000 open, the largest first
        assertThat(partial.dropped().list()).anySatisfy(d -> {
            assertThat(d.code()).isEqualTo(b.getCode());
            assertThat(d.name()).isEqualTo(b.getName());
            assertThat(d.open()).isEqualByComparingTo("2000");
        });
        assertThat(partial.dropped().list()).isSortedAccordingTo(java.util.Comparator.comparing(AgingPreview.DroppedCustomer::open).reversed());
        // covering only its customers: B's 2,000 stay, A's items are the new ones
        as("finance1", "FINANCE", () -> receivables.confirm(partial, ReceivableService.Scope.PARTIAL));
        assertThat(as("credit1", CM, () -> monitor.exposure(b.getId(), 90)).open()).isEqualByComparingTo("2000");
        assertThat(as("credit1", CM, () -> monitor.exposure(a.getId(), 90)).open()).isEqualByComparingTo("1500");

        // the same file stored as the complete list: B owes nothing now
        AgingPreview complete = as("finance1", "FINANCE", () -> receivables.preview(onlyA, "only-a.xlsx", null));
        assertThat(complete.dropped().open()).isGreaterThanOrEqualTo(new BigDecimal("2000"));
        as("finance1", "FINANCE", () -> receivables.confirm(complete, ReceivableService.Scope.COMPLETE));
        assertThat(as("credit1", CM, () -> monitor.exposure(b.getId(), 90)).open()).isEqualByComparingTo("0");
        assertThat(as("finance1", "FINANCE", () -> receivables.preview(onlyA, "only-a.xlsx", null)).dropped().any()).isFalse();
    }

    @Test
    void open_items_without_credit_are_their_own_alert_apart_from_a_breached_limit_with_the_figures() {
        Customer granted = newCustomer(null);
        Assessment a = submitted(granted);
        Assessment decision = as("credit2", CM, () -> assessments.approve(a.getId(), a.getVersion(), null));
        Customer none = newCustomer(null);
        BigDecimal limit = decision.getLimitAmount();
        LocalDate asOf = TODAY;
        // over the limit by 1,000, oldest item due 45 days before the list's date; the other customer owes 8,000 with no credit
        byte[] list = AgingWorkbooks.list(asOf, true,
                new Object[] {granted.getCode(), "INV-A", asOf.minusDays(75), asOf.minusDays(45), limit.add(new BigDecimal("1000")).doubleValue(), "CNY"},
                new Object[] {none.getCode(), "INV-B", asOf.minusDays(10), asOf.plusDays(20), 8000.0, "CNY"});
        AgingPreview preview = as("finance1", "FINANCE", () -> receivables.preview(list, "aging.xlsx", null));
        as("finance1", "FINANCE", () -> receivables.confirm(preview));

        var alerts = as("credit1", CM, () -> alertService.alerts());
        Alert breach = alerts.stream().filter(x -> x.customerId().equals(granted.getId()) && x.type() == Alert.Type.LIMIT_EXCEEDED)
                .findFirst().orElseThrow();
        assertThat(breach.open()).isEqualByComparingTo(limit.add(new BigDecimal("1000")));
        assertThat(breach.limit()).isEqualByComparingTo(limit);
        assertThat(breach.excess()).isEqualByComparingTo("1000");
        assertThat(breach.daysOverdue()).isEqualTo(45);
        Alert refused = alerts.stream().filter(x -> x.customerId().equals(none.getId())).findFirst().orElseThrow();
        assertThat(refused.type()).isEqualTo(Alert.Type.NO_CREDIT_OPEN);
        assertThat(refused.open()).isEqualByComparingTo("8000");
        assertThat(refused.limit()).isNull();
        assertThat(refused.daysOverdue()).isZero();
        assertThat(alerts).noneMatch(x -> x.customerId().equals(none.getId()) && x.type() == Alert.Type.LIMIT_EXCEEDED);
    }

    @Test
    void an_aging_list_replaces_the_open_items_and_feeds_exposure_and_the_credit_check() {
        Customer c = newCustomer(null);
        Assessment a = submitted(c);
        Assessment decision = as("credit2", CM, () -> assessments.approve(a.getId(), a.getVersion(), null));
        BigDecimal limit = decision.getLimitAmount();
        assertThat(limit).isPositive();
        LocalDate asOf = TODAY;

        // nothing open yet: an order within the limit is approved
        CreditCheck ok = as("credit1", CM, () -> monitor.check(c.getCode(), new BigDecimal("1000"), "CNY"));
        assertThat(ok.decision()).isEqualTo(CreditCheck.Decision.APPROVE);

        byte[] list = AgingWorkbooks.list(asOf, true,
                new Object[] {c.getCode(), "INV-1", asOf.minusDays(20), asOf.plusDays(40), limit.subtract(new BigDecimal("500")).doubleValue(), "CNY"});
        AgingPreview preview = as("finance1", "FINANCE", () -> receivables.preview(list, "aging.xlsx", null));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.asOf()).isEqualTo(asOf);
        as("finance1", "FINANCE", () -> receivables.confirm(preview));

        Exposure e = as("credit1", CM, () -> monitor.exposure(c.getId(), 90));
        assertThat(e.open()).isEqualByComparingTo(limit.subtract(new BigDecimal("500")));
        assertThat(e.available()).isEqualByComparingTo("500");
        CreditCheck over = as("credit1", CM, () -> monitor.check(c.getCode(), new BigDecimal("1000"), "CNY"));
        assertThat(over.decision()).isEqualTo(CreditCheck.Decision.BLOCK);
        assertThat(over.codes()).contains("LIMIT_EXCEEDED");
        CreditCheck review = as("credit1", CM, () -> monitor.check(c.getCode(), new BigDecimal("100"), "CNY"));
        assertThat(review.decision()).isEqualTo(CreditCheck.Decision.REVIEW);
        assertThat(review.codes()).containsExactly("HIGH_UTILISATION");

        // the same date again replaces the list: now an item 90 days overdue blocks any order
        byte[] overdue = AgingWorkbooks.list(asOf, false,
                new Object[] {c.getCode(), "INV-0", asOf.minusDays(150), asOf.minusDays(90), 2000, "CNY"});
        as("finance1", "FINANCE", () -> receivables.confirm(receivables.preview(overdue, "aging2.xlsx", null)));
        assertThat(as("credit1", CM, () -> receivables.items(c.getId()))).extracting(i -> i.getInvoiceNo()).containsExactly("INV-0");
        CreditCheck blocked = as("credit1", CM, () -> monitor.check(c.getCode(), new BigDecimal("10"), "CNY"));
        assertThat(blocked.decision()).isEqualTo(CreditCheck.Decision.BLOCK);
        assertThat(blocked.codes()).containsExactly("OVERDUE_BEYOND_THRESHOLD");
        assertThat(as("credit1", CM, () -> alertService.alerts())).anyMatch(al -> al.customerId().equals(c.getId())
                && al.type() == Alert.Type.OVERDUE_ITEMS);
    }

    @Test
    void the_customers_list_shows_and_sorts_by_rating_limit_exposure_and_available_only_to_who_may_read_them() {
        Customer theirs = newCustomer("account2");
        Customer mine = newCustomer("account1");
        Customer none = newCustomer("account2");
        Assessment mineDecision = TestCredit.approved(assessments, mine);
        Assessment theirDecision = TestCredit.approved(assessments, theirs);
        BigDecimal limit = mineDecision.getLimitAmount();
        byte[] list = AgingWorkbooks.list(TODAY, true,
                new Object[] {mine.getCode(), "INV-A", TODAY.minusDays(10), TODAY.plusDays(20), 1200, "CNY"},
                new Object[] {mine.getCode(), "INV-B", TODAY.minusDays(5), TODAY.plusDays(25), 800, "CNY"});
        as("finance1", "FINANCE", () -> receivables.confirm(receivables.preview(list, "aging.xlsx", null)));

        Customer row = as("credit1", CM, () -> customers.get(mine.getId()));
        assertThat(row.getCreditRating()).isEqualTo(mineDecision.getRating());
        assertThat(row.getCreditRiskClass()).isEqualTo(mineDecision.getRiskClass().name());
        assertThat(row.getCreditLimit()).isEqualByComparingTo(limit);
        // the aging list's two items: 1,200 + 800 = 2,000 open, so available = limit − 2,000
        assertThat(row.getCreditExposure()).isEqualByComparingTo("2000");
        assertThat(row.getCreditAvailable()).isEqualByComparingTo(limit.subtract(new BigDecimal("2000")));
        Customer other = as("credit1", CM, () -> customers.get(theirs.getId()));
        assertThat(other.getCreditExposure()).as("a list held, the customer not in it: nothing open").isEqualByComparingTo("0");
        assertThat(other.getCreditAvailable()).isEqualByComparingTo(theirDecision.getLimitAmount());
        Customer undecided = as("credit1", CM, () -> customers.get(none.getId()));
        assertThat(undecided.getCreditLimit()).isNull();
        assertThat(undecided.getCreditAvailable()).isNull();

        List<Long> ids = List.of(theirs.getId(), mine.getId(), none.getId());
        // sorted in the database by exposure: theirs and none (0) before mine (2,000) ascending
        assertThat(order("credit1", CM, Sort.by("creditExposure"), ids)).containsExactly(theirs.getId(), none.getId(), mine.getId());
        // by limit, descending: both decisions have the same limit (same statements and scores), so the id decides: mine, theirs
        List<Long> byLimit = order("credit1", CM, Sort.by(Sort.Direction.DESC, "creditLimit"), ids);
        boolean nullsFirst = byLimit.get(0).equals(none.getId());
        assertThat(byLimit).containsExactly(nullsFirst ? new Long[] {none.getId(), mine.getId(), theirs.getId()}
                : new Long[] {mine.getId(), theirs.getId(), none.getId()});
        // account1 reads the credit of its own customer only: theirs sorts as if it had no decision, next to none
        List<Long> asOwner = order("account1", "ACCOUNT_MANAGER", Sort.by(Sort.Direction.DESC, "creditLimit"), ids);
        assertThat(asOwner).containsExactly(nullsFirst ? new Long[] {none.getId(), theirs.getId(), mine.getId()}
                : new Long[] {mine.getId(), none.getId(), theirs.getId()});
        assertThat(as("account1", "ACCOUNT_MANAGER", () -> customers.canSeeCredit(theirs))).isFalse();
        assertThat(as("account1", "ACCOUNT_MANAGER", () -> customers.canSeeCredit(mine))).isTrue();
    }

    List<Long> order(String user, String role, Sort sort, List<Long> ids) {
        return as(user, role, () -> search.find(CustomerFilter.ALL, 0, 100_000, sort)).stream().map(Customer::getId)
                .filter(ids::contains).toList();
    }

    @Test
    void a_bad_aging_list_names_the_cell_and_stores_nothing() {
        Customer c = newCustomer(null);
        LocalDate asOf = LocalDate.of(2026, 1, 31);
        byte[] bad = AgingWorkbooks.list(asOf, true,
                new Object[] {c.getCode(), "A-1", asOf.minusDays(10), asOf.plusDays(20), 100, "CNY"},
                new Object[] {"NO-SUCH-CUSTOMER", "A-2", asOf.minusDays(10), asOf.plusDays(20), 100, "CNY"},
                new Object[] {c.getCode(), "A-3", asOf.minusDays(10), "next week", "一百", "RMBX"});
        AgingPreview preview = as("finance1", "FINANCE", () -> receivables.preview(bad, "bad.xlsx", null));
        assertThat(preview.problems()).extracting(p -> p.cell() + ":" + p.code()).contains("A5:aging.unknownCustomer",
                "D6:aging.notADate", "E6:notANumber", "F6:aging.badCurrency");
        assertThat(preview.problems()).allMatch(p -> p.sheet().equals("应收账款账龄"));
        long before = as("finance1", "FINANCE", () -> receivables.history().size());
        assertThatThrownBy(() -> as("finance1", "FINANCE", () -> receivables.confirm(preview))).isInstanceOf(ImportRejectedException.class);
        assertThat(as("finance1", "FINANCE", () -> receivables.history().size())).isEqualTo(before);
        assertThatThrownBy(() -> as("finance1", "FINANCE", () -> {
            try {
                return receivables.preview(SampleFiles.encrypted(AgingWorkbooks.list(asOf, true)), "locked.xlsx", null);
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        })).isInstanceOfSatisfying(ExcelException.class, e -> assertThat(e.problems().get(0).code()).isEqualTo("encrypted"));
        assertThatThrownBy(() -> as("credit1", CM, () -> receivables.preview(bad, "bad.xlsx", null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
