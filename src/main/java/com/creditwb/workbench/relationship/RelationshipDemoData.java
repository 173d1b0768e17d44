package com.creditwb.workbench.relationship;

import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.common.demo.DemoMarks;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.relationship.domain.ActivityType;
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
 * Demo mode only, on the demo customers of the two demo account managers: a few months of visits, calls and WeChat
 * exchanges with next steps (some overdue, some due this week, one confidential note), logged through the service.
 */
@Component
@Profile("demo")
@Order(47)
class RelationshipDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RelationshipDemoData.class);

    private final ContactLogService contacts;
    private final CustomerService customers;
    private final DemoMarks marks;
    private final Clock clock;
    private final boolean enabled;

    RelationshipDemoData(ContactLogService contacts, CustomerService customers, DemoMarks marks, Clock clock,
            @Value("${workbench.demo.relationship:true}") boolean enabled) {
        this.contacts = contacts;
        this.customers = customers;
        this.marks = marks;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || marks.ran("relationship")) {
            return;
        }
        SystemAuthentication.run(this::generate);
    }

    private void generate() {
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        for (Long id : marks.demoCustomers().stream().sorted().toList()) {
            CustomerRecord c = customers.record(id);
            String owner = c.owner();
            if (!"account1".equals(owner) && !"account2".equals(owner) || n >= 16) {
                continue;
            }
            List<String> theirs = c.contacts().stream().limit(2).map(x -> String.valueOf(x.id())).toList();
            int k = n;
            SystemAuthentication.callAs(owner, List.of("ACCOUNT_MANAGER"), () -> {
                contacts.log(id, new ContactLogService.ActivityCommand(ActivityType.VISIT, today.minusDays(70L + k), "季度业务回顾",
                        "回顾本季度订单与交付情况，客户对交期基本满意，希望明年增加品类。", List.of(owner), theirs, false,
                        List.of(new ContactLogService.NextStep("发送明年产品目录与报价", owner, today.minusDays(40L + k)))));
                contacts.log(id, new ContactLogService.ActivityCommand(k % 2 == 0 ? ActivityType.CALL : ActivityType.WECHAT, today.minusDays(12L + k % 5),
                        "跟进报价反馈", "客户采购部正在比价，下周给出答复。", List.of(owner), theirs.stream().limit(1).toList(), k % 4 == 0,
                        List.of(new ContactLogService.NextStep(k % 3 == 0 ? "安排技术交流会" : "电话确认比价结果", owner,
                                today.plusDays(k % 3 == 0 ? -2 : 1 + k % 5)))));
                return null;
            });
            n++;
        }
        marks.mark("relationship");
        log.info("Demo relationship: contacts logged for {} customers", n);
    }
}
