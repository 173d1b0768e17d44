package com.creditwb.workbench.collection;

import static com.creditwb.workbench.TestClockConfig.DATE;
import static com.creditwb.workbench.TestUsers.as;

import com.creditwb.workbench.TestCredit;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.credit.receivable.AgingWorkbooks;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.statement.StatementService;
import java.time.LocalDate;

/**
 * A customer that owes: of account1, with a decision by credit1 (its default collector), and the items given as
 * {invoice, days overdue, amount} added to the current aging list as a partial list of the same date (every other
 * customer's items stay), due dates counted from the test day.
 */
public final class Owing {

    private Owing() {
    }

    public static Customer customer(CustomerService customers, StatementService statements, AssessmentService assessments,
            ReceivableService receivables, Object[]... rows) {
        Customer c = TestCredit.customerWithStatements(customers, statements, "account1");
        TestCredit.approved(assessments, c);
        LocalDate asOf = as("finance1", "FINANCE", () -> receivables.currentAsOf()).orElse(DATE);
        Object[][] lines = new Object[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            int overdue = (Integer) rows[i][1];
            lines[i] = new Object[] {c.getCode(), rows[i][0], DATE.minusDays(overdue + 30L), DATE.minusDays(overdue), rows[i][2], "CNY"};
        }
        as("finance1", "FINANCE", () -> receivables.confirm(receivables.preview(AgingWorkbooks.list(asOf, true, lines), "aging.xlsx", null),
                ReceivableService.Scope.PARTIAL));
        return c;
    }
}
