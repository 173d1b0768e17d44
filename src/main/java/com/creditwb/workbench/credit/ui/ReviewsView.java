package com.creditwb.workbench.credit.ui;

import com.creditwb.workbench.common.excel.ListExport;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import com.creditwb.workbench.credit.Assessment;
import com.creditwb.workbench.credit.AssessmentService;
import com.creditwb.workbench.customer.CustomerRecord;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Work for credit managers: others' submissions waiting for my approval, my own submissions waiting for a
 * colleague, and decisions due or overdue for review — filtered by customer, each list exported as shown.
 */
@com.vaadin.flow.router.Menu(title = "nav.creditReviews", order = 2.0, icon = "vaadin:check-square-o")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.credit")
@Route("credit/reviews")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_})
public class ReviewsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Assessment> waiting = new Grid<>();
    final Grid<Assessment> mine = new Grid<>();
    final Grid<Assessment> due = new Grid<>();
    final TextField search = new TextField();
    private final List<Assessment> waitingList;
    private final List<Assessment> mineList;
    private final List<Assessment> dueList;
    private final Map<Long, CustomerRecord> names;
    private final transient AssessmentService assessments;
    private final H3 waitingTitle = new H3();
    private final H3 mineTitle = new H3();
    private final H3 dueTitle = new H3();

    private final transient com.creditwb.workbench.security.UserService users;

    public ReviewsView(AssessmentService assessments, CustomerService customers, com.creditwb.workbench.security.UserService users) {
        this.assessments = assessments;
        this.users = users;
        addClassName("wb-page");
        List<Assessment> submitted = assessments.awaitingApproval();
        mineList = assessments.mySubmissionsAwaiting();
        // a credit manager sees what waits for their approval; ADMIN, who decides nothing, sees everything submitted
        waitingList = assessments.canAssess() ? assessments.awaitingMyApproval() : submitted;
        List<Assessment> waitingShown = waitingList;
        dueList = assessments.dueForReview();
        List<Long> ids = new ArrayList<>();
        submitted.forEach(a -> ids.add(a.getCustomerId()));
        dueList.forEach(a -> ids.add(a.getCustomerId()));
        names = customers.records(ids);

        waiting.setId("awaiting-approval");
        mine.setId("my-submissions");
        for (Grid<Assessment> g : List.of(waiting, mine)) {
            customerColumn(g);
            g.addColumn(a -> users.displayName(a.getAuthor())).setHeader(getTranslation("credit.assessment.author")).setAutoWidth(true)
                    .setSortable(true).setComparator(a -> users.displayName(a.getAuthor()));
            g.addColumn(a -> Formats.dateTime(a.getSubmittedAt(), getLocale()))
                    .setHeader(getTranslation("credit.assessment.submittedAt")).setAutoWidth(true).setSortable(true)
                    .setComparator(a -> a.getSubmittedAt() == null ? java.time.Instant.MIN : a.getSubmittedAt());
            g.addColumn(a -> CreditText.score(this, a.getScore())).setHeader(getTranslation("credit.score")).setAutoWidth(true)
                    .setSortable(true).setComparator(a -> a.getScore() == null ? -1 : a.getScore());
            g.addColumn(Assessment::getRating).setHeader(getTranslation("credit.rating")).setAutoWidth(true);
            g.addColumn(a -> CreditText.amount(this, a.getLimitAmount())).setHeader(getTranslation("credit.limit")).setAutoWidth(true)
                    .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setSortable(true)
                    .setComparator(a -> a.getLimitAmount() == null ? BigDecimal.ZERO : a.getLimitAmount());
        }

        due.setId("due-for-review");
        customerColumn(due);
        due.addColumn(Assessment::getRating).setHeader(getTranslation("credit.rating")).setAutoWidth(true);
        due.addComponentColumn(a -> CreditText.riskBadge(this, a.getRiskClass())).setHeader(getTranslation("credit.riskClass")).setAutoWidth(true);
        due.addColumn(a -> Formats.date(a.getNextReviewDate(), getLocale())).setHeader(getTranslation("credit.nextReview")).setAutoWidth(true)
                .setSortable(true).setComparator(Assessment::getNextReviewDate);
        due.addColumn(a -> dueState(a)).setHeader(getTranslation("credit.assessment.status")).setAutoWidth(true);

        for (Grid<Assessment> g : List.of(waiting, mine, due)) {
            g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            g.setAllRowsVisible(true);
            g.addItemClickListener(e -> UI.getCurrent().navigate(AssessmentView.class, e.getItem().getId()));
        }
        search.setPlaceholder(getTranslation("credit.reviews.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.setId("reviews-search");
        search.addValueChangeListener(e -> filter(waitingShown));
        add(new H2(getTranslation("credit.reviews.title")), search,
                section(waitingTitle, waiting, "credit-waiting.xlsx", "reviews-export-waiting", () -> shown(waitingShown), false),
                section(mineTitle, mine, "credit-my-submissions.xlsx", "reviews-export-mine", () -> shown(mineList), false),
                section(dueTitle, due, "credit-reviews-due.xlsx", "reviews-export-due", () -> shown(dueList), true));
        filter(waitingShown);
    }

    private String dueState(Assessment a) {
        return assessments.reviewOverdue(a) ? getTranslation("alert.type.REVIEW_OVERDUE") : getTranslation("alert.type.REVIEW_DUE");
    }

    private VerticalLayout section(H3 title, Grid<Assessment> grid, String file, String id,
            java.util.function.Supplier<List<Assessment>> rows, boolean review) {
        Anchor export = ExcelFiles.stream(file, out -> write(title.getText(), rows.get(), review, out), getTranslation("alert.export"));
        export.setId(id);
        HorizontalLayout head = new HorizontalLayout(title, export);
        head.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(head, grid);
        box.setPadding(false);
        return box;
    }

    /** The assessments of a list whose customer matches the search (code or name fragment). */
    List<Assessment> shown(List<Assessment> list) {
        String q = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        return list.stream().filter(a -> {
            CustomerRecord c = names.get(a.getCustomerId());
            return q.isEmpty() || c != null && (c.code().toLowerCase(java.util.Locale.ROOT).contains(q) || c.name().contains(q));
        }).toList();
    }

    private void filter(List<Assessment> waitingShown) {
        List<Assessment> w = shown(waitingShown);
        List<Assessment> m = shown(mineList);
        List<Assessment> d = shown(dueList);
        waiting.setItems(w);
        mine.setItems(m);
        due.setItems(d);
        // "for my approval" only to who may approve; ADMIN, who decides nothing, sees what waits for anyone
        waitingTitle.setText(getTranslation(assessments.canAssess() ? "credit.reviews.waitingForMe" : "credit.reviews.waiting", w.size()));
        mineTitle.setText(getTranslation("credit.reviews.mine", m.size()));
        dueTitle.setText(getTranslation("credit.reviews.due", d.size()));
    }

    void write(String title, List<Assessment> rows, boolean review, java.io.OutputStream out) {
        List<ListExport.Column<Assessment>> columns = new ArrayList<>();
        columns.add(new ListExport.Column<>(getTranslation("customer.code"), ListExport.Kind.TEXT,
                a -> names.containsKey(a.getCustomerId()) ? names.get(a.getCustomerId()).code() : null));
        columns.add(new ListExport.Column<>(getTranslation("customer.name"), ListExport.Kind.TEXT,
                a -> names.containsKey(a.getCustomerId()) ? names.get(a.getCustomerId()).name() : null));
        columns.add(new ListExport.Column<>(getTranslation("credit.rating"), ListExport.Kind.TEXT, Assessment::getRating));
        columns.add(new ListExport.Column<>(getTranslation("credit.riskClass"), ListExport.Kind.TEXT,
                a -> a.getRiskClass() == null ? null : getTranslation(a.getRiskClass().messageKey())));
        columns.add(new ListExport.Column<>(getTranslation("credit.limit"), ListExport.Kind.AMOUNT, Assessment::getLimitAmount));
        if (review) {
            columns.add(new ListExport.Column<>(getTranslation("credit.nextReview"), ListExport.Kind.DATE, Assessment::getNextReviewDate));
            columns.add(new ListExport.Column<>(getTranslation("credit.assessment.status"), ListExport.Kind.TEXT, this::dueState));
        } else {
            columns.add(new ListExport.Column<>(getTranslation("credit.assessment.author"), ListExport.Kind.TEXT, a -> users.displayName(a.getAuthor())));
            columns.add(new ListExport.Column<>(getTranslation("credit.assessment.submittedAt"), ListExport.Kind.DATE,
                    a -> a.getSubmittedAt() == null ? null : java.time.LocalDate.ofInstant(a.getSubmittedAt(), Formats.zone())));
            columns.add(new ListExport.Column<>(getTranslation("credit.score"), ListExport.Kind.TEXT, a -> CreditText.score(this, a.getScore())));
        }
        ListExport.write(title, columns, rows.iterator(), null, out);
    }

    private void customerColumn(Grid<Assessment> grid) {
        grid.addColumn(a -> {
            CustomerRecord c = names.get(a.getCustomerId());
            return c == null ? "" : c.code() + " " + c.name();
        }).setHeader(getTranslation("credit.customer")).setFlexGrow(2).setSortable(true)
                .setComparator(a -> names.containsKey(a.getCustomerId()) ? names.get(a.getCustomerId()).code() : "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("credit.reviews.title");
    }
}
