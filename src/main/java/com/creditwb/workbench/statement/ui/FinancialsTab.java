package com.creditwb.workbench.statement.ui;

import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.ui.CustomerTab;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.statement.StatementService;
import com.vaadin.flow.component.Component;

/** Adds "Financials" to the customer page. */
@org.springframework.stereotype.Component
class FinancialsTab implements CustomerTab {

    private final StatementService statements;
    private final ProblemMessages problems;

    private final java.time.Clock clock;

    private final com.creditwb.workbench.security.UserService users;

    FinancialsTab(StatementService statements, ProblemMessages problems, java.time.Clock clock,
            com.creditwb.workbench.security.UserService users) {
        this.clock = clock;
        this.users = users;
        this.statements = statements;
        this.problems = problems;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String labelKey() {
        return "customer.tab.financials";
    }

    @Override
    public Component create(CustomerRecord customer) {
        return new FinancialsPanel(customer, statements, problems, clock, users::displayName);
    }
}
