package com.creditwb.workbench;

import static com.creditwb.workbench.TestUsers.as;

import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.credit.Assessment;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.domain.CreditOverride;
import com.creditwb.workbench.credit.model.SubFactor;
import com.creditwb.workbench.credit.scoring.AssessmentInput;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.statement.SampleWorkbooks;
import com.creditwb.workbench.statement.StatementService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** A fresh customer with statements, and an approved credit decision for it (credit1 assesses, credit2 approves). */
public final class TestCredit {

    private TestCredit() {
    }

    public static Customer customerWithStatements(CustomerService customers, StatementService statements, String owner) {
        Customer c = TestCustomers.fresh("AC", "权限测试有限公司");
        // founded 18 years and 7 months before the test day (2008-05-01 on the default test day): "10 to 20 years"
        c.setFoundedOn(TestClockConfig.DATE.minusYears(18).minusMonths(7));
        c.setOwner(owner);
        return SystemAuthentication.call(() -> {
            Customer saved = customers.create(c);
            statements.confirm(saved.getId(), statements.preview(SampleWorkbooks.bytes(SampleWorkbooks.chineseSideBySide()),
                    "sample.xlsx", null, null), false, true);
            return saved;
        });
    }

    public static Assessment approved(AssessmentService assessments, Customer c) {
        Assessment draft = as("credit1", "CREDIT_MANAGER", () -> assessments.start(c.getId()));
        Map<SubFactor, AssessmentInput.SubScore> scores = new EnumMap<>(SubFactor.class);
        scores.putAll(draft.input().scores());
        for (SubFactor sub : SubFactor.values()) {
            scores.putIfAbsent(sub, new AssessmentInput.SubScore(4, "checked", false));
        }
        AssessmentInput in = new AssessmentInput(new BigDecimal("3000000"), 60, new BigDecimal("36500000"), draft.input().collateralType(),
                draft.input().collateralValue(), draft.input().haircut(), draft.input().periodEnd(), scores);
        Assessment saved = as("credit1", "CREDIT_MANAGER", () -> assessments.save(draft.getId(), draft.getVersion(), in, CreditOverride.NONE));
        Assessment submitted = as("credit1", "CREDIT_MANAGER", () -> assessments.submit(saved.getId(), saved.getVersion()));
        return as("credit2", "CREDIT_MANAGER", () -> assessments.approve(submitted.getId(), submitted.getVersion(), "agreed"));
    }
}
