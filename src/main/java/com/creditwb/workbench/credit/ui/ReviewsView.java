package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.credit.Assessment;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Work for credit managers: assessments waiting for approval, and decisions due or overdue for review. */
@com.vaadin.flow.router.Menu(title = "nav.creditReviews", order = 2.0, icon = "vaadin:check-square-o")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.credit")
@Route("credit/reviews")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_})
public class ReviewsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Assessment> waiting = new Grid<>();
    final Grid<Assessment> due = new Grid<>();

    public ReviewsView(AssessmentService assessments, CustomerService customers) {
        addClassName("wb-page");
        List<Assessment> submitted = assessments.awaitingApproval();
        List<Assessment> dueList = assessments.dueForReview();
        List<Long> ids = new ArrayList<>();
        submitted.forEach(a -> ids.add(a.getCustomerId()));
        dueList.forEach(a -> ids.add(a.getCustomerId()));
        Map<Long, Customer> names = customers.byIds(ids);

        waiting.setId("awaiting-approval");
        customerColumn(waiting, names);
        waiting.addColumn(Assessment::getAuthor).setHeader(getTranslation("credit.assessment.author")).setAutoWidth(true);
        waiting.addColumn(a -> Formats.dateTime(a.getSubmittedAt(), getLocale(), ZoneId.systemDefault()))
                .setHeader(getTranslation("credit.assessment.submittedAt")).setAutoWidth(true);
        waiting.addColumn(a -> CreditText.score(this, a.getScore())).setHeader(getTranslation("credit.score")).setAutoWidth(true);
        waiting.addColumn(Assessment::getRating).setHeader(getTranslation("credit.rating")).setAutoWidth(true);
        waiting.addColumn(a -> CreditText.amount(this, a.getLimitAmount())).setHeader(getTranslation("credit.limit")).setAutoWidth(true);
        waiting.setItems(submitted);

        due.setId("due-for-review");
        customerColumn(due, names);
        due.addColumn(Assessment::getRating).setHeader(getTranslation("credit.rating")).setAutoWidth(true);
        due.addComponentColumn(a -> CreditText.riskBadge(this, a.getRiskClass())).setHeader(getTranslation("credit.riskClass")).setAutoWidth(true);
        due.addColumn(a -> Formats.date(a.getNextReviewDate(), getLocale())).setHeader(getTranslation("credit.nextReview")).setAutoWidth(true);
        due.addColumn(a -> assessments.reviewOverdue(a) ? getTranslation("alert.type.REVIEW_OVERDUE")
                : getTranslation("alert.type.REVIEW_DUE")).setHeader(getTranslation("credit.assessment.status")).setAutoWidth(true);
        due.setItems(dueList);

        for (Grid<Assessment> g : List.of(waiting, due)) {
            g.addThemeVariants(GridVariant.LUMO_COMPACT);
            g.setAllRowsVisible(true);
            g.addItemClickListener(e -> UI.getCurrent().navigate(AssessmentView.class, e.getItem().getId()));
        }
        add(new H2(getTranslation("credit.reviews.title")), new H3(getTranslation("credit.reviews.waiting", submitted.size())), waiting,
                new H3(getTranslation("credit.reviews.due", dueList.size())), due);
    }

    private void customerColumn(Grid<Assessment> grid, Map<Long, Customer> names) {
        grid.addColumn(a -> {
            Customer c = names.get(a.getCustomerId());
            return c == null ? "" : c.getCode() + " " + c.getName();
        }).setHeader(getTranslation("credit.customer")).setFlexGrow(2);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credit.reviews.title");
    }
}
