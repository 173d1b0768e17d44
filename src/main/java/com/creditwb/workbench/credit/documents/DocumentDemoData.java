package com.creditwb.workbench.credit.documents;

import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.credit.domain.CreditCheck;
import com.creditwb.workbench.credit.CreditMonitorService;
import com.creditwb.workbench.credit.rates.ExchangeRateService;
import com.creditwb.workbench.customer.CustomerService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: exchange rates for USD, EUR, HKD and JPY (with an earlier rate each, so the history shows), approval
 * authorities for both credit managers, and orders, deliveries and invoices for the demo customers sent through the
 * real check — so the committed exposure moves, and the queue holds documents blocked for each reason the portfolio
 * gives (limit exceeded, no decision, overdue beyond the threshold, an expired decision or the reject class where
 * there is one), one of them escalated; one released and one rejected; limit requests waiting, approved (a temporary
 * limit ending within the week, a permanent change) and refused; two customer groups of three.
 */
@Component
@Profile("demo")
@Order(35)
class DocumentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DocumentDemoData.class);
    private static final List<String> CM = List.of("CREDIT_MANAGER");

    private final DocumentService documents;
    private final CreditDocumentRepository repository;
    private final ExchangeRateService rates;
    private final CreditMonitorService monitor;
    private final com.creditwb.workbench.credit.limits.LimitService limits;
    private final com.creditwb.workbench.credit.groups.GroupService groupService;
    private final CustomerService customers;
    private final Clock clock;
    private final boolean enabled;

    private final com.creditwb.workbench.common.demo.DemoMarks marks;

    DocumentDemoData(DocumentService documents, CreditDocumentRepository repository, ExchangeRateService rates, CreditMonitorService monitor,
            CustomerService customers, com.creditwb.workbench.credit.limits.LimitService limits,
            com.creditwb.workbench.credit.groups.GroupService groupService, Clock clock,
            @Value("${workbench.demo.documents:true}") boolean enabled, com.creditwb.workbench.common.demo.DemoMarks marks) {
        this.marks = marks;
        this.limits = limits;
        this.groupService = groupService;
        this.documents = documents;
        this.repository = repository;
        this.rates = rates;
        this.monitor = monitor;
        this.customers = customers;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || marks.ran("documents")) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        SystemAuthentication.callAs("finance1", List.of("FINANCE"), () -> {
            for (Map.Entry<String, String[]> r : Map.of("USD", new String[] {"7.0950", "7.1180"}, "EUR", new String[] {"7.6820", "7.7460"},
                    "HKD", new String[] {"0.9105", "0.9142"}, "JPY", new String[] {"0.04710", "0.04655"}).entrySet()) {
                rates.save(r.getKey(), today.minusDays(60), new BigDecimal(r.getValue()[0]));
                rates.save(r.getKey(), today.minusDays(7), new BigDecimal(r.getValue()[1]));
            }
            return null;
        });
        SystemAuthentication.callAs("admin", List.of("ADMIN"), () -> {
            documents.setAuthority("credit1", new BigDecimal("500000"));
            documents.setAuthority("credit2", new BigDecimal("5000000"));
            return null;
        });
        java.util.Set<Long> demo = marks.demoCustomers();
        List<CustomerService.Entry> directory = SystemAuthentication.call(customers::directory).stream().filter(e -> demo.contains(e.id())).toList();
        Set<String> reasonsHeld = new HashSet<>();
        List<DocumentService.Checked> blocked = new ArrayList<>();
        int sent = 0;
        int n = 0;
        for (CustomerService.Entry e : directory) {
            if (n >= 30) {
                break;
            }
            n++;
            String prefix = e.code();
            CreditCheck probe = SystemAuthentication.callAs("credit1", CM, () -> monitor.check(e.code(), BigDecimal.ONE, "CNY"));
            BigDecimal available = probe.available();
            // a normal sale: an order of a fifth of what is available, delivered and invoiced in part
            BigDecimal order = available.signum() > 0 ? available.divide(BigDecimal.valueOf(5), 0, RoundingMode.DOWN).max(BigDecimal.valueOf(1000))
                    : BigDecimal.valueOf(20000);
            DocumentService.Checked so = send(e.code(), DocumentType.ORDER, "SO-" + prefix + "-01", order, "CNY", today.minusDays(12), null);
            sent++;
            if (so.check().decision() == CreditCheck.Decision.BLOCK) {
                if (reasonsHeld.add(so.check().codes().get(0))) {
                    blocked.add(so);
                }
                continue;
            }
            BigDecimal delivered = order.multiply(new BigDecimal("0.6")).setScale(0, RoundingMode.DOWN);
            send(e.code(), DocumentType.DELIVERY, "DN-" + prefix + "-01", delivered, "CNY", today.minusDays(6), "SO-" + prefix + "-01");
            send(e.code(), DocumentType.INVOICE, "INV-" + prefix + "-01", delivered.divide(BigDecimal.TWO, 0, RoundingMode.DOWN), "CNY",
                    today.minusDays(2), "DN-" + prefix + "-01");
            sent += 2;
            if (n % 4 == 0) {
                // an export order in dollars, converted at the rate of its date
                send(e.code(), DocumentType.ORDER, "SO-" + prefix + "-USD", new BigDecimal("12000"), "USD", today.minusDays(3), null);
                sent++;
            }
            if (available.signum() > 0 && !reasonsHeld.contains("LIMIT_EXCEEDED")) {
                // more than is left: blocked
                DocumentService.Checked big = send(e.code(), DocumentType.ORDER, "SO-" + prefix + "-02", available.multiply(BigDecimal.valueOf(2))
                        .setScale(0, RoundingMode.UP), "CNY", today.minusDays(1), null);
                sent++;
                if (big.check().decision() == CreditCheck.Decision.BLOCK && reasonsHeld.add("LIMIT_EXCEEDED")) {
                    blocked.add(big);
                }
            }
        }
        decide(blocked);
        limitRequests(directory);
        groups(directory);
        long held = SystemAuthentication.callAs("credit1", CM, () -> documents.queue()).size();
        log.info("Demo documents: {} checked, {} in the blocked-documents queue ({}), 4 currencies with rates", sent, held, reasonsHeld);
        marks.mark("documents");
    }

    /** Of the blocked ones with a second of each: release one, reject one, escalate one; the rest stay open. */
    private void decide(List<DocumentService.Checked> blocked) {
        List<DocumentService.Held> queue = SystemAuthentication.callAs("credit1", CM, () -> documents.queue());
        List<DocumentService.Held> extra = queue.stream().filter(h -> blocked.stream().noneMatch(b -> b.document().getId().equals(h.document().getId())))
                .toList();
        if (extra.size() >= 1) {
            Long id = extra.get(0).hold().getId();
            SystemAuthentication.callAs("credit2", CM, () -> documents.release(id, "客户已承诺本月底前回款，临时放行"));
        }
        if (extra.size() >= 2) {
            Long id = extra.get(1).hold().getId();
            SystemAuthentication.callAs("credit2", CM, () -> documents.reject(id, "逾期未清，暂停发货"));
        }
        if (!blocked.isEmpty()) {
            Long id = SystemAuthentication.callAs("credit1", CM, () -> documents.queue()).stream()
                    .filter(h -> h.document().getId().equals(blocked.get(0).document().getId())).findFirst().map(h -> h.hold().getId()).orElse(null);
            if (id != null) {
                SystemAuthentication.callAs("credit1", CM, () -> documents.escalate(id, "credit2", "金额超出我的审批权限"));
            }
        }
    }

    /** Two groups of three: a parent and two subsidiaries each, the group limit at 80 % of their own limits together. */
    private void groups(List<CustomerService.Entry> directory) {
        List<CustomerService.Entry> decided = directory.stream().skip(30).filter(e -> SystemAuthentication.callAs("credit1", CM,
                () -> monitor.limitOf(e.id()).filter(l -> l.signum() > 0).isPresent())).limit(6).toList();
        String[] names = {"华东控股集团", "南方实业集团"};
        for (int g = 0; g < 2 && decided.size() >= 3 * (g + 1); g++) {
            List<CustomerService.Entry> members = decided.subList(3 * g, 3 * g + 3);
            BigDecimal sum = members.stream().map(e -> SystemAuthentication.callAs("credit1", CM, () -> monitor.limitOf(e.id()).orElse(BigDecimal.ZERO)))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal limit = sum.multiply(new BigDecimal("0.8")).setScale(0, RoundingMode.DOWN);
            String name = names[g];
            SystemAuthentication.callAs("credit1", CM, () -> groupService.save(null, null, new com.creditwb.workbench.credit.groups.GroupService.Form(name,
                    members.get(0).id(), limit, java.util.Set.of(members.get(1).id(), members.get(2).id()))));
        }
    }

    /** Requests in every state: waiting, approved temporary (in force), approved permanent, refused. */
    private void limitRequests(List<CustomerService.Entry> directory) {
        List<CustomerService.Entry> decided = directory.stream().filter(e -> SystemAuthentication.callAs("credit1", CM,
                () -> monitor.limitOf(e.id()).filter(l -> l.signum() > 0).isPresent()) && e.owner() != null).limit(4).toList();
        if (decided.size() < 4) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        String[] reasons = {"旺季备货，申请临时提额", "年度框架合同签订，长期采购量增加", "新产线投产，订单增加", "客户要求延长账期并提高额度"};
        for (int i = 0; i < 4; i++) {
            CustomerService.Entry e = decided.get(i);
            BigDecimal current = SystemAuthentication.callAs("credit1", CM, () -> monitor.limitOf(e.id()).orElse(BigDecimal.ZERO));
            BigDecimal asked = current.multiply(new BigDecimal(i == 0 ? "1.5" : "1.2")).setScale(0, RoundingMode.UP);
            LocalDate until = i == 0 || i == 3 ? today.plusDays(i == 0 ? 5 : 40) : null;
            String reason = reasons[i];
            var r = SystemAuthentication.callAs(e.owner(), List.of("ACCOUNT_MANAGER"), () -> limits.request(e.id(), asked, until, reason));
            if (i == 0 || i == 1) {
                SystemAuthentication.callAs("credit2", CM, () -> limits.approve(r.getId(), "同意"));
            } else if (i == 2) {
                SystemAuthentication.callAs("credit2", CM, () -> limits.refuse(r.getId(), "近期有逾期记录，暂不提额"));
            }
        }
    }

    private DocumentService.Checked send(String customer, DocumentType type, String number, BigDecimal amount, String currency, LocalDate date,
            String reference) {
        return SystemAuthentication.callAs("credit1", CM, () -> documents.check(new DocumentService.Request(customer, type, number, amount, currency,
                date, reference)));
    }
}
