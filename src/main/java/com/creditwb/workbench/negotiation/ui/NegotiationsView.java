package com.creditwb.workbench.negotiation.ui;

import com.creditwb.workbench.common.excel.ListExport;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.ui.CustomerPicker;
import com.creditwb.workbench.negotiation.Negotiation;
import com.creditwb.workbench.negotiation.NegotiationFilter;
import com.creditwb.workbench.negotiation.NegotiationForm;
import com.creditwb.workbench.negotiation.NegotiationService;
import com.creditwb.workbench.negotiation.domain.Direction;
import com.creditwb.workbench.negotiation.domain.NegotiationStatus;
import com.creditwb.workbench.negotiation.domain.TeamRules;
import com.creditwb.workbench.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The negotiations the user may open (owned, on the team, or all for ADMIN): filter by whose, status, direction and
 * subject; export; new negotiation (account managers); ADMIN sets the team-size table.
 */
@com.vaadin.flow.router.Menu(title = "nav.negotiations", order = 3.6, icon = "vaadin:comments")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.keyAccounts")
@Route("negotiations")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_, Role.FINANCE_})
public class NegotiationsView extends VerticalLayout implements HasDynamicTitle {

    private final transient NegotiationService negotiations;
    private final transient CustomerService customers;
    private final transient com.creditwb.workbench.customer.CustomerSearch customerSearch;
    final Grid<Negotiation> grid = new Grid<>();
    final Select<NegotiationFilter.Scope> scope;
    final ComboBox<NegotiationStatus> status;
    final ComboBox<Direction> direction;
    final TextField text = new TextField();
    final Button create = new Button();
    final Button teamSizes = new Button();
    private final Map<Long, String> counterparts = new HashMap<>();

    private final java.time.Clock clock;
    private final transient com.creditwb.workbench.negotiation.TeamSizeService sizes;

    public NegotiationsView(NegotiationService negotiations, CustomerService customers, com.creditwb.workbench.customer.CustomerSearch customerSearch, java.time.Clock clock,
            com.creditwb.workbench.negotiation.TeamSizeService sizes) {
        this.sizes = sizes;
        this.clock = clock;
        this.negotiations = negotiations;
        this.customers = customers;
        this.customerSearch = customerSearch;
        setSizeFull();
        scope = Labels.select(this, "negotiation.field.scope", NegotiationFilter.Scope.class);
        scope.setValue(NegotiationFilter.Scope.ALL);
        scope.setId("negotiations-scope");
        status = Labels.comboBox(this, "negotiation.field.status", NegotiationStatus.class);
        status.setId("negotiations-status");
        direction = Labels.comboBox(this, "negotiation.field.direction", Direction.class);
        text.setLabel(getTranslation("negotiation.field.subject"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        scope.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        direction.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(scope, status, direction, text);
        filters.setWrap(true);

        grid.setId("negotiations-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Negotiation::getSubject).setHeader(getTranslation("negotiation.field.subject")).setSortable(true)
                .setComparator(Negotiation::getSubject).setFlexGrow(3);
        grid.addColumn(this::counterpart).setHeader(getTranslation("negotiation.field.counterpart")).setSortable(true)
                .setComparator(this::counterpart).setFlexGrow(2);
        grid.addColumn(n -> Labels.of(this, n.getDirection())).setHeader(getTranslation("negotiation.field.direction")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> Labels.of(this, n.getStatus())).setHeader(getTranslation("negotiation.field.status")).setSortable(true)
                .setComparator(n -> n.getStatus().ordinal()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> Formats.amount(n.getContractValue(), getLocale())).setHeader(getTranslation("negotiation.field.contractValue"))
                .setTextAlign(ColumnTextAlign.END).setSortable(true)
                .setComparator(n -> n.getContractValue() == null ? java.math.BigDecimal.ZERO : n.getContractValue()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Negotiation::getOwner).setHeader(getTranslation("negotiation.field.owner")).setSortable(true)
                .setComparator(Negotiation::getOwner).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> n.getDeadline() == null ? "" : Formats.date(n.getDeadline(), getLocale()))
                .setHeader(getTranslation("negotiation.field.deadline")).setSortable(true)
                .setComparator(n -> n.getDeadline() == null ? LocalDate.MAX : n.getDeadline()).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(NegotiationView.class, NegotiationView.parameters(e.getItem().getId()))));
        grid.setSizeFull();

        create.setText(getTranslation("negotiation.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("negotiation-new");
        create.setVisible(negotiations.canCreate());
        create.addClickListener(e -> openCreate());
        Anchor export = ExcelFiles.stream("negotiations.xlsx", this::writeList, getTranslation("negotiation.export.list"));
        export.setId("negotiations-export");
        teamSizes.setText(getTranslation("negotiation.teamSizes"));
        teamSizes.setId("negotiation-team-sizes");
        teamSizes.setVisible(sizes.canSetTeamSizes());
        teamSizes.addClickListener(e -> openTeamSizes());
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("negotiation.list.title")), export, teamSizes, create);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        title.setWidthFull();
        create.getStyle().set("margin-left", "auto");
        Paragraph confidential = new Paragraph(getTranslation("negotiation.list.confidential"));
        confidential.addClassName("wb-muted");
        add(title, confidential, filters, grid);
        refresh();
    }

