package com.creditwb.workbench.collection.ui;

import com.creditwb.workbench.collection.WorklistService;
import com.creditwb.workbench.common.excel.ListExport;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.NavigationGroup;
import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.credit.receivable.Aging;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The collections worklist (催收工作清单): whom to call today — the signed-in collector's customers with overdue items
 * by default, everyone's the user may read on demand — with the priority's formula shown; filters, sort and export.
 */
@Menu(title = "nav.collections", order = 2.07, icon = "vaadin:phone")
@NavigationGroup("nav.group.credit")
@Route("collections")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.FINANCE_, Role.ACCOUNT_MANAGER_})
public class WorklistView extends VerticalLayout implements HasDynamicTitle {

    final Grid<WorklistService.Row> grid = new Grid<>();
    final Checkbox mine = new Checkbox();
    final ComboBox<RiskClass> risk = new ComboBox<>();
    final IntegerField minDays = new IntegerField();
    final Paragraph count = new Paragraph();
    final Anchor export;
    private final transient WorklistService worklist;
    private final transient com.creditwb.workbench.collection.WorklistPages pages;
    private final transient UserService users;
    private final transient CurrentUser currentUser;
    private final transient com.creditwb.workbench.collection.CollectorService collectors;
    final com.vaadin.flow.component.button.Button settings = new com.vaadin.flow.component.button.Button();
    private List<WorklistService.Row> shown = List.of();
    private Grid.Column<WorklistService.Row> collectorColumn;

