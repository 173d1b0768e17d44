package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.ComplaintFlow;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.customer.CustomerService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * Demo mode only: complaints of both account managers' customers in every state — some past their targets, one
 * reopened after a negative feedback, others followed up and closed.
 */
@Component
@Profile("demo")
@Order(71)
class ComplaintDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ComplaintDemoData.class);

    /** One demo complaint: raised how many hours ago, what, how far it got, and whether the first feedback was negative. */
    record Plan(int hoursAgo, ComplaintFlow.Category category, ComplaintFlow.Severity severity, String description, ComplaintFlow.Status reached,
            boolean reopened) {
    }

    static final List<Plan> PLANS = List.of(
            new Plan(30, ComplaintFlow.Category.DELIVERY, ComplaintFlow.Severity.HIGH, "第三批货物晚到五天，影响客户生产排期", ComplaintFlow.Status.ASSIGNED, false),
            new Plan(5, ComplaintFlow.Category.BILLING, ComplaintFlow.Severity.LOW, "发票抬头有误，需重开", ComplaintFlow.Status.ASSIGNED, false),
            new Plan(80, ComplaintFlow.Category.PRODUCT_QUALITY, ComplaintFlow.Severity.CRITICAL, "一批产品尺寸超差，客户拒收", ComplaintFlow.Status.IN_PROGRESS,
                    false),
            new Plan(200, ComplaintFlow.Category.SERVICE, ComplaintFlow.Severity.MEDIUM, "售后工程师多次爽约", ComplaintFlow.Status.IN_PROGRESS, true),
            new Plan(60, ComplaintFlow.Category.DELIVERY, ComplaintFlow.Severity.MEDIUM, "包装破损，部分货物受潮", ComplaintFlow.Status.RESOLVED, false),
            new Plan(300, ComplaintFlow.Category.BILLING, ComplaintFlow.Severity.MEDIUM, "对账单与合同价格不符", ComplaintFlow.Status.FEEDBACK, false),
            new Plan(500, ComplaintFlow.Category.PRODUCT_QUALITY, ComplaintFlow.Severity.HIGH, "产品表面划伤", ComplaintFlow.Status.FOLLOWED_UP, false),
            new Plan(900, ComplaintFlow.Category.OTHER, ComplaintFlow.Severity.LOW, "业务员电话难以接通", ComplaintFlow.Status.CLOSED, false),
            new Plan(1200, ComplaintFlow.Category.SERVICE, ComplaintFlow.Severity.HIGH, "安装调试延误两周", ComplaintFlow.Status.CLOSED, true));

    private final ComplaintRepository complaints;
    private final ComplaintAttachmentRepository attachments;
    private final com.creditwb.workbench.common.files.FileStore files;
    private final CustomerService customers;
    private final Clock clock;
    private final boolean enabled;

    private final com.creditwb.workbench.common.demo.DemoMarks marks;

    ComplaintDemoData(ComplaintRepository complaints, ComplaintAttachmentRepository attachments,
            com.creditwb.workbench.common.files.FileStore files, CustomerService customers, Clock clock,
            @Value("${workbench.demo.complaints:true}") boolean enabled, com.creditwb.workbench.common.demo.DemoMarks marks) {
        this.marks = marks;
        this.complaints = complaints;
        this.attachments = attachments;
        this.files = files;
        this.customers = customers;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || marks.ran("complaints")) {
            return;
        }
        java.util.Set<Long> demo = marks.demoCustomers();
        List<CustomerService.Entry> directory = SystemAuthentication.call(customers::directory).stream().filter(e -> demo.contains(e.id())).toList();
        int n = 0;
        for (String owner : List.of("account1", "account2")) {
            List<CustomerService.Entry> own = directory.stream().filter(e -> owner.equals(e.owner())).limit(6).toList();
            for (int i = 0; i < PLANS.size() && !own.isEmpty(); i++) {
                Plan p = PLANS.get(i);
                Long customerId = own.get(i % own.size()).id();
                SystemAuthentication.callAs(owner, List.of("ACCOUNT_MANAGER"), () -> build(p, customerId, owner));
                n++;
            }
        }
        log.info("Demo complaints: {}", n);
        marks.mark("complaints");
    }

    private Complaint build(Plan p, Long customerId, String owner) {
        Instant raised = Instant.now(clock).minus(Duration.ofHours(p.hoursAgo()));
        Complaint c = new Complaint(customerId, p.category(), p.severity(), p.description(), owner, raised);
        Instant t = raised;
        ComplaintFlow.Status target = p.reached();
        if (target.ordinal() >= ComplaintFlow.Status.IN_PROGRESS.ordinal() || p.reopened()) {
            t = t.plus(Duration.ofHours(2));
            c.take(ComplaintFlow.Step.START, null, null, t);
        }
        if (p.reopened()) {
            t = t.plus(Duration.ofHours(20));
            c.take(ComplaintFlow.Step.RESOLVE, "更换服务人员并致歉", null, t);
            t = t.plus(Duration.ofHours(24));
            c.take(ComplaintFlow.Step.FEEDBACK, "客户认为问题未根本解决", false, t);
        }
        ComplaintFlow.Step[] way = {ComplaintFlow.Step.RESOLVE, ComplaintFlow.Step.FEEDBACK, ComplaintFlow.Step.FOLLOW_UP, ComplaintFlow.Step.CLOSE};
        ComplaintFlow.Status[] after = {ComplaintFlow.Status.RESOLVED, ComplaintFlow.Status.FEEDBACK, ComplaintFlow.Status.FOLLOWED_UP,
            ComplaintFlow.Status.CLOSED};
        for (int k = 0; k < way.length; k++) {
            if (target.ordinal() < after[k].ordinal()) {
                break;
            }
            t = t.plus(Duration.ofHours(10));
            String text = switch (way[k]) {
                case RESOLVE -> "补发合格产品并承担运费";
                case FOLLOW_UP -> "电话回访，客户认可处理结果";
                default -> null;
            };
            c.take(way[k], text, way[k] == ComplaintFlow.Step.FEEDBACK ? Boolean.TRUE : null, t);
        }
        Complaint saved = complaints.saveAndFlush(c);
        if (p.category() == ComplaintFlow.Category.DELIVERY || p.category() == ComplaintFlow.Category.PRODUCT_QUALITY) {
            byte[] note = ("收货记录\n" + p.description() + "\n到货检查：已拍照留存，客户签收单注明异常。\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            attachments.saveAndFlush(new ComplaintAttachment(saved, "收货记录.txt", "text/plain; charset=UTF-8", note.length,
                    com.creditwb.workbench.common.Hashes.sha256(note), files.store(note)));
        }
        return saved;
    }
}
