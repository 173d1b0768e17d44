package com.creditwb.workbench.statement.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.StatementService;
import com.creditwb.workbench.statement.StatementSet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every revision of each period: who stored it, when, from which file, and what changed. */
class RevisionsPanel extends VerticalLayout {

    RevisionsPanel(CustomerRecord customer, List<StatementSet> periods, StatementService statements,
            java.util.function.Function<String, String> names) {
        setPadding(false);
        setId("statement-revisions");
        for (StatementSet period : periods) {
            List<StatementSet> revisions = statements.revisions(customer.id(), period.getPeriodEnd());
            VerticalLayout list = new VerticalLayout();
            list.setPadding(false);
            for (int i = 0; i < revisions.size(); i++) {
                StatementSet r = revisions.get(i);
                String source = r.getSource() == StatementSet.Source.IMPORT
                        ? getTranslation("statements.source.import", r.getSourceFileName() == null ? "" : r.getSourceFileName())
                        : getTranslation("statements.source.manual");
                Span line = new Span(getTranslation("statements.revision", r.getRevision(), source,
                        r.getCreatedBy() == null ? "" : names.apply(r.getCreatedBy()),
                        Formats.dateTime(r.getCreatedAt(), getLocale())));
                list.add(line);
                if (i + 1 < revisions.size()) {
                    Map<LineItem, BigDecimal[]> changes = StatementService.changes(revisions.get(i + 1), r);
                    Grid<Map.Entry<LineItem, BigDecimal[]>> grid = new Grid<>();
                    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
                    grid.addColumn(e -> getTranslation(e.getKey().messageKey())).setHeader(getTranslation("statements.lineItem"));
                    grid.addColumn(e -> Formats.amount(e.getValue()[0], getLocale())).setHeader(getTranslation("history.old"))
                            .setTextAlign(ColumnTextAlign.END);
                    grid.addColumn(e -> Formats.amount(e.getValue()[1], getLocale())).setHeader(getTranslation("history.new"))
                            .setTextAlign(ColumnTextAlign.END);
                    grid.setItems(new ArrayList<>(changes.entrySet()));
                    grid.setAllRowsVisible(true);
                    Details details = new Details(getTranslation("statements.changes", changes.size()), grid);
                    list.add(details);
                }
            }
            Details periodDetails = new Details(Formats.date(period.getPeriodEnd(), getLocale())
                    + " · " + getTranslation("statements.revisionCount", revisions.size()), list);
            periodDetails.setOpened(revisions.size() > 1);
            add(periodDetails);
        }
    }
}
