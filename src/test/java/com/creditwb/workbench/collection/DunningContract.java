package com.creditwb.workbench.collection;

import static com.creditwb.workbench.TestClockConfig.DATE;
import static com.creditwb.workbench.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.TestClockConfig;
import com.creditwb.workbench.collection.domain.Dunning;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.hold.CollectionHold;
import com.creditwb.workbench.credit.hold.CollectionHoldService;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.statement.StatementService;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Dunning on a real database and a fixed clock (the test day, moved ahead where said): the run proposes one level at a
 * time from the oldest undisputed overdue item, sending raises the level and keeps the letter, the next level waits for
 * the gap, the final level puts the customer on hold, paid items settle the letter, and who may do what.
 */
abstract class DunningContract {

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
    DunningService dunning;
    @Autowired
    DisputeService disputes;
    @Autowired
    PaymentService payments;
    @Autowired
    WorklistService worklist;
    @Autowired
    CollectionHoldService holds;

    /** The customer's class gets the levels given for the test, then its levels are put back. */
    <T> T withLevels(Customer c, List<Dunning.Level> levels, Supplier<T> test) {
        String riskClass = as("credit1", CM, () -> customers.record(c.getId()).credit().riskClass());
        List<Dunning.Level> before = as("credit1", CM, () -> dunning.levels().get(riskClass));
        as("admin", "ADMIN", () -> dunning.saveLevels(riskClass, levels));
        try {
            return test.get();
        } finally {
            as("admin", "ADMIN", () -> dunning.saveLevels(riskClass, before));
            TestClockConfig.TestClock.reset();
        }
    }

    DunningLetter proposalOf(Customer c) {
        return as("credit1", CM, () -> dunning.run()).stream().map(DunningService.View::letter).filter(l -> l.getCustomerId().equals(c.getId()))
                .findFirst().orElse(null);
    }

    static final List<Dunning.Level> THREE = List.of(new Dunning.Level(1, 5, Dunning.Stage.REMINDER), new Dunning.Level(2, 20, Dunning.Stage.SECOND),
            new Dunning.Level(3, 45, Dunning.Stage.FINAL));

    @Test
    void the_run_proposes_one_level_at_a_time_leaves_disputed_items_out_and_sending_raises_the_level() {
        // D-1 50 days overdue, D-2 30 days overdue but disputed, D-3 not yet due
        Customer c = Owing.customer(customers, statements, assessments, receivables, new Object[] {"D-1", 50, 1000}, new Object[] {"D-2", 30, 2000},
                new Object[] {"D-3", -5, 500});
        as("credit1", CM, () -> disputes.raise(c.getId(), new DisputeService.DisputeCommand(List.of("D-2"), new BigDecimal("2000"),
                Dispute.Reason.QUANTITY, "short delivery", null, null)));
        withLevels(c, THREE, () -> {
            // 50 days would reach level 3 (45), but letters go one level at a time: the reminder first, for D-1 alone
            DunningLetter p = proposalOf(c);
            assertThat(p.getLevel()).isEqualTo(1);
            assertThat(p.getTemplate()).isEqualTo(Dunning.Stage.REMINDER);
            assertThat(p.isFinalLevel()).isFalse();
            assertThat(p.getItems()).containsExactly("D-1");
            assertThat(p.getAmount()).isEqualByComparingTo("1000");
            assertThat(p.getLines()).singleElement().satisfies(l -> assertThat(l.daysOverdue()).isEqualTo(50));
            // a second run the same day keeps the one proposal
            assertThat(proposalOf(c).getId()).isEqualTo(p.getId());

            DunningLetter sent = as("credit1", CM, () -> dunning.send(p.getId()));
            assertThat(sent.getStatus()).isEqualTo(DunningLetter.Status.SENT);
            assertThat(sent.getSentOn()).isEqualTo(DATE);
            assertThat(sent.getChannel()).isEqualTo(DunningLetter.Channel.DOWNLOAD); // no SMTP here
            assertThat(as("credit1", CM, () -> dunning.levelOf(c.getId()))).isEqualTo(1);
            assertThat(as("credit1", CM, () -> worklist.rows(WorklistService.Filter.ALL))).filteredOn(r -> r.customerId().equals(c.getId()))
                    .singleElement().satisfies(r -> assertThat(r.dunningLevel()).isEqualTo(1));
            // the kept document is the letter: the customer, D-1 and its amount, not the disputed D-2
            String text = text(as("credit1", CM, () -> dunning.document(sent.getId())));
            assertThat(text).contains(c.getName(), "D-1", "1,000.00").doesNotContain("D-2");
            assertThatThrownBy(() -> as("credit1", CM, () -> dunning.send(p.getId()))).isInstanceOf(ValidationException.class);

            // the next level waits for the gap (7 days by default) …
            assertThat(proposalOf(c)).isNull();
            TestClockConfig.TestClock.ahead(Duration.ofDays(6));
            assertThat(proposalOf(c)).isNull();
            // … then the second letter, D-1 now 57 days overdue, and D-3 (due 5 days after the test day) 2 days
            TestClockConfig.TestClock.ahead(Duration.ofDays(7));
            DunningLetter second = proposalOf(c);
            assertThat(second.getLevel()).isEqualTo(2);
            assertThat(second.getLines()).extracting(l -> l.invoiceNo() + ":" + l.daysOverdue()).containsExactly("D-1:57", "D-3:2");
            assertThat(second.getAmount()).isEqualByComparingTo("1500");
            return null;
        });
    }

