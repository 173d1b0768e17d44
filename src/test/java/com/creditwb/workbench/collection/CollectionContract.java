package com.creditwb.workbench.collection;

import static com.creditwb.workbench.TestClockConfig.DATE;
import static com.creditwb.workbench.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.TestCredit;
import com.creditwb.workbench.collection.domain.PromiseState;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.receivable.Aging;
import com.creditwb.workbench.credit.receivable.AgingWorkbooks;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.statement.StatementService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Collections on a real database: payments applied to open items, promises decided by the clock and the payments, the
 * worklist's figures and priority, and who sees what. Each customer's items are added to the current aging list as a
 * partial list of the same date (every other customer's items stay), due dates counted from the test day.
 */
abstract class CollectionContract {

    static final String CM = "CREDIT_MANAGER";

    @Autowired
    CustomerService customers;
    @Autowired
    StatementService statements;
    @Autowired
    AssessmentService assessments;
    @Autowired
    ReceivableService receivables;
    @Autowired
    PaymentService payments;
    @Autowired
    OpenItemService items;
    @Autowired
    PromiseService promises;
    @Autowired
    ActivityService activities;
    @Autowired
    WorklistService worklist;
    @Autowired
    DisputeService disputes;
    @Autowired
    com.creditwb.workbench.credit.hold.CollectionHoldService holds;
    @Autowired
    com.creditwb.workbench.credit.CreditMonitorService monitor;
    @Autowired
    WriteOffService writeOffs;
    @Autowired
    MetricsService metrics;
    @Autowired
    com.creditwb.workbench.credit.documents.DocumentService documents;

    /** A customer of account1 with a decision by credit1 (its default collector) and the items given: {invoice, days overdue, amount}. */
    Customer owing(Object[]... rows) {
        return Owing.customer(customers, statements, assessments, receivables, rows);
    }

    PaymentService.Recorded pay(Customer c, String amount, String reference, String... invoices) {
        return as("finance1", "FINANCE", () -> payments.record(new PaymentService.PaymentCommand(c.getCode(), new BigDecimal(amount), "CNY", DATE,
                reference, List.of(invoices))));
    }

    @Test
    void a_payment_is_applied_oldest_first_or_to_the_items_named_and_each_item_shows_it() {
        Customer c = owing(new Object[] {"A-1", 60, 1000}, new Object[] {"A-2", 20, 2000}, new Object[] {"A-3", -10, 3000});
        // 1,500 without items: A-1 (60 days overdue) takes 1,000, A-2 the other 500
        PaymentService.Recorded first = pay(c, "1500", "BANK-1");
        assertThat(first.created()).isTrue();
        assertThat(first.applied()).extracting(a -> a.invoiceNo() + "=" + a.amount().stripTrailingZeros().toPlainString())
                .containsExactly("A-1=1000", "A-2=500");
        // 3,200 for A-3: it takes its 3,000, 200 stay on account
        PaymentService.Recorded second = pay(c, "3200", "BANK-2", "A-3");
        assertThat(second.payment().getUnapplied()).isEqualByComparingTo("200");

        List<OpenItemService.Item> list = as("credit1", CM, () -> items.items(c.getId()));
        assertThat(list).extracting(OpenItemService.Item::invoiceNo).containsExactly("A-1", "A-2", "A-3");
        assertThat(list).extracting(i -> i.balance().stripTrailingZeros().toPlainString()).containsExactly("0", "1500", "0");
        assertThat(list.get(1).payments()).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("500");
            assertThat(p.reference()).isEqualTo("BANK-1");
            assertThat(p.source()).isEqualTo(Payment.Source.API);
        });
        assertThat(list.get(1).daysOverdue()).isEqualTo(20);
        assertThat(as("credit1", CM, () -> items.openItems(c.getId()))).extracting(OpenItemService.Item::invoiceNo).containsExactly("A-2");

        // the same reference, amount and date again is the same payment (a retry) — also when it named items it has paid since;
        // another amount is refused
        assertThat(pay(c, "3200", "BANK-2", "A-3").created()).isFalse();
        PaymentService.Recorded retry = pay(c, "1500", "BANK-1");
        assertThat(retry.created()).isFalse();
        assertThat(retry.payment().getId()).isEqualTo(first.payment().getId());
        assertThatThrownBy(() -> pay(c, "1600", "BANK-1")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field).containsExactly("reference"));
        // an item that is paid, or not the customer's, cannot be named
        assertThatThrownBy(() -> pay(c, "10", "BANK-3", "A-1")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field).containsExactly("items[0]"));
        assertThat(as("credit1", CM, () -> items.payments(c.getId()))).hasSize(2);
    }

    @Test
    void only_finance_credit_managers_and_admins_post_payments_and_an_account_manager_sees_only_their_customers() {
        Customer c = owing(new Object[] {"B-1", 10, 500});
        assertThatThrownBy(() -> as("account1", "ACCOUNT_MANAGER", () -> payments.record(new PaymentService.PaymentCommand(c.getCode(),
                BigDecimal.TEN, "CNY", DATE, null, List.of())))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("account1", "ACCOUNT_MANAGER", () -> items.items(c.getId()))).hasSize(1);
        assertThatThrownBy(() -> as("account2", "ACCOUNT_MANAGER", () -> items.items(c.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("account2", "ACCOUNT_MANAGER", () -> promises.promises(c.getId()))).isInstanceOf(NotFoundException.class);
        assertThat(as("account2", "ACCOUNT_MANAGER", () -> worklist.rows(WorklistService.Filter.ALL)))
                .noneMatch(r -> r.customerId().equals(c.getId()));
        assertThat(as("account1", "ACCOUNT_MANAGER", () -> worklist.rows(WorklistService.Filter.ALL)))
                .anyMatch(r -> r.customerId().equals(c.getId()));
        assertThat(as("finance1", "FINANCE", () -> worklist.rows(WorklistService.Filter.ALL))).anyMatch(r -> r.customerId().equals(c.getId()));
    }

    @Test
    void a_promise_is_decided_by_the_clock_and_the_payments_and_an_account_manager_may_propose_one() {
        Customer c = owing(new Object[] {"P-1", 40, 10000}, new Object[] {"P-2", 5, 4000});
        Promise forP1 = as("account1", "ACCOUNT_MANAGER", () -> promises.promise(c.getId(),
                new PromiseService.PromiseCommand(new BigDecimal("10000"), DATE.plusDays(3), List.of("P-1"), "王会计", "by transfer")));
        Promise account = as("credit1", CM, () -> promises.promise(c.getId(),
                new PromiseService.PromiseCommand(new BigDecimal("4000"), DATE.plusDays(7), List.of(), null, null)));
        assertThat(as("credit1", CM, () -> promises.promises(c.getId()))).extracting(PromiseService.View::state)
                .containsOnly(PromiseState.PENDING);
        // 6,000 paid on P-1 today: the P-1 promise (10,000) is 6,000 short; the account promise counts every payment (6,000 ≥ 4,000)
        pay(c, "6000", "PR-1", "P-1");
        List<PromiseService.View> today = as("credit1", CM, () -> promises.promises(c.getId()));
        assertThat(state(today, forP1)).isEqualTo(PromiseState.PENDING);
        assertThat(state(today, account)).isEqualTo(PromiseState.KEPT);
        // the day after its date the P-1 promise is partly kept; with nothing paid it would have been broken
        List<Promise> both = List.of(reload(c, forP1), reload(c, account));
        assertThat(state(as("credit1", CM, () -> promises.views(both, DATE.plusDays(4))), forP1)).isEqualTo(PromiseState.PARTLY_KEPT);
        assertThat(as("credit1", CM, () -> promises.views(both, DATE.plusDays(4))).stream().filter(v -> v.promise().getId().equals(forP1.getId())).findFirst().orElseThrow()
                .paid()).isEqualByComparingTo("6000");
        Promise none = as("credit1", CM, () -> promises.promise(c.getId(),
                new PromiseService.PromiseCommand(new BigDecimal("100"), DATE, List.of("P-2"), null, null)));
        assertThat(state(as("credit1", CM, () -> promises.views(List.of(reload(c, none)), DATE.plusDays(1))), none)).isEqualTo(PromiseState.BROKEN);

        // a date in the past, an unknown item and a control character are refused, each on its field
        assertThatThrownBy(() -> as("credit1", CM, () -> promises.promise(c.getId(),
                new PromiseService.PromiseCommand(BigDecimal.ZERO, DATE.minusDays(1), List.of("NOPE"), "a\u0007b", null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("amount", "date", "items[0]", "contact"));
    }

    PromiseState state(List<PromiseService.View> views, Promise p) {
        return views.stream().filter(v -> v.promise().getId().equals(p.getId())).findFirst().orElseThrow().state();
    }

    Promise reload(Customer c, Promise p) {
        return as("credit1", CM, () -> promises.promises(c.getId())).stream().map(PromiseService.View::promise)
                .filter(x -> x.getId().equals(p.getId())).findFirst().orElseThrow();
    }

    @Test
    void the_worklist_row_holds_the_buckets_the_last_contact_and_the_priority() {
        Customer c = owing(new Object[] {"W-1", 100, 20000}, new Object[] {"W-2", 45, 30000}, new Object[] {"W-3", -5, 7000});
        as("credit1", CM, () -> activities.log(c.getId(), new ActivityService.ActivityCommand(CollectionActivity.Kind.CALL, DATE.minusDays(2),
                "王会计", "promised to check with the boss", "call again", DATE.plusDays(2))));
        // 10,000 paid on W-1 since the list: it is recounted from its items
        pay(c, "10000", "W-PAY", "W-1");
        WorklistService.Row row = as("credit1", CM, () -> worklist.rows(new WorklistService.Filter("credit1", null, 0))).stream()
                .filter(r -> r.customerId().equals(c.getId())).findFirst().orElseThrow();
        assertThat(row.collector()).isEqualTo("credit1");
        // overdue: W-1's 10,000 left (100 days: 91–180) + W-2's 30,000 (45 days: 31–60) = 40,000; W-3 is not due
        assertThat(row.overdue()).isEqualByComparingTo("40000");
        assertThat(row.buckets().get(Aging.Bucket.D91_180)).isEqualByComparingTo("10000");
        assertThat(row.buckets().get(Aging.Bucket.D31_60)).isEqualByComparingTo("30000");
        assertThat(row.buckets().get(Aging.Bucket.NOT_DUE)).isEqualByComparingTo("7000");
        assertThat(row.oldestDays()).isEqualTo(100);
        assertThat(row.lastContact()).isEqualTo(DATE.minusDays(2));
        assertThat(row.nextAction()).isEqualTo("call again");
        assertThat(row.nextActionDate()).isEqualTo(DATE.plusDays(2));
        // priority = 40,000 × 100 days × the class's weight ÷ 1,000
        assertThat(row.priority()).isEqualTo(com.creditwb.workbench.collection.domain.Priority.of(new BigDecimal("40000"), 100, row.riskClass(), 0));
        assertThat(row.priority()).isGreaterThanOrEqualTo(4000);
        // another collector's list does not hold it; a minimum of 101 days leaves it out
        assertThat(as("credit2", CM, () -> worklist.rows(new WorklistService.Filter("credit2", null, 0))))
                .noneMatch(r -> r.customerId().equals(c.getId()));
        assertThat(as("credit1", CM, () -> worklist.rows(new WorklistService.Filter(null, null, 101))))
                .noneMatch(r -> r.customerId().equals(c.getId()));
    }

    @Test
    void a_contact_needs_an_outcome_and_a_next_action_needs_its_date() {
        Customer c = owing(new Object[] {"C-1", 10, 100});
        assertThatThrownBy(() -> as("account1", "ACCOUNT_MANAGER", () -> activities.log(c.getId(), new ActivityService.ActivityCommand(
                CollectionActivity.Kind.VISIT, DATE.plusDays(1), null, " ", "visit", null)))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field)
                                .containsExactlyInAnyOrder("date", "outcome", "nextActionDate"));
        CollectionActivity a = as("account1", "ACCOUNT_MANAGER", () -> activities.log(c.getId(), new ActivityService.ActivityCommand(
                CollectionActivity.Kind.VISIT, DATE, "李总", "agreed to pay next week", null, null)));
        assertThat(a.getAuthor()).isEqualTo("account1");
        assertThat(as("credit1", CM, () -> activities.activities(c.getId()))).extracting(CollectionActivity::getOutcome)
                .containsExactly("agreed to pay next week");
        // the contact is in the customer's history
        assertThat(as("credit1", CM, () -> customers.history(c.getId()))).anyMatch(h -> "agreed to pay next week".equals(h.getNewValue()));
    }

    @Test
    void a_disputed_amount_is_not_chased_until_the_dispute_is_resolved() {
        Customer c = owing(new Object[] {"D-1", 50, 8000}, new Object[] {"D-2", 20, 2000});
        Dispute d = as("account1", "ACCOUNT_MANAGER", () -> disputes.raise(c.getId(), new DisputeService.DisputeCommand(List.of("D-1"),
                new BigDecimal("3000"), Dispute.Reason.PRICE, "the agreed price was lower", null, null)));
        assertThat(d.getOwner()).isEqualTo("account1");
        assertThat(d.getStatus()).isEqualTo(Dispute.Status.OPEN);
        WorklistService.Row row = row(c);
        // 10,000 overdue stays the overdue; 3,000 of it is disputed: priority = (10,000 − 3,000) × 50 days × weight ÷ 1,000
        assertThat(row.overdue()).isEqualByComparingTo("10000");
        assertThat(row.disputed()).isEqualByComparingTo("3000");
        assertThat(row.priority()).isEqualTo(com.creditwb.workbench.collection.domain.Priority.of(new BigDecimal("7000"), 50, row.riskClass(), 0));
        // more than the items owe, no items, a complaint on a price dispute: refused on their fields
        assertThatThrownBy(() -> as("credit1", CM, () -> disputes.raise(c.getId(), new DisputeService.DisputeCommand(List.of("D-2"),
                new BigDecimal("2000.01"), Dispute.Reason.PRICE, "x", "nobody-such", 1L)))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field)
                                .containsExactlyInAnyOrder("amount", "owner", "complaint"));
        // another account manager neither sees nor works it
        assertThatThrownBy(() -> as("account2", "ACCOUNT_MANAGER", () -> disputes.investigate(d.getId()))).isInstanceOf(NotFoundException.class);
        as("credit2", CM, () -> disputes.investigate(d.getId()));
        assertThatThrownBy(() -> as("credit2", CM, () -> disputes.resolve(d.getId(), new DisputeService.Resolve(Dispute.Resolution.REJECTED,
                new BigDecimal("5"), null)))).isInstanceOf(ValidationException.class);
        Dispute done = as("credit2", CM, () -> disputes.resolve(d.getId(), new DisputeService.Resolve(Dispute.Resolution.CREDIT_NOTE,
                new BigDecimal("1000"), "credit note CN-7")));
        assertThat(done.getStatus()).isEqualTo(Dispute.Status.RESOLVED);
        assertThat(row(c).disputed()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> as("credit2", CM, () -> disputes.investigate(d.getId()))).isInstanceOf(ValidationException.class);
    }

    WorklistService.Row row(Customer c) {
        return as("credit1", CM, () -> worklist.rows(WorklistService.Filter.ALL)).stream().filter(r -> r.customerId().equals(c.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void a_collection_hold_blocks_every_check_until_a_credit_manager_lifts_it() {
        Customer c = owing(new Object[] {"H-1", -10, 100});
        assertThat(as("credit1", CM, () -> monitor.check(c.getCode(), new BigDecimal("10"), "CNY")).codes()).doesNotContain("COLLECTION_HOLD");
        as("credit1", CM, () -> {
            holds.place(c.getId(), com.creditwb.workbench.credit.hold.CollectionHold.Cause.BROKEN_PROMISE, "100 CNY");
            return null;
        });
        var blocked = as("credit1", CM, () -> monitor.check(c.getCode(), new BigDecimal("10"), "CNY"));
        assertThat(blocked.decision()).isEqualTo(com.creditwb.workbench.credit.domain.CreditCheck.Decision.BLOCK);
        assertThat(blocked.codes()).contains("COLLECTION_HOLD");
        assertThatThrownBy(() -> as("finance1", "FINANCE", () -> holds.lift(c.getId(), "paid"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("credit2", CM, () -> holds.lift(c.getId(), " "))).isInstanceOf(ValidationException.class);
        as("credit2", CM, () -> holds.lift(c.getId(), "the owner paid in cash"));
        assertThat(as("credit1", CM, () -> monitor.check(c.getCode(), new BigDecimal("10"), "CNY")).codes()).doesNotContain("COLLECTION_HOLD");
        assertThat(as("credit1", CM, () -> holds.history(c.getId()))).singleElement()
                .satisfies(h -> assertThat(h.liftReason()).isEqualTo("the owner paid in cash"));
    }

    @Test
    void a_promise_falling_due_unkept_puts_the_customer_on_hold_and_tells_the_collector_once() {
        Customer c = owing(new Object[] {"S-1", 30, 500});
        Promise p = as("credit1", CM, () -> promises.promise(c.getId(), new PromiseService.PromiseCommand(new BigDecimal("500"), DATE,
                List.of("S-1"), null, null)));
        // on its date it is still pending: the daily run leaves it
        as("credit1", CM, () -> promises.settleDue());
        assertThat(as("credit1", CM, () -> holds.current(c.getId()))).isEmpty();
        // the run of the day after (its "today" is given to the package-level settle)
        int failed = as("credit1", CM, () -> promises.settle(List.of(reload(c, p)), DATE.plusDays(1)));
        assertThat(failed).isEqualTo(1);
        assertThat(as("credit1", CM, () -> holds.current(c.getId()))).hasValueSatisfying(h ->
                assertThat(h.cause()).isEqualTo(com.creditwb.workbench.credit.hold.CollectionHold.Cause.BROKEN_PROMISE));
        assertThat(reload(c, p).getSettled()).isEqualTo(PromiseState.BROKEN);
        // settled once: a second run finds nothing to decide
        assertThat(as("credit1", CM, () -> promises.settle(List.of(reload(c, p)).stream().filter(x -> x.getSettled() == PromiseState.PENDING)
                .toList(), DATE.plusDays(2)))).isZero();
    }

    @Test
    void a_write_off_needs_another_credit_manager_within_authority_and_leaves_the_exposure_as_a_loss() {
        Customer c = owing(new Object[] {"X-1", 200, 5000}, new Object[] {"X-2", 10, 1000});
        BigDecimal exposureBefore = as("credit1", CM, () -> customers.get(c.getId())).getCreditExposure();
        WriteOff w = as("credit1", CM, () -> writeOffs.propose(c.getId(), new WriteOffService.Proposal(List.of("X-1"), new BigDecimal("5000"),
                "the customer is in liquidation")));
        assertThat(w.getStatus()).isEqualTo(WriteOff.Status.PROPOSED);
        // four-eyes: not the proposer; not an account manager
        assertThatThrownBy(() -> as("credit1", CM, () -> writeOffs.approve(w.getId(), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("account1", "ACCOUNT_MANAGER", () -> writeOffs.approve(w.getId(), null))).isInstanceOf(AccessDeniedException.class);
        // authority 1,000 is below 5,000: refused, and the other way is to escalate — to credit1 (the proposer) is refused
        as("admin", "ADMIN", () -> documents.setAuthority("credit2", new BigDecimal("1000")));
        assertThatThrownBy(() -> as("credit2", CM, () -> writeOffs.approve(w.getId(), null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("credit2", CM, () -> writeOffs.escalate(w.getId(), "credit1", "above me")))
                .isInstanceOf(ValidationException.class);
        as("admin", "ADMIN", () -> documents.setAuthority("credit2", new BigDecimal("10000")));
        MetricsService.Group before = as("credit1", CM, () -> metrics.figures(DATE.minusDays(29), DATE, MetricsService.By.ALL)).get(0);
        as("credit2", CM, () -> writeOffs.approve(w.getId(), "agreed"));
        MetricsService.Group after = as("credit1", CM, () -> metrics.figures(DATE.minusDays(29), DATE, MetricsService.By.ALL)).get(0);
        // the period's write-offs grow by the 5,000 and its ending receivables fall by it; the figures are the formulas on those inputs
        assertThat(after.inputs().writeOffs().subtract(before.inputs().writeOffs())).isEqualByComparingTo("5000");
        assertThat(before.inputs().endingReceivables().subtract(after.inputs().endingReceivables())).isEqualByComparingTo("5000");
        assertThat(after.inputs().days()).isEqualTo(30);
        if (after.figures() != null) {
            assertThat(after.figures()).isEqualTo(com.creditwb.workbench.collection.domain.CollectionFigures.calculate(after.inputs()));
        }
        // the 5,000 settles X-1: the exposure falls by it, X-1 is no longer open, and the credit check counts it no more
        assertThat(as("credit1", CM, () -> customers.get(c.getId())).getCreditExposure()).isEqualByComparingTo(exposureBefore.subtract(new BigDecimal("5000")));
        assertThat(as("credit1", CM, () -> items.openItems(c.getId()))).extracting(OpenItemService.Item::invoiceNo).containsExactly("X-2");
        assertThat(as("credit1", CM, () -> monitor.check(c.getCode(), new BigDecimal("1"), "CNY")).exposure()).isEqualByComparingTo("1000");
        // a recovery of 1,200 later: net loss 3,800; more than that cannot be recovered
        as("finance1", "FINANCE", () -> writeOffs.recover(w.getId(), new WriteOffService.RecoveryCommand(new BigDecimal("1200"), DATE, "R-1")));
        WriteOffService.View v = as("credit1", CM, () -> writeOffs.get(w.getId()));
        assertThat(v.recovered()).isEqualByComparingTo("1200");
        assertThat(v.netLoss()).isEqualByComparingTo("3800");
        assertThatThrownBy(() -> as("finance1", "FINANCE", () -> writeOffs.recover(w.getId(),
                new WriteOffService.RecoveryCommand(new BigDecimal("3800.01"), DATE, null)))).isInstanceOf(ValidationException.class);
        // a write-off is not money paid: no promise counts it
        assertThat(as("credit1", CM, () -> items.items(c.getId())).get(0).payments()).singleElement()
                .satisfies(p -> assertThat(p.source()).isEqualTo(Payment.Source.WRITE_OFF));
    }

    @Autowired
    ChangedCustomers changed;
    @Autowired
    java.time.Clock clock;

    /** A row as text, amounts by value (a row worked out from the items and one from the list's sums may differ in scale). */
    static String text(WorklistService.Row r) {
        StringBuilder b = new StringBuilder(r.code() + "|" + r.collector() + "|" + r.overdue().stripTrailingZeros().toPlainString() + "|");
        r.buckets().forEach((k, v) -> b.append(k).append('=').append(v.stripTrailingZeros().toPlainString()).append(','));
        return b + "|" + r.oldestDays() + "|" + r.riskClass() + "|" + r.dunningLevel() + "|" + r.brokenPromises() + "|"
                + r.disputed().stripTrailingZeros().toPlainString() + "|" + r.lastContact() + "|" + r.nextAction() + "|" + r.nextActionDate() + "|"
                + r.priority();
    }

    @Test
    void the_worklist_snapshot_brings_a_changed_customers_row_up_to_date_as_the_fresh_list_has_it() {
        Customer c = owing(new Object[] {"S-1", 45, 6000}, new Object[] {"S-2", 12, 2500}, new Object[] {"S-3", -3, 900});
        WorklistPages pages = new WorklistPages(worklist, changed, customers, clock, java.time.Duration.ofHours(1),
                com.creditwb.workbench.common.BackgroundWork.onCallingThread());
        java.util.function.Supplier<String> snapshot = () -> as("credit1", CM, () -> pages.page(WorklistService.Filter.ALL, 0, Integer.MAX_VALUE))
                .rows().stream().filter(r -> r.customerId().equals(c.getId())).map(CollectionContract::text).findFirst().orElse(null);
        java.util.function.Supplier<String> fresh = () -> as("credit1", CM, () -> worklist.rows(WorklistService.Filter.ALL)).stream()
                .filter(r -> r.customerId().equals(c.getId())).map(CollectionContract::text).findFirst().orElse(null);
        assertThat(snapshot.get()).isNotNull().isEqualTo(fresh.get());
        // a contact and a payment through this node: the row is worked out again from the customer's items before the next page
        as("credit1", CM, () -> activities.log(c.getId(), new ActivityService.ActivityCommand(CollectionActivity.Kind.CALL, DATE, "Ms Zhou",
                "promised to check", "call back", DATE.plusDays(2))));
        pay(c, "6000", "SNAP-1", "S-1");
        String patched = snapshot.get();
        assertThat(patched).contains("|" + DATE + "|call back|").isEqualTo(fresh.get());
        // all paid: the customer leaves the list
        pay(c, "2500", "SNAP-2", "S-2");
        assertThat(snapshot.get()).isNull();
        assertThat(fresh.get()).isNull();
    }
}
