package com.creditwb.workbench.collection;

import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.demo.DemoMarks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, on the demo customers with overdue items: collectors (very-high-risk customers to credit2 by ADMIN's
 * rule, the rest to whoever decided their credit), contacts with next actions on the top of the list, promises in every
 * state (pending, kept, partly kept, broken — a broken one puts its customer on collection hold), disputes in every
 * state, and two write-offs (one with a recovery). Payments come from the API here and from the credit demo's monthly
 * aging lists (each list shows the items of the one before as paid).
 */
@Component
@Profile("demo")
@Order(45)
class CollectionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CollectionDemoData.class);
    private static final List<String> CM = List.of("CREDIT_MANAGER");

    private final WorklistService worklist;
    private final OpenItemService items;
    private final PaymentService payments;
    private final PromiseRepository promiseRows;
    private final PromiseService promises;
    private final ActivityRepository activities;
    private final DisputeRepository disputeRows;
    private final DisputeService disputes;
    private final WriteOffService writeOffs;
    private final CollectorService collectors;
    private final DunningService dunning;
    private final com.creditwb.workbench.customer.CustomerService customers;
    private final DemoMarks marks;
    private final Clock clock;
    private final boolean enabled;

    CollectionDemoData(WorklistService worklist, OpenItemService items, PaymentService payments, PromiseRepository promiseRows,
            PromiseService promises, ActivityRepository activities, DisputeRepository disputeRows, DisputeService disputes,
            WriteOffService writeOffs, CollectorService collectors, DunningService dunning, com.creditwb.workbench.customer.CustomerService customers, DemoMarks marks,
            Clock clock, @Value("${workbench.demo.collections:true}") boolean enabled) {
        this.worklist = worklist;
        this.items = items;
        this.payments = payments;
        this.promiseRows = promiseRows;
        this.promises = promises;
        this.activities = activities;
        this.disputeRows = disputeRows;
        this.disputes = disputes;
        this.writeOffs = writeOffs;
        this.collectors = collectors;
        this.dunning = dunning;
        this.customers = customers;
        this.marks = marks;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || marks.ran("collections")) {
            return;
        }
        SystemAuthentication.run(this::generate);
    }

    private void generate() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        var demo = marks.demoCustomers();
        SystemAuthentication.callAs("admin", List.of("ADMIN"), () -> {
            collectors.setRule(CollectorRule.Kind.RISK_CLASS, "VERY_HIGH", "credit2");
            return null;
        });
        List<WorklistService.Row> rows = SystemAuthentication.callAs("admin", List.of("ADMIN"), () -> worklist.rows(WorklistService.Filter.ALL))
                .stream().filter(r -> demo.contains(r.customerId())).toList();
        int n = 0;
        for (WorklistService.Row r : rows.subList(0, Math.min(24, rows.size()))) {
            Long id = r.customerId();
            String collector = r.collector() == null ? "credit1" : r.collector();
            String contact = customers.record(id).contacts().stream().map(c -> c.name()).findFirst().orElse("财务部");
            List<OpenItemService.Item> open = SystemAuthentication.callAs(collector, CM, () -> items.openItems(id));
            if (open.isEmpty()) {
                continue;
            }
            OpenItemService.Item first = open.get(0);
            BigDecimal part = first.balance().divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
            // contacts over the last weeks, the latest with its next action
            activities.save(new CollectionActivity(id, CollectionActivity.Kind.CALL, today.minusDays(21L + n % 5), contact, "对方称资金紧张，月底前安排付款",
                    null, null, collector));
            activities.save(new CollectionActivity(id, n % 3 == 0 ? CollectionActivity.Kind.VISIT : CollectionActivity.Kind.EMAIL,
                    today.minusDays(3L + n % 4), contact, "已发对账单，对方确认欠款金额", "电话跟进付款进度", today.plusDays(n % 6), collector));
            letters(id, r.riskClass(), n % 5, collector, today);
            switch (n % 6) {
                case 0 -> promiseRows.save(new Promise(id, part, first.currency(), today.minusDays(2), today.plusDays(5), List.of(first.invoiceNo()),
                        contact, "承诺下周转账", collector));
                case 1 -> {
                    // kept: promised 20 days ago for 10 days ago, paid 12 days ago
                    promiseRows.save(new Promise(id, part, first.currency(), today.minusDays(20), today.minusDays(10), List.of(first.invoiceNo()),
                            contact, null, collector));
                    pay(id, part, first, today.minusDays(12), "DEMO-KEPT-" + id);
                }
                case 2 -> {
                    // partly kept: half of it paid in time
                    promiseRows.save(new Promise(id, part, first.currency(), today.minusDays(30), today.minusDays(8), List.of(first.invoiceNo()),
                            contact, null, collector));
                    pay(id, part.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP), first, today.minusDays(9), "DEMO-PART-" + id);
                }
                case 3 -> promiseRows.save(new Promise(id, part, first.currency(), today.minusDays(15), today.minusDays(5), List.of(first.invoiceNo()),
                        contact, "承诺后未付款", collector));
                case 4 -> disputeRows.save(new Dispute(id, List.of(first.invoiceNo()), part, first.currency(), Dispute.Reason.QUALITY,
                        "客户称部分批次质量不合格，要求扣款", collector, today.minusDays(41), null));
                default -> {
                    Dispute d = disputeRows.save(new Dispute(id, List.of(first.invoiceNo()), part, first.currency(), Dispute.Reason.PRICE,
                            "客户称单价应按年度协议价", collector, today.minusDays(12), null));
                    SystemAuthentication.callAs(collector, CM, () -> disputes.investigate(d.getId()));
                }
            }
            n++;
        }
        // a resolved dispute of each kind, and two write-offs (one with a recovery) further down the list
        List<WorklistService.Row> rest = rows.size() > 24 ? rows.subList(24, rows.size()) : List.of();
        int resolved = 0;
        int written = 0;
        for (WorklistService.Row r : rest) {
            Long id = r.customerId();
            List<OpenItemService.Item> open = SystemAuthentication.callAs("credit1", CM, () -> items.openItems(id));
            if (open.isEmpty()) {
                continue;
            }
            OpenItemService.Item first = open.get(0);
            BigDecimal part = first.balance().divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
            if (resolved < 2) {
                Dispute d = disputeRows.save(new Dispute(id, List.of(first.invoiceNo()), part, first.currency(),
                        resolved == 0 ? Dispute.Reason.DUPLICATE : Dispute.Reason.DELIVERY, resolved == 0 ? "同一批货开了两张发票" : "到货延迟两周",
                        "credit1", today.minusDays(25), null));
                boolean creditNote = resolved == 0;
                SystemAuthentication.callAs("credit2", CM, () -> disputes.resolve(d.getId(), new DisputeService.Resolve(
                        creditNote ? Dispute.Resolution.CREDIT_NOTE : Dispute.Resolution.REJECTED, creditNote ? part : BigDecimal.ZERO,
                        creditNote ? "已开红字发票" : "合同约定交期已满足")));
                resolved++;
            } else if (written < 2 && first.daysOverdue() > 60) {
                BigDecimal amount = first.balance().min(new BigDecimal("400000"));
                WriteOff w = SystemAuthentication.callAs("credit1", CM, () -> writeOffs.propose(id, new WriteOffService.Proposal(
                        List.of(first.invoiceNo()), amount, "客户已进入破产清算程序，预计无法收回")));
                if (!SystemAuthentication.callAs("credit2", CM, () -> writeOffs.withinAuthority(w))) {
                    break; // no authority set (the documents demo sets them): the proposal waits
                }
                SystemAuthentication.callAs("credit2", CM, () -> writeOffs.approve(w.getId(), "同意核销"));
                if (written == 0) {
                    SystemAuthentication.callAs("finance1", List.of("FINANCE"), () -> writeOffs.recover(w.getId(), new WriteOffService.RecoveryCommand(
                            amount.divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP), today, "清算分配款")));
                }
                written++;
            }
            if (resolved >= 2 && written >= 2) {
                break;
            }
        }
        int broken = SystemAuthentication.call(promises::settleDue);
        int proposed = SystemAuthentication.callAs("credit1", CM, () -> dunning.run().size());
        marks.mark("collections");
        log.info("Demo collections: {} customers worked, {} promises fallen due unkept, {} disputes resolved, {} write-offs, {} letters for review"
                + " in {} ms", n, broken, resolved, written, proposed, (System.nanoTime() - started) / 1_000_000);
    }

    /** Letters sent at the first {@code count} levels of the customer's class, a fortnight apart, the last three days ago. */
    private void letters(Long customerId, String riskClass, int count, String collector, LocalDate today) {
        List<com.creditwb.workbench.collection.domain.Dunning.Level> levels = dunning.levels().getOrDefault(riskClass == null ? "LOW" : riskClass, List.of());
        List<OpenItemService.Item> overdue = SystemAuthentication.callAs(collector, CM, () -> items.openItems(customerId)).stream()
                .filter(i -> i.daysOverdue() > 0).toList();
        if (overdue.isEmpty()) {
            return;
        }
        String currency = overdue.get(0).currency();
        for (int k = 0; k < Math.min(count, levels.size()); k++) {
            LocalDate on = today.minusDays(3L + 15L * (count - 1 - k));
            List<DunningLetter.Line> lines = overdue.stream().filter(i -> i.currency().equals(currency) && i.dueDate().isBefore(on))
                    .map(i -> new DunningLetter.Line(i.invoiceNo(), i.invoiceDate(), i.dueDate(), i.balance(), (int) java.time.temporal.ChronoUnit.DAYS.between(i.dueDate(), on)))
                    .toList();
            if (lines.isEmpty()) {
                return;
            }
            var level = levels.get(k);
            SystemAuthentication.callAs(collector, CM, () -> dunning.recordSent(customerId, level,
                    com.creditwb.workbench.collection.domain.Dunning.isFinal(levels, level.level()), lines, currency, on, collector));
        }
    }

    private void pay(Long customerId, BigDecimal amount, OpenItemService.Item item, LocalDate on, String reference) {
        SystemAuthentication.callAs("finance1", List.of("FINANCE"), () -> payments.record(new PaymentService.PaymentCommand(
                String.valueOf(customerId), amount, item.currency(), on, reference, List.of(item.invoiceNo()))));
    }
}