    @Test
    void the_final_level_puts_the_customer_on_collection_hold_and_paid_items_settle_its_letters() {
        Customer c = Owing.customer(customers, statements, assessments, receivables, new Object[] {"F-1", 10, 800});
        withLevels(c, List.of(new Dunning.Level(1, 7, Dunning.Stage.FINAL)), () -> {
            DunningLetter p = proposalOf(c);
            assertThat(p.isFinalLevel()).isTrue();
            as("credit2", CM, () -> dunning.send(p.getId()));
            assertThat(as("credit1", CM, () -> holds.current(c.getId()))).hasValueSatisfying(h -> assertThat(h.cause())
                    .isEqualTo(CollectionHold.Cause.FINAL_LEVEL));
            // F-1 paid: the next run settles the letter and the level falls back to none
            as("finance1", "FINANCE", () -> payments.record(new PaymentService.PaymentCommand(c.getCode(), new BigDecimal("800"), "CNY", DATE,
                    "PAY-F-1", List.of("F-1"))));
            assertThat(proposalOf(c)).isNull();
            assertThat(as("credit1", CM, () -> dunning.letters(c.getId()))).singleElement()
                    .satisfies(l -> assertThat(l.getStatus()).isEqualTo(DunningLetter.Status.SETTLED));
            assertThat(as("credit1", CM, () -> dunning.levelOf(c.getId()))).isZero();
            return null;
        });
    }

    @Test
    void collectors_run_and_send_account_managers_read_only_their_own_and_admin_sets_climbing_levels() {
        Customer c = Owing.customer(customers, statements, assessments, receivables, new Object[] {"W-1", 40, 900});
        withLevels(c, THREE, () -> {
            DunningLetter p = as("finance1", "FINANCE", () -> dunning.run()).stream().map(DunningService.View::letter)
                    .filter(l -> l.getCustomerId().equals(c.getId())).findFirst().orElseThrow();
            assertThatThrownBy(() -> as("account1", "ACCOUNT_MANAGER", () -> dunning.run())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as("account1", "ACCOUNT_MANAGER", () -> dunning.send(p.getId()))).isInstanceOf(AccessDeniedException.class);
            assertThat(as("account1", "ACCOUNT_MANAGER", () -> dunning.letters(c.getId()))).hasSize(1);
            assertThatThrownBy(() -> as("account2", "ACCOUNT_MANAGER", () -> dunning.letters(c.getId()))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as("account2", "ACCOUNT_MANAGER", () -> dunning.document(p.getId()))).isInstanceOf(NotFoundException.class);
            assertThat(as("account2", "ACCOUNT_MANAGER", () -> dunning.proposals())).noneMatch(v -> v.letter().getId().equals(p.getId()));
            as("finance1", "FINANCE", () -> {
                dunning.discard(p.getId());
                return null;
            });
            assertThat(as("credit1", CM, () -> dunning.proposals())).noneMatch(v -> v.letter().getId().equals(p.getId()));

            String riskClass = as("credit1", CM, () -> customers.record(c.getId()).credit().riskClass());
            assertThatThrownBy(() -> as("credit1", CM, () -> dunning.saveLevels(riskClass, THREE))).isInstanceOf(AccessDeniedException.class);
            // the second level due no later than the first
            assertThatThrownBy(() -> as("admin", "ADMIN", () -> dunning.saveLevels(riskClass, List.of(new Dunning.Level(1, 10, Dunning.Stage.REMINDER),
                    new Dunning.Level(2, 10, Dunning.Stage.SECOND))))).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field).containsExactly("levels[1]"));
            assertThatThrownBy(() -> as("admin", "ADMIN", () -> dunning.saveLevels("PLATINUM", THREE))).isInstanceOf(ValidationException.class);
            return null;
        });
    }

    static String text(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
