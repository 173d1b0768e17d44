package com.creditwb.workbench.credit.documents;

import static com.creditwb.workbench.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.TestCredit;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.credit.Assessment;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.domain.CreditCheck;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.credit.domain.CreditOverride;
import com.creditwb.workbench.credit.rates.ExchangeRateService;
import com.creditwb.workbench.credit.receivable.ReceivableImport;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.UserService;
import com.creditwb.workbench.statement.StatementService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;

/** Document checks and the blocked-documents queue on every database: run by {@link DocumentH2Test} and {@link DocumentPostgresTest}. */
abstract class DocumentContract {

    static final String CM = "CREDIT_MANAGER";
    static final LocalDate TODAY = com.creditwb.workbench.TestClockConfig.DATE;

    @Autowired
    DocumentService documents;
    @Autowired
    CreditMonitorService monitor;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.credit.CreditAlertService alertService;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.credit.CreditPortfolioService portfolioService;
    @Autowired
    AssessmentService assessments;
    @Autowired
    CustomerService customers;
    @Autowired
    StatementService statements;
    @Autowired
    ReceivableService receivables;
    @Autowired
    ExchangeRateService rates;
    @Autowired
    CreditDocumentRepository documentRepository;
    @Autowired
    CreditHoldRepository holdRepository;
    @Autowired
    ApprovalAuthorityRepository authorityRepository;
    @Autowired
    DocumentSettingsRepository settingsRepository;
    @Autowired
    UserService users;
    @Autowired
    AccessPolicy policy;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Messages messages;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    com.creditwb.workbench.security.notifications.NotificationService notificationService;
    @Autowired
    com.creditwb.workbench.credit.CheckFacts checkFacts;
    @Autowired
    javax.sql.DataSource dataSource;
    @Autowired
    com.creditwb.workbench.customer.CreditColumns creditColumns;
    @Autowired
    com.creditwb.workbench.common.cluster.SharedVersions sharedVersions;

    /** A customer of account1 with an approved decision whose limit credit1 set to 100,000 yuan. */
    Customer customerWithLimit() {
        Customer c = TestCredit.customerWithStatements(customers, statements, "account1");
        Assessment a = as("credit1", CM, () -> {
            Assessment x = assessments.start(c.getId());
            x = assessments.save(x.getId(), x.getVersion(), com.creditwb.workbench.credit.CreditTestInputs.complete(x.input()),
                    new CreditOverride(null, null, new BigDecimal("100000"), "测试额度"));
            return assessments.submit(x.getId(), x.getVersion());
        });
        as("credit2", CM, () -> assessments.approve(a.getId(), a.getVersion(), "同意"));
        return c;
    }

    DocumentService.Checked send(Customer c, DocumentType type, String number, String amount, String reference) {
        return send(documents, c, type, number, amount, "CNY", TODAY, reference);
    }

    static DocumentService.Checked send(DocumentService service, Customer c, DocumentType type, String number, String amount, String currency,
            LocalDate date, String reference) {
        return as("credit1", CM, () -> service.check(new DocumentService.Request(c.getCode(), type, number, new BigDecimal(amount), currency,
                date, reference)));
    }

    DocumentService at(Duration later) {
        return new DocumentService(documentRepository, holdRepository, authorityRepository, settingsRepository, monitor, customers, users,
                policy, currentUser, messages, Clock.offset(clock, later), transactions, notificationService, checkFacts, creditColumns, sharedVersions);
    }

    private static final java.util.concurrent.atomic.AtomicLong NUMBERS = new java.util.concurrent.atomic.AtomicLong();

    /** A document number no other test of this run uses (from a sequence, so a failure repeats with the same numbers). */
    String n(String s) {
        return s + "-" + NUMBERS.incrementAndGet();
    }