    private String counterpart(Negotiation n) {
        return counterparts.computeIfAbsent(n.getCounterpartId(), id -> {
            CustomerRecord c = customers.record(id);
            return c.name();
        });
    }

    NegotiationFilter filter() {
        return new NegotiationFilter(scope.getValue(), status.getValue(), direction.getValue(), text.getValue());
    }

    List<Negotiation> shown() {
        return negotiations.list(filter());
    }

    void refresh() {
        grid.setItems(shown());
    }

    void writeList(java.io.OutputStream out) {
        List<ListExport.Column<Negotiation>> columns = List.of(
                new ListExport.Column<>(getTranslation("negotiation.field.subject"), ListExport.Kind.TEXT, Negotiation::getSubject),
                new ListExport.Column<>(getTranslation("negotiation.field.counterpart"), ListExport.Kind.TEXT, this::counterpart),
                new ListExport.Column<>(getTranslation("negotiation.field.direction"), ListExport.Kind.TEXT, n -> Labels.of(this, n.getDirection())),
                new ListExport.Column<>(getTranslation("negotiation.field.status"), ListExport.Kind.TEXT, n -> Labels.of(this, n.getStatus())),
                new ListExport.Column<>(getTranslation("negotiation.field.contractValue"), ListExport.Kind.AMOUNT, Negotiation::getContractValue),
                new ListExport.Column<>(getTranslation("negotiation.field.owner"), ListExport.Kind.TEXT, Negotiation::getOwner),
                new ListExport.Column<>(getTranslation("negotiation.field.startDate"), ListExport.Kind.DATE, Negotiation::getStartDate),
                new ListExport.Column<>(getTranslation("negotiation.field.deadline"), ListExport.Kind.DATE, Negotiation::getDeadline));
        ListExport.write(getTranslation("negotiation.list.exportTitle"), columns, shown().iterator(), null, out);
    }

    void openCreate() {
        TextField subject = new TextField(getTranslation("negotiation.field.subject"));
        subject.setId("new-negotiation-subject");
        subject.setWidthFull();
        ComboBox<CustomerRecord> counterpart = CustomerPicker.create(getTranslation("negotiation.field.counterpart"), customerSearch);
        counterpart.setId("new-negotiation-counterpart");
        counterpart.setWidthFull();
        Select<Direction> dir = Labels.select(this, "negotiation.field.direction", Direction.class);
        dir.setValue(Direction.SELL);
        dir.setId("new-negotiation-direction");
        FormDialog dialog = new FormDialog(getTranslation("negotiation.new"), getTranslation("common.save"), () -> {
            Negotiation n = negotiations.create(new NegotiationForm(subject.getValue(), counterpart.getValue() == null ? null
                    : counterpart.getValue().id(), dir.getValue(), null, null, null, TeamRules.Importance.MEDIUM, TeamRules.Difficulty.MEDIUM,
                    LocalDate.now(clock), null, Map.of(), List.of(), null, null, null));
            getUI().ifPresent(ui -> ui.navigate(NegotiationView.class, NegotiationView.parameters(n.getId())));
        });
        dialog.with(subject, counterpart, dir).fields(Map.of("subject", subject, "counterpart", counterpart, "direction", dir));
        dialog.setWidth("36em");
        dialog.primary().setId("new-negotiation-save");
        dialog.open();
    }

    /** ADMIN: members by importance and the contract value that adds one. */
    void openTeamSizes() {
        com.creditwb.workbench.negotiation.TeamSizeService.TeamSizes current = this.sizes.teamSizes();
        Map<TeamRules.Importance, IntegerField> fields = new EnumMap<>(TeamRules.Importance.class);
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("negotiation.teamSizes.help")));
        for (TeamRules.Importance i : TeamRules.Importance.values()) {
            IntegerField f = new IntegerField(Labels.of(this, i));
            f.setMin(1);
            f.setMax(20);
            f.setStepButtonsVisible(true);
            f.setValue(current.sizes().get(i));
            f.setId("team-size-" + i.name());
            fields.put(i, f);
            body.add(f);
        }
        NumberField large = new NumberField(getTranslation("negotiation.teamSizes.largeContract"));
        large.setValue(current.largeContract());
        large.setWidth("16em");
        large.setId("team-size-large");
        body.add(large);
        FormDialog d = new FormDialog(getTranslation("negotiation.teamSizes"), getTranslation("common.save"), () -> {
            Map<TeamRules.Importance, Integer> sizes = new EnumMap<>(TeamRules.Importance.class);
            fields.forEach((i, f) -> sizes.put(i, f.getValue()));
            this.sizes.saveTeamSizes(sizes, large.getValue());
            Notify.success(getTranslation("negotiation.teamSizes.saved"));
        });
        d.with(body).fields(Map.of("largeContract", large));
        d.primary().setId("team-sizes-save");
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("negotiation.list.title");
    }
}