    public WorklistView(WorklistService worklist, com.creditwb.workbench.collection.WorklistPages pages, UserService users, CurrentUser currentUser,
            com.creditwb.workbench.collection.CollectorService collectors) {
        this.pages = pages;
        this.collectors = collectors;
        this.worklist = worklist;
        this.users = users;
        this.currentUser = currentUser;
        setSizeFull();
        var l = getLocale();
        mine.setLabel(getTranslation("collection.worklist.mine"));
        mine.setValue(worklist.collects());
        mine.setId("worklist-mine");
        risk.setPlaceholder(getTranslation("collection.worklist.allRisk"));
        risk.setItems(RiskClass.values());
        risk.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        risk.setClearButtonVisible(true);
        risk.setId("worklist-risk");
        minDays.setPlaceholder(getTranslation("collection.worklist.minDays"));
        minDays.setMin(0);
        minDays.setId("worklist-min-days");
        mine.addValueChangeListener(e -> refresh());
        risk.addValueChangeListener(e -> refresh());
        minDays.addValueChangeListener(e -> refresh());
        export = ExcelFiles.stream("collections-worklist.xlsx", out -> ListExport.write(getTranslation("collection.worklist.title"), columns(),
                new ArrayList<>(shown).iterator(), null, out), getTranslation("collection.worklist.export"));
        export.setId("worklist-export");
        count.setId("worklist-count");
        settings.setText(getTranslation("collection.settings"));
        settings.setId("worklist-settings");
        settings.setVisible(collectors.canManage());
        settings.addClickListener(e -> openSettings());
        Anchor dunning = new Anchor("collections/dunning", getTranslation("dunning.title"));
        dunning.setId("worklist-dunning");
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("collection.worklist.title")), count, export, dunning, settings);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph formula = new Paragraph(getTranslation("collection.worklist.formula"));
        formula.addClassName("wb-muted");
        HorizontalLayout filters = new HorizontalLayout(mine, risk, minDays);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("worklist-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setColumnReorderingAllowed(true);
        grid.addComponentColumn(r -> {
            Anchor a = new Anchor("customers/" + r.customerId() + "?tab=collections", r.name());
            a.setId("worklist-customer-" + r.code());
            a.setTitle(r.code() + " " + r.name());
            return a;
        }).setHeader(getTranslation("collection.worklist.customer")).setComparator(Comparator.comparing(WorklistService.Row::name))
                .setWidth("15em").setFlexGrow(0).setFrozen(true).setResizable(true);
        grid.addColumn(r -> Formats.integer(r.priority(), l)).setHeader(getTranslation("collection.worklist.priority"))
                .setComparator(Comparator.comparingLong(WorklistService.Row::priority)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> Formats.amount(r.overdue(), l)).setHeader(getTranslation("collection.worklist.overdue"))
                .setComparator(Comparator.comparing(WorklistService.Row::overdue)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> Formats.integer(r.oldestDays(), l)).setHeader(getTranslation("collection.worklist.oldestDays"))
                .setComparator(Comparator.comparingLong(WorklistService.Row::oldestDays)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        for (Aging.Bucket b : List.of(Aging.Bucket.D1_30, Aging.Bucket.D31_60, Aging.Bucket.D61_90, Aging.Bucket.D91_180, Aging.Bucket.OVER_180)) {
            grid.addColumn(r -> r.buckets().get(b).signum() == 0 ? "" : Formats.amount(r.buckets().get(b), l)).setHeader(getTranslation(b.messageKey()))
                    .setComparator(Comparator.comparing(r -> r.buckets().get(b))).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.addColumn(r -> r.riskClass() == null ? "" : getTranslation("credit.class." + r.riskClass()))
                .setHeader(getTranslation("collection.worklist.riskClass")).setAutoWidth(true).setSortable(true);
        grid.addColumn(r -> r.dunningLevel() == 0 ? "" : Formats.integer(r.dunningLevel(), l)).setHeader(getTranslation("collection.worklist.dunningLevel"))
                .setComparator(Comparator.comparingInt(WorklistService.Row::dunningLevel)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.brokenPromises() == 0 ? "" : Formats.integer(r.brokenPromises(), l)).setHeader(getTranslation("collection.worklist.brokenPromises"))
                .setComparator(Comparator.comparingInt(WorklistService.Row::brokenPromises)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.disputed().signum() == 0 ? "" : Formats.amount(r.disputed(), l)).setHeader(getTranslation("collection.worklist.disputed"))
                .setComparator(Comparator.comparing(WorklistService.Row::disputed)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.lastContact() == null ? "" : Formats.date(r.lastContact(), l)).setHeader(getTranslation("collection.worklist.lastContact"))
                .setComparator(Comparator.comparing(WorklistService.Row::lastContact, Comparator.nullsFirst(Comparator.naturalOrder()))).setAutoWidth(true);
        grid.addColumn(r -> r.nextAction() == null ? "" : getTranslation("collection.activity.nextLine", r.nextAction(),
                Formats.date(r.nextActionDate(), l))).setHeader(getTranslation("collection.worklist.next"))
                .setComparator(Comparator.comparing(WorklistService.Row::nextActionDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .setAutoWidth(true);
        collectorColumn = grid.addColumn(r -> r.collector() == null ? "" : users.displayName(r.collector()))
                .setHeader(getTranslation("collection.worklist.collector")).setAutoWidth(true).setSortable(true);
        grid.setSizeFull();
        add(title, formula, filters, grid);
        refresh();
    }

    void refresh() {
        shown = pages.page(new WorklistService.Filter(Boolean.TRUE.equals(mine.getValue()) ? currentUser.username() : null,
                risk.getValue() == null ? null : risk.getValue().name(), minDays.getValue() == null ? 0 : Math.max(0, minDays.getValue())),
                0, Integer.MAX_VALUE).rows();
        grid.setItems(shown);
        collectorColumn.setVisible(!Boolean.TRUE.equals(mine.getValue()));
        count.setText(getTranslation("collection.worklist.count", Formats.integer(shown.size(), getLocale())));
    }

    private List<ListExport.Column<WorklistService.Row>> columns() {
        List<ListExport.Column<WorklistService.Row>> columns = new ArrayList<>();
        columns.add(new ListExport.Column<>(getTranslation("customer.code"), ListExport.Kind.TEXT, WorklistService.Row::code));
        columns.add(new ListExport.Column<>(getTranslation("collection.worklist.customer"), ListExport.Kind.TEXT, WorklistService.Row::name));
        columns.add(new ListExport.Column<>(getTranslation("collection.worklist.collector"), ListExport.Kind.TEXT,
                r -> r.collector() == null ? null : users.displayName(r.collector())));
        columns.add(new ListExport.Column<>(getTranslation("collection.worklist.overdue"), ListExport.Kind.AMOUNT, WorklistService.Row::overdue));
        for (Aging.Bucket b : List.of(Aging.Bucket.D1_30, Aging.Bucket.D31_60, Aging.Bucket.D61_90, Aging.Bucket.D91_180, Aging.Bucket.OVER_180)) {
            columns.add(new ListExport.Column<>(getTranslation(b.messageKey()), ListExport.Kind.AMOUNT, r -> r.buckets().get(b)));
        }
        columns.add(new ListExport.Column<>(getTranslation("collection.worklist.oldestDays"), ListExport.Kind.INTEGER, WorklistService.Row::oldestDays));
        columns.add(new ListExport.Column<>(getTranslation("collection.worklist.riskClass"), ListExport.Kind.TEXT,
                r -> r.riskClass() == null ? null : getTranslation("credit.class." + r.riskClass())));
        columns.add(new ListExport.Column<>(getTranslation("collection.worklist.dunningLevel"), ListExport.Kind.INTEGER, WorklistService.Row::dunningLevel));
        columns.add(new ListExport.Column<>(getTranslation("collection.worklist.brokenPromises"), ListExport.Kind.INTEGER, WorklistService.Row::brokenPromises));
        columns.add(new ListExport.Column<>(getTranslation("collection.worklist.disputed"), ListExport.Kind.AMOUNT, WorklistService.Row::disputed));
        columns.add(new ListExport.Column<>(getTranslation("collection.worklist.lastContact"), ListExport.Kind.DATE, WorklistService.Row::lastContact));
        columns.add(new ListExport.Column<>(getTranslation("collection.worklist.next"), ListExport.Kind.TEXT, WorklistService.Row::nextAction));
        columns.add(new ListExport.Column<>(getTranslation("collection.worklist.nextDate"), ListExport.Kind.DATE, WorklistService.Row::nextActionDate));
        columns.add(new ListExport.Column<>(getTranslation("collection.worklist.priority"), ListExport.Kind.INTEGER, WorklistService.Row::priority));
        return columns;
    }

    /** ADMIN: what puts a customer on collection hold, and how long a dispute may stay open. */
    void openSettings() {
        var r = collectors.settings();
        Checkbox onBroken = new Checkbox(getTranslation("collection.settings.holdOnBrokenPromise"), r.holdOnBrokenPromise());
        onBroken.setId("settings-hold-broken");
        Checkbox atFinal = new Checkbox(getTranslation("collection.settings.holdAtFinalLevel"), r.holdAtFinalLevel());
        IntegerField target = new IntegerField(getTranslation("collection.settings.disputeTargetDays"));
        target.setValue(r.disputeTargetDays());
        target.setId("settings-dispute-days");
        IntegerField gap = new IntegerField(getTranslation("collection.settings.dunningGapDays"));
        gap.setValue(r.dunningGapDays());
        gap.setId("settings-dunning-gap");
        com.creditwb.workbench.common.ui.FormDialog d = new com.creditwb.workbench.common.ui.FormDialog(getTranslation("collection.settings"),
                getTranslation("common.save"), () -> {
                    collectors.saveSettings(new com.creditwb.workbench.collection.CollectionSettings.Rules(onBroken.getValue(), atFinal.getValue(),
                            target.getValue() == null ? 0 : target.getValue(), gap.getValue() == null ? -1 : gap.getValue()));
                    com.creditwb.workbench.common.ui.Notify.success(getTranslation("collection.settings.saved"));
                });
        d.with(new VerticalLayout(onBroken, atFinal, target, gap)).fields(java.util.Map.of("disputeTargetDays", target, "dunningGapDays", gap));
        d.primary().setId("settings-save");
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("collection.worklist.title");
    }
}