    /*
     * The worked example, limit 100,000 yuan, nothing on the aging list, review above 90 % (the default model):
     *   SO-1 60,000 → APPROVE (exposure 0 before it);  SO-2 30,000 → APPROVE (90,000 after: not above 90 %)
     *   DN-1 of SO-1, 60,000 → APPROVE: it consumes SO-1, the exposure stays 90,000
     *   SO-3 20,000 → BLOCK LIMIT_EXCEEDED (110,000 > 100,000), held with exposure 90,000 and limit 100,000
     *   its copy SO-3A 20,000 → BLOCK as well (a new number is checked against the whole exposure)
     */
    @Test
    void the_committed_exposure_follows_order_delivery_and_invoice_and_no_copy_reopen_or_growth_gets_past_the_limit() {
        Customer c = customerWithLimit();
        String so1 = n("SO1");
        String so2 = n("SO2");
        String dn1 = n("DN1");
        String so3 = n("SO3");
        DocumentService.Checked a = send(c, DocumentType.ORDER, so1, "60000", null);
        assertThat(a.created()).isTrue();
        assertThat(a.check().decision()).isEqualTo(CreditCheck.Decision.APPROVE);
        assertThat(a.check().exposure()).isEqualByComparingTo("0");
        assertThat(a.check().available()).isEqualByComparingTo("100000");
        DocumentService.Checked b = send(c, DocumentType.ORDER, so2, "30000", null);
        assertThat(b.check().decision()).isEqualTo(CreditCheck.Decision.APPROVE);
        assertThat(b.check().exposure()).isEqualByComparingTo("60000");
        DocumentService.Checked d = send(c, DocumentType.DELIVERY, dn1, "60000", so1);
        assertThat(d.check().decision()).as("a delivery of an order adds nothing").isEqualTo(CreditCheck.Decision.APPROVE);
        assertThat(d.check().exposure()).isEqualByComparingTo("90000");
        DocumentService.Checked blocked = send(c, DocumentType.ORDER, so3, "20000", null);
        assertThat(blocked.check().decision()).isEqualTo(CreditCheck.Decision.BLOCK);
        assertThat(blocked.check().codes()).containsExactly("LIMIT_EXCEEDED");
        assertThat(blocked.document().getStatus()).isEqualTo(CreditDocument.Status.HELD);
        DocumentService.Checked copy = send(c, DocumentType.ORDER, so3 + "A", "20000", null);
        assertThat(copy.check().decision()).as("copied under a new number").isEqualTo(CreditCheck.Decision.BLOCK);
        // the same number for another customer is refused; a delivery must name an order of this customer
        Customer other = customerWithLimit();
        assertThatThrownBy(() -> send(other, DocumentType.ORDER, so1, "10", null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> send(other, DocumentType.DELIVERY, n("DN"), "10", so2)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.getErrors().get(0).field()).isEqualTo("reference"));

        // the queue: SO-3 with its figures at the time; the plain credit check sees the same exposure (90,000)
        DocumentService.Held held = as("credit1", CM, () -> documents.queue()).stream().filter(h -> h.document().getNumber().equals(so3))
                .findFirst().orElseThrow();
        assertThat(held.hold().getExposure()).isEqualByComparingTo("90000");
        assertThat(held.hold().getLimit()).isEqualByComparingTo("100000");
        assertThat(held.reasons()).hasSize(1);
        CreditCheck plain = as("credit1", CM, () -> monitor.check(c.getCode(), new BigDecimal("5000"), "CNY"));
        assertThat(plain.exposure()).isEqualByComparingTo("90000");
        assertThat(plain.codes()).as("95,000 is above 90 % of the limit").containsExactly("HIGH_UTILISATION");
        assertThat(as("account2", "ACCOUNT_MANAGER", () -> documents.queue())).noneMatch(h -> h.document().getNumber().equals(so3));
        assertThat(as("account1", "ACCOUNT_MANAGER", () -> documents.queue())).anyMatch(h -> h.document().getNumber().equals(so3));

        // authority: credit1 may release up to 10,000 only — refused, must escalate; with 50,000 the release goes through
        as("admin", "ADMIN", () -> documents.setAuthority("credit1", new BigDecimal("10000")));
        Long holdId = held.hold().getId();
        assertThatThrownBy(() -> as("credit1", CM, () -> documents.release(holdId, "大客户，已确认付款计划"))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("credit1", CM, () -> documents.canRelease(held))).as("release is not offered above 10,000").isFalse();
        assertThatThrownBy(() -> as("account1", "ACCOUNT_MANAGER", () -> documents.release(holdId, "x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("credit1", CM, () -> documents.escalate(holdId, "credit1", "自己"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> as("credit1", CM, () -> documents.escalate(holdId, "account1", "x"))).isInstanceOf(ValidationException.class);
        DocumentService.Held escalated = as("credit1", CM, () -> documents.escalate(holdId, "credit2", "超出我的权限"));
        assertThat(escalated.hold().getAssignedTo()).isEqualTo("credit2");
        as("admin", "ADMIN", () -> documents.setAuthority("credit1", new BigDecimal("50000")));
        assertThat(as("credit1", CM, () -> documents.canRelease(held))).as("20,000 is within 50,000").isTrue();
        assertThatThrownBy(() -> as("credit1", CM, () -> documents.release(holdId, " "))).as("a reason is required").isInstanceOf(ValidationException.class);
        long waitingForCredit2 = as("credit2", CM, () -> notificationService.unread());
        DocumentService.Held released = as("credit1", CM, () -> documents.release(holdId, "大客户，已确认付款计划"));
        // handled: credit2's "blocked" and "escalated to you" notifications of this hold need no action any more
        assertThat(as("credit2", CM, () -> notificationService.unread())).isEqualTo(waitingForCredit2 - 2);
        assertThat(as("credit2", CM, () -> notificationService.mine())).filteredOn(x -> x.getArgs().contains(so3))
                .isNotEmpty().allMatch(x -> x.getResolvedAt() != null && !x.needsAction());
        assertThat(released.hold().getStatus()).isEqualTo(CreditHold.Status.RELEASED);
        assertThat(released.document().getReleasedUntil()).as("30 days by default").isEqualTo(TODAY.plusDays(30));
        assertThatThrownBy(() -> as("credit1", CM, () -> documents.release(holdId, "again"))).isInstanceOf(ValidationException.class);

        // the release holds up to 20,000 + 5 % = 21,000 until its date
        DocumentService.Checked within = send(c, DocumentType.ORDER, so3, "20900", null);
        assertThat(within.created()).isFalse();
        assertThat(within.check().decision()).isEqualTo(CreditCheck.Decision.APPROVE);
        assertThat(within.check().codes()).containsExactly("RELEASED");
        DocumentService.Checked lapsed = send(at(Duration.ofDays(31)), c, DocumentType.ORDER, so3, "20900", "CNY", TODAY, null);
        assertThat(lapsed.check().decision()).as("the release has lapsed").isEqualTo(CreditCheck.Decision.BLOCK);
        DocumentService.Checked grown = send(c, DocumentType.ORDER, so3, "21500", null);
        assertThat(grown.check().decision()).as("beyond the released amount plus tolerance").isEqualTo(CreditCheck.Decision.BLOCK);
        assertThat(grown.check().codes()).containsExactly("LIMIT_EXCEEDED");
        assertThat(holdRepository.findByCustomerIdOrderByHeldAtDesc(c.getId()).stream()
                .filter(h -> h.getDocumentId().equals(grown.document().getId()) && h.getStatus() == CreditHold.Status.OPEN)).hasSize(1);

        // rejected: its next checks stay blocked, whatever the amount
        Long again = holdRepository.findFirstByDocumentIdAndStatus(grown.document().getId(), CreditHold.Status.OPEN).orElseThrow().getId();
        as("credit2", CM, () -> documents.reject(again, "客户逾期未付"));
        DocumentService.Checked afterReject = send(c, DocumentType.ORDER, so3, "100", null);
        assertThat(afterReject.check().decision()).isEqualTo(CreditCheck.Decision.BLOCK);
        assertThat(afterReject.check().codes()).containsExactly("REJECTED");

        // the invoice of DN-1 consumes it; it counts itself only if dated after the aging list
        LocalDate asOf = as("credit1", CM, () -> receivables.current()).map(ReceivableImport::getAsOf).orElse(null);
        DocumentService.Checked inv = send(c, DocumentType.INVOICE, n("INV"), "60000", dn1);
        assertThat(inv.check().decision()).isEqualTo(CreditCheck.Decision.APPROVE);
        CreditCheck now = as("credit1", CM, () -> monitor.check(c.getCode(), new BigDecimal("1"), "CNY"));
        assertThat(now.exposure()).isEqualByComparingTo(asOf == null || TODAY.isAfter(asOf) ? "90000" : "30000");
    }

    @Test
    void another_currency_is_converted_at_the_rate_of_its_date_and_without_one_the_check_asks_for_review() {
        Customer c = customerWithLimit();
        long seq = com.creditwb.workbench.TestSequence.next();
        String code = "X" + (char) ('A' + (int) (seq % 26)) + (char) ('A' + (int) (seq / 26 % 26));
        DocumentService.Checked none = send(documents, c, DocumentType.ORDER, n("FX"), "1000", code, TODAY, null);
        assertThat(none.check().decision()).isEqualTo(CreditCheck.Decision.REVIEW);
        assertThat(none.check().codes()).containsExactly("NO_RATE");
        assertThat(none.document().getAmountInLimit()).isNull();
        // 7.1 yuan from ten days ago: 1,000 → 7,100; a rate dated after the order does not apply to it
        as("finance1", "FINANCE", () -> rates.save(code, TODAY.minusDays(10), new BigDecimal("7.1")));
        as("finance1", "FINANCE", () -> rates.save(code, TODAY.plusDays(5), new BigDecimal("9")));
        DocumentService.Checked converted = send(documents, c, DocumentType.ORDER, n("FX"), "1000", code, TODAY, null);
        assertThat(converted.check().decision()).isEqualTo(CreditCheck.Decision.APPROVE);
        assertThat(converted.document().getAmountInLimit()).isEqualByComparingTo("7100.00");
        assertThat(as("credit1", CM, () -> rates.convert(new BigDecimal("1000"), code, "CNY", TODAY.plusDays(6)))).contains(new BigDecimal("9000.00"));
        // open items of the aging list in that currency count at the rate of their invoice date: 1,000 invoiced three days
        // ago → 7,100 yuan of exposure; one invoiced before any rate (twenty days ago) is left out and the check asks for review
        var decision = new com.creditwb.workbench.credit.DecisionFigures(1L, new BigDecimal("100000"), "CNY", TODAY.plusMonths(6),
                com.creditwb.workbench.credit.model.RiskClass.LOW, null);
        var recent = new com.creditwb.workbench.credit.CheckFacts.Item(new BigDecimal("1000"), code, TODAY.minusDays(3), TODAY.plusDays(27));
        var old = new com.creditwb.workbench.credit.CheckFacts.Item(new BigDecimal("1000"), code, TODAY.minusDays(20), TODAY.plusDays(10));
        var facts = new com.creditwb.workbench.credit.CheckFacts.Facts(c.getId(), "account1", decision, List.of(), TODAY, List.of(recent),
                List.of(), null, false);
        CreditCheck withItem = as("credit1", CM, () -> monitor.evaluate(facts, new BigDecimal("1000"), "CNY", TODAY, null));
        assertThat(withItem.decision()).isEqualTo(CreditCheck.Decision.APPROVE);
        assertThat(withItem.exposure()).isEqualByComparingTo("7100.00");
        assertThat(withItem.available()).isEqualByComparingTo("92900.00"); // 100,000 − 7,100
        var unrated = new com.creditwb.workbench.credit.CheckFacts.Facts(c.getId(), "account1", decision, List.of(), TODAY, List.of(recent, old),
                List.of(), null, false);
        CreditCheck withOld = as("credit1", CM, () -> monitor.evaluate(unrated, new BigDecimal("1000"), "CNY", TODAY, null));
        assertThat(withOld.decision()).isEqualTo(CreditCheck.Decision.REVIEW);
        assertThat(withOld.codes()).containsExactly("NO_RATE");
        assertThat(withOld.exposure()).isEqualByComparingTo("7100.00");
        assertThatThrownBy(() -> as("credit1", CM, () -> rates.save(code, TODAY, BigDecimal.ONE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("finance1", "FINANCE", () -> rates.save("CNY", TODAY, BigDecimal.ONE))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> as("finance1", "FINANCE", () -> rates.save(code, TODAY, new BigDecimal("-1")))).isInstanceOf(ValidationException.class);
    }

    @Test
    void steps_admin_does_not_check_are_approved_and_reviews_queue_only_when_admin_says_so() {
        Customer c = customerWithLimit();
        try {
            as("admin", "ADMIN", () -> documents.saveRules(new DocumentSettings.Rules(java.util.EnumSet.of(DocumentType.ORDER), 5, 30, true)));
            // 95,000 of 100,000 is above 90 %: REVIEW, and ADMIN queues reviews
            DocumentService.Checked review = send(c, DocumentType.ORDER, n("SO"), "95000", null);
            assertThat(review.check().decision()).isEqualTo(CreditCheck.Decision.REVIEW);
            assertThat(review.document().getStatus()).isEqualTo(CreditDocument.Status.HELD);
            assertThat(holdRepository.findFirstByDocumentIdAndStatus(review.document().getId(), CreditHold.Status.OPEN)).isPresent();
            DocumentService.Checked dn = send(c, DocumentType.DELIVERY, n("DN"), "500000", null);
            assertThat(dn.check().decision()).isEqualTo(CreditCheck.Decision.APPROVE);
            assertThat(dn.check().codes()).containsExactly("NOT_CHECKED");
            // the 500,000 delivery now fills the exposure: an order is blocked
            DocumentService.Checked order = send(c, DocumentType.ORDER, n("SO"), "1", null);
            assertThat(order.check().decision()).isEqualTo(CreditCheck.Decision.BLOCK);
            assertThatThrownBy(() -> as("admin", "ADMIN", () -> documents.saveRules(new DocumentSettings.Rules(java.util.EnumSet.noneOf(
                    DocumentType.class), 101, 0, false)))).isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field)
                                    .containsExactly("tolerancePercent", "releaseDays"));
            assertThatThrownBy(() -> as("credit1", CM, () -> documents.saveRules(DocumentSettings.Rules.DEFAULTS)))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            as("admin", "ADMIN", () -> documents.saveRules(DocumentSettings.Rules.DEFAULTS));
        }
    }

    @Autowired
    com.creditwb.workbench.credit.limits.LimitService limits;
    @Autowired
    com.creditwb.workbench.credit.limits.EffectiveLimits effectiveLimits;
    @Autowired
    com.creditwb.workbench.credit.receivable.CustomerCreditFigures creditFigures;

    @Test
    void a_limit_request_is_decided_by_another_credit_manager_within_authority_and_a_temporary_limit_lapses_by_the_clock() {
        Customer c = customerWithLimit();
        // account2 does not own the customer (for them it does not exist); account1 does
        assertThatThrownBy(() -> as("account2", "ACCOUNT_MANAGER", () -> limits.request(c.getId(), new BigDecimal("150000"), null, "扩大采购")))
                .isInstanceOf(com.creditwb.workbench.common.NotFoundException.class);
        var r = as("account1", "ACCOUNT_MANAGER", () -> limits.request(c.getId(), new BigDecimal("150000"), TODAY.plusDays(20), "旺季备货，临时提额"));
        assertThat(r.getCurrentLimit()).isEqualByComparingTo("100000");
        assertThatThrownBy(() -> as("account1", "ACCOUNT_MANAGER", () -> limits.request(c.getId(), new BigDecimal("1"), null, "再来一个")))
                .as("one waiting request per customer").isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> as("account1", "ACCOUNT_MANAGER", () -> limits.approve(r.getId(), null))).isInstanceOf(AccessDeniedException.class);
        // credit2 with authority 100,000 may not approve 150,000; with 200,000 it may
        as("admin", "ADMIN", () -> documents.setAuthority("credit2", new BigDecimal("100000")));
        assertThatThrownBy(() -> as("credit2", CM, () -> limits.approve(r.getId(), "同意"))).isInstanceOf(AccessDeniedException.class);
        as("admin", "ADMIN", () -> documents.setAuthority("credit2", new BigDecimal("200000")));
        long waitingForCredit1 = as("credit1", CM, () -> notificationService.unread());
        var approved = as("credit2", CM, () -> limits.approve(r.getId(), "同意，旺季后恢复"));
        assertThat(as("credit1", CM, () -> notificationService.unread())).as("the request credit1 was told of is decided")
                .isEqualTo(waitingForCredit1 - 1);
        assertThat(approved.getStatus()).isEqualTo(com.creditwb.workbench.credit.limits.LimitRequest.Status.APPROVED);

        // the check now uses 150,000: an order of 120,000 is approved (it would exceed the decided 100,000)
        DocumentService.Checked order = send(c, DocumentType.ORDER, n("SO"), "120000", null);
        assertThat(order.check().decision()).as(order.check().codes().toString()).isIn(CreditCheck.Decision.APPROVE, CreditCheck.Decision.REVIEW);
        assertThat(order.check().codes()).doesNotContain("LIMIT_EXCEEDED");
        assertThat(as("credit1", CM, () -> monitor.effectiveLimit(c.getId())).temporaryUntil()).isEqualTo(TODAY.plusDays(20));
        // the portfolio, the alerts and what other features read of the decision show the temporary limit with its last day
        var line = as("credit1", CM, () -> portfolioService.portfolio(20)).lines().stream().filter(l -> l.customerId().equals(c.getId())).findFirst().orElseThrow();
        assertThat(line.limit()).isEqualByComparingTo("150000");
        assertThat(line.limitUntil()).isEqualTo(TODAY.plusDays(20));
        var decision = as("credit1", CM, () -> monitor.exposure(c.getId(), 90)).decisionRecord();
        assertThat(decision.limit()).isEqualByComparingTo("150000");
        assertThat(decision.limitUntil()).isEqualTo(TODAY.plusDays(20));
        as("credit1", CM, () -> alertService.alerts()).stream().filter(a -> a.customerId().equals(c.getId()) && a.limit() != null)
                .forEach(a -> assertThat(a.limit()).isEqualByComparingTo("150000"));
        // after its end date it lapses by itself: back to 100,000
        assertThat(effectiveLimits.of(c.getId(), new BigDecimal("100000"), null, TODAY.plusDays(21)).amount()).isEqualByComparingTo("100000");
        assertThat(effectiveLimits.of(c.getId(), new BigDecimal("100000"), null, TODAY.plusDays(20)).amount()).isEqualByComparingTo("150000");
        // the customers list shows the limit in force with its last day, and the decided one again once it has ended
        Customer listed = com.creditwb.workbench.common.SystemAuthentication.call(() -> customers.get(c.getId()));
        assertThat(listed.getCreditLimit()).isEqualByComparingTo("150000");
        assertThat(listed.getCreditLimitUntil()).isEqualTo(TODAY.plusDays(20));
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(
                tx -> creditFigures.refreshLapsed(TODAY.plusDays(21)));
        Customer after = com.creditwb.workbench.common.SystemAuthentication.call(() -> customers.get(c.getId()));
        assertThat(after.getCreditLimit()).isEqualByComparingTo("100000");
        assertThat(after.getCreditLimitUntil()).isNull();
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(
                tx -> creditFigures.refresh(c.getId()));

        // a permanent request refused by a credit manager, who must give a reason; the requester may not decide their own
        var own = as("credit1", CM, () -> limits.request(c.getId(), new BigDecimal("90000"), null, "降低风险敞口"));
        assertThatThrownBy(() -> as("credit1", CM, () -> limits.refuse(own.getId(), "x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("credit2", CM, () -> limits.refuse(own.getId(), " "))).isInstanceOf(ValidationException.class);
        var refused = as("credit2", CM, () -> limits.refuse(own.getId(), "暂无必要"));
        assertThat(refused.getStatus()).isEqualTo(com.creditwb.workbench.credit.limits.LimitRequest.Status.REFUSED);
        assertThat(as("account2", "ACCOUNT_MANAGER", () -> limits.list(null))).noneMatch(x -> x.getCustomerId().equals(c.getId()));
        assertThat(as("account1", "ACCOUNT_MANAGER", () -> limits.list(null))).anyMatch(x -> x.getCustomerId().equals(c.getId()));
    }

    @Autowired
    com.creditwb.workbench.credit.groups.GroupService groups;

    /*
     * A group limit of 150,000 over a parent and a subsidiary with 100,000 each:
     *   parent order 90,000 → APPROVE (own 90,000 ≤ 100,000; group 90,000 ≤ 150,000)
     *   subsidiary order 70,000 → BLOCK GROUP_LIMIT_EXCEEDED: its own 70,000 fits, the group's 160,000 does not;
     *     available = min(100,000 − 0, 150,000 − 90,000) = 60,000
     *   subsidiary order 60,000 → APPROVE (group exactly 150,000)
     */
    @Test
    void a_group_limit_covers_its_members_together_beside_each_ones_own() {
        Customer parent = customerWithLimit();
        Customer sub = customerWithLimit();
        var g = as("credit1", CM, () -> groups.save(null, null, new com.creditwb.workbench.credit.groups.GroupService.Form("测试集团", parent.getId(),
                new BigDecimal("150000"), java.util.Set.of(sub.getId()))));
        assertThat(g.getMembers()).containsExactlyInAnyOrder(parent.getId(), sub.getId());
        assertThat(send(parent, DocumentType.ORDER, n("GP"), "90000", null).check().decision()).isEqualTo(CreditCheck.Decision.APPROVE);
        DocumentService.Checked over = send(sub, DocumentType.ORDER, n("GS"), "70000", null);
        assertThat(over.check().decision()).isEqualTo(CreditCheck.Decision.BLOCK);
        assertThat(over.check().codes()).containsExactly("GROUP_LIMIT_EXCEEDED");
        assertThat(over.check().available()).isEqualByComparingTo("60000");
        DocumentService.Checked fits = send(sub, DocumentType.ORDER, n("GS"), "60000", null);
        assertThat(fits.check().decision()).as(fits.check().codes().toString()).isNotEqualTo(CreditCheck.Decision.BLOCK);
        var summary = as("account1", "ACCOUNT_MANAGER", () -> groups.ofCustomer(sub.getId())).orElseThrow();
        assertThat(summary.exposure()).isEqualByComparingTo("150000");
        assertThat(summary.available()).isEqualByComparingTo("0");
        assertThat(summary.members()).extracting(com.creditwb.workbench.credit.groups.GroupService.Member::parent).containsExactly(true, false);
        // a customer is in one group at most; account managers do not keep groups
        Customer third = customerWithLimit();
        assertThatThrownBy(() -> as("credit1", CM, () -> groups.save(null, null, new com.creditwb.workbench.credit.groups.GroupService.Form("另一集团",
                third.getId(), new BigDecimal("1"), java.util.Set.of(sub.getId()))))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getErrors().get(0).message()).contains("测试集团"));
        assertThatThrownBy(() -> as("account1", "ACCOUNT_MANAGER", () -> groups.save(null, null, new com.creditwb.workbench.credit.groups.GroupService.Form(
                "x", third.getId(), BigDecimal.ONE, java.util.Set.of())))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("account2", "ACCOUNT_MANAGER", () -> groups.ofCustomer(sub.getId()))).isEmpty();
        // a group with a member another account manager owns: account2 lists it — their own member named, the other one
        // counted as hidden — instead of the page failing as "not found"
        Customer theirs = com.creditwb.workbench.TestCredit.customerWithStatements(customers, statements, "account2");
        as("credit1", CM, () -> groups.save(null, null, new com.creditwb.workbench.credit.groups.GroupService.Form("混合集团",
                theirs.getId(), new BigDecimal("500000"), java.util.Set.of(third.getId()))));
        var mixed = as("account2", "ACCOUNT_MANAGER", () -> groups.list()).stream().filter(x -> x.group().getName().equals("混合集团"))
                .findFirst().orElseThrow();
        assertThat(mixed.members()).extracting(com.creditwb.workbench.credit.groups.GroupService.Member::name).containsExactly(theirs.getName());
        assertThat(mixed.hiddenMembers()).isEqualTo(1);
    }

    @Test
    void concurrent_checks_of_one_customer_through_two_nodes_never_approve_more_than_is_available() throws Exception {
        // two DocumentService instances stand for two nodes: nothing in one JVM serialises them, only the database's row lock
        Customer c = customerWithLimit();
        DocumentService nodeA = new DocumentService(documentRepository, holdRepository, authorityRepository, settingsRepository, monitor,
                customers, users, policy, currentUser, messages, clock, transactions, notificationService, checkFacts, creditColumns, sharedVersions);
        DocumentService nodeB = new DocumentService(documentRepository, holdRepository, authorityRepository, settingsRepository, monitor,
                customers, users, policy, currentUser, messages, clock, transactions, notificationService, checkFacts, creditColumns, sharedVersions);
        var before = as("credit1", CM, () -> monitor.standing(c.getId()));
        BigDecimal available = before.available();
        // 40 orders of 7,000 (280,000 asked) against what is available (the 100,000 limit less anything open)
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        List<java.util.concurrent.Future<DocumentService.Checked>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            DocumentService node = i % 2 == 0 ? nodeA : nodeB;
            String number = n("SO");
            answers.add(pool.submit(() -> send(node, c, DocumentType.ORDER, number, "7000", "CNY", TODAY, null)));
        }
        BigDecimal approved = BigDecimal.ZERO;
        for (var f : answers) {
            DocumentService.Checked checked = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            if (checked.document().getStatus() == CreditDocument.Status.COUNTED) { // approved, or a review ADMIN does not queue
                approved = approved.add(new BigDecimal("7000"));
            }
        }
        pool.shutdown();
        assertThat(approved).as("counted against " + available).isLessThanOrEqualTo(available).isPositive();
        // what the customer has committed now is what was there plus exactly the approved orders
        var after = as("credit1", CM, () -> monitor.standing(c.getId()));
        assertThat(after.exposure().total().subtract(before.exposure().total())).isEqualByComparingTo(approved);
        assertThat(after.exposure().orders().subtract(before.exposure().orders())).isEqualByComparingTo(approved);
    }

    @Test
    void a_checked_document_is_audited_in_one_row_and_its_history_reads_field_by_field() {
        Customer c = customerWithLimit();
        String number = n("SO");
        DocumentService.Checked first = send(c, DocumentType.ORDER, number, "12000", null);
        send(c, DocumentType.ORDER, number, "13000", null); // the same number again: an update
        Long id = first.document().getId();
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        List<java.util.Map<String, Object>> rows = jdbc.queryForList("select action, field, changes from audit_log"
                + " where entity_type = 'CreditDocument' and entity_id = ? order by id", id);
        assertThat(rows).as("one row per change, not per field").hasSize(2);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("FIELD") == null ? r.get("field") : r.get("FIELD")).isNull());
        // read back per field, as a history shows it
        List<com.creditwb.workbench.common.audit.AuditLogEntry> history = as("credit1", CM, () -> customers.history(c.getId())).stream()
                .filter(e -> "CreditDocument".equals(e.getEntityType()) && id.equals(e.getEntityId())).toList();
        assertThat(history).filteredOn(e -> "number".equals(e.getField())).singleElement()
                .satisfies(e -> assertThat(e.getNewValue()).isEqualTo(number));
        assertThat(history).filteredOn(e -> "amount".equals(e.getField())).extracting(e -> e.getOldValue() + "→" + e.getNewValue())
                .containsExactly("12000→13000", "null→12000");
    }

    @Test
    void rules_saved_through_one_node_are_in_force_on_the_others_next_read() {
        DocumentService nodeA = new DocumentService(documentRepository, holdRepository, authorityRepository, settingsRepository, monitor,
                customers, users, policy, currentUser, messages, clock, transactions, notificationService, checkFacts, creditColumns, sharedVersions);
        DocumentService nodeB = new DocumentService(documentRepository, holdRepository, authorityRepository, settingsRepository, monitor,
                customers, users, policy, currentUser, messages, clock, transactions, notificationService, checkFacts, creditColumns, sharedVersions);
        DocumentSettings.Rules before = nodeB.rules(); // node B has the rules cached
        DocumentSettings.Rules changed = new DocumentSettings.Rules(before.checkedSteps(), before.tolerancePercent(),
                before.releaseDays() == 30 ? 31 : 30, before.queueReviews());
        try {
            as("admin", "ADMIN", () -> nodeA.saveRules(changed));
            assertThat(nodeB.rules().releaseDays()).as("node B reads what node A saved").isEqualTo(changed.releaseDays());
        } finally {
            as("admin", "ADMIN", () -> nodeA.saveRules(before));
        }
        assertThat(nodeB.rules().releaseDays()).isEqualTo(before.releaseDays());
    }

    @Test
    void a_check_whose_commit_the_storage_fails_runs_once_more_and_stores_the_document_once() {
        Customer c = customerWithLimit();
        java.util.concurrent.atomic.AtomicInteger commits = new java.util.concurrent.atomic.AtomicInteger();
        // the first commit fails as H2 2.4.240's chunk-rewriting race does (the transaction rolled back), later ones pass
        PlatformTransactionManager failingOnce = new PlatformTransactionManager() {
            @Override
            public org.springframework.transaction.TransactionStatus getTransaction(org.springframework.transaction.TransactionDefinition d) {
                return transactions.getTransaction(d);
            }

            @Override
            public void commit(org.springframework.transaction.TransactionStatus status) {
                if (commits.incrementAndGet() == 1) {
                    transactions.rollback(status);
                    throw new org.springframework.transaction.TransactionSystemException("Could not commit",
                            org.h2.mvstore.DataUtils.newMVStoreException(0, "Position 0"));
                }
                transactions.commit(status);
            }

            @Override
            public void rollback(org.springframework.transaction.TransactionStatus status) {
                transactions.rollback(status);
            }
        };
        DocumentService racy = new DocumentService(documentRepository, holdRepository, authorityRepository, settingsRepository, monitor, customers,
                users, policy, currentUser, messages, clock, failingOnce, notificationService, checkFacts, creditColumns, sharedVersions);
        String number = n("SO");
        DocumentService.Checked checked = send(racy, c, DocumentType.ORDER, number, "10000", "CNY", TODAY, null);
        assertThat(commits.get()).as("committed on the second run").isEqualTo(2);
        // and the pool closes a connection whose commit H2's storage failed, so the failed transaction's locks go with it
        assertThat(((com.zaxxer.hikari.HikariDataSource) dataSource).getExceptionOverrideClassName())
                .isEqualTo(com.creditwb.workbench.common.StoreRace.EvictConnection.class.getName());
        assertThat(checked.created()).isTrue();
        assertThat(checked.check().decision()).isEqualTo(CreditCheck.Decision.APPROVE);
        assertThat(documentRepository.findByTypeAndNumber(DocumentType.ORDER, number)).get().extracting(CreditDocument::getId)
                .isEqualTo(checked.document().getId());
        // any other failure is not run again
        commits.set(0);
        DocumentService broken = new DocumentService(documentRepository, holdRepository, authorityRepository, settingsRepository, monitor, customers,
                users, policy, currentUser, messages, clock, new PlatformTransactionManager() {
                    @Override
                    public org.springframework.transaction.TransactionStatus getTransaction(org.springframework.transaction.TransactionDefinition d) {
                        return transactions.getTransaction(d);
                    }

                    @Override
                    public void commit(org.springframework.transaction.TransactionStatus status) {
                        commits.incrementAndGet();
                        transactions.rollback(status);
                        throw new org.springframework.transaction.TransactionSystemException("disk full");
                    }

                    @Override
                    public void rollback(org.springframework.transaction.TransactionStatus status) {
                        transactions.rollback(status);
                    }
                }, notificationService, checkFacts, creditColumns, sharedVersions);
        String other = n("SO");
        assertThatThrownBy(() -> send(broken, c, DocumentType.ORDER, other, "10000", "CNY", TODAY, null))
                .isInstanceOf(org.springframework.transaction.TransactionSystemException.class);
        assertThat(commits.get()).isEqualTo(1);
        assertThat(documentRepository.findByTypeAndNumber(DocumentType.ORDER, other)).isEmpty();
    }
}
