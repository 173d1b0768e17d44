package com.creditwb.workbench.alliance.ui;

import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceForm;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.alliance.domain.AllianceStage;
import com.creditwb.workbench.alliance.domain.CompositionForm;
import com.creditwb.workbench.alliance.domain.HealthIndex;
import com.creditwb.workbench.alliance.domain.ParticipantForm;
import com.creditwb.workbench.common.excel.ListExport;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;

/** The alliances the user may see: filter by stage, form, owner and health band, sort, export; new alliance. */
@com.vaadin.flow.router.Menu(title = "nav.alliances", order = 3.5, icon = "vaadin:handshake")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.keyAccounts")
@Route("alliances")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_})
public class AlliancesView extends VerticalLayout implements HasDynamicTitle {

    private final transient AllianceService alliances;
    final Grid<Alliance> grid = new Grid<>();
    final ComboBox<AllianceStage> stage;
    final ComboBox<ParticipantForm> participant;
    final ComboBox<CompositionForm> composition;
    final ComboBox<String> owner = new ComboBox<>();
    final ComboBox<HealthIndex.Band> health = new ComboBox<>();
    final Button create = new Button();
    private List<Alliance> all = List.of();

    private final transient com.creditwb.workbench.common.AhpWeights ahp;
    final Button weights = new Button();

    private final transient com.creditwb.workbench.alliance.AllianceHealthService healthService;

    public AlliancesView(AllianceService alliances, com.creditwb.workbench.common.AhpWeights ahp, com.creditwb.workbench.alliance.AllianceHealthService healthService) {
        this.healthService = healthService;
        this.alliances = alliances;
        this.ahp = ahp;
        setSizeFull();
        stage = Labels.comboBox(this, "alliance.field.stage", AllianceStage.class);
        stage.setId("alliances-stage");
        participant = Labels.comboBox(this, "alliance.field.participantForm", ParticipantForm.class);
        composition = Labels.comboBox(this, "alliance.field.compositionForm", CompositionForm.class);
        owner.setLabel(getTranslation("alliance.field.owner"));
        owner.setClearButtonVisible(true);
        health.setLabel(getTranslation("alliance.field.healthBand"));
        health.setItems(HealthIndex.Band.values());
        health.setItemLabelGenerator(b -> getTranslation("alliance.band." + b.name()));
        health.setClearButtonVisible(true);
        for (var box : List.of(stage, participant, composition, owner, health)) {
            box.addValueChangeListener(e -> refresh());
        }
        HorizontalLayout filters = new HorizontalLayout(stage, participant, composition, owner, health);
        filters.setWrap(true);

        grid.setId("alliances-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Alliance::getName).setHeader(getTranslation("alliance.field.name")).setSortable(true).setFlexGrow(3)
                .setComparator(Alliance::getName);
        grid.addColumn(a -> Labels.of(this, a.getStage())).setHeader(getTranslation("alliance.field.stage")).setSortable(true)
                .setComparator(a -> a.getStage().ordinal()).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> String.join(getTranslation("common.listSeparator"), a.getPartners().stream().map(p -> p.getName()).toList()))
                .setHeader(getTranslation("alliance.field.partners")).setFlexGrow(3);
        grid.addColumn(a -> Labels.of(this, a.getParticipantForm()) + (a.getCompositionForm() == null ? "" : " · " + Labels.of(this, a.getCompositionForm())))
                .setHeader(getTranslation("alliance.field.form")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Alliance::getOwner).setHeader(getTranslation("alliance.field.owner")).setSortable(true)
                .setComparator(Alliance::getOwner).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> health(a)).setHeader(getTranslation("alliance.field.health")).setSortable(true)
                .setComparator(a -> Objects.requireNonNullElse(a.latestHealth(), -1.0))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.nextReviewDue() == null || a.getStage() != AllianceStage.OPERATING ? "" : Formats.date(a.nextReviewDue(), getLocale()))
                .setHeader(getTranslation("alliance.field.nextReview")).setSortable(true)
                .setComparator(a -> a.nextReviewDue() == null ? java.time.LocalDate.MAX : a.nextReviewDue()).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(AllianceView.class, AllianceView.parameters(e.getItem().getId()))));
        grid.setSizeFull();

        create.setText(getTranslation("alliance.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("alliance-new");
        create.setVisible(alliances.canCreate());
        create.addClickListener(e -> openCreate());
        Anchor export = ExcelFiles.stream("alliances.xlsx", this::writeList, getTranslation("alliance.export.list"));
        export.setId("alliances-export");
        weights.setText(getTranslation("alliance.healthWeights"));
        weights.setId("alliance-health-weights");
        weights.setVisible(healthService.canSetHealthWeights());
        weights.addClickListener(e -> openWeights());
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("alliance.list.title")), export, weights, create);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        title.setWidthFull();
        create.getStyle().set("margin-left", "auto");
        add(title, filters, grid);
        load();
    }

    private String health(Alliance a) {
        Double h = a.latestHealth();
        return h == null ? "" : Formats.decimal(h, getLocale(), 0);
    }

    void load() {
        all = alliances.list();
        owner.setItems(all.stream().map(Alliance::getOwner).distinct().sorted().toList());
        refresh();
    }

    List<Alliance> shown() {
        return all.stream()
                .filter(a -> stage.getValue() == null || a.getStage() == stage.getValue())
                .filter(a -> participant.getValue() == null || a.getParticipantForm() == participant.getValue())
                .filter(a -> composition.getValue() == null || a.getCompositionForm() == composition.getValue())
                .filter(a -> owner.getValue() == null || owner.getValue().equals(a.getOwner()))
                .filter(a -> health.getValue() == null || a.latestHealth() != null
                        && HealthIndex.Band.of(a.latestHealth()) == health.getValue())
                .toList();
    }

    void refresh() {
        grid.setItems(shown());
    }

    void writeList(java.io.OutputStream out) {
        List<ListExport.Column<Alliance>> columns = List.of(
                new ListExport.Column<>(getTranslation("alliance.field.name"), ListExport.Kind.TEXT, Alliance::getName),
                new ListExport.Column<>(getTranslation("alliance.field.stage"), ListExport.Kind.TEXT, a -> Labels.of(this, a.getStage())),
                new ListExport.Column<>(getTranslation("alliance.field.partners"), ListExport.Kind.TEXT,
                        a -> String.join(getTranslation("common.listSeparator"), a.getPartners().stream().map(p -> p.getName()).toList())),
                new ListExport.Column<>(getTranslation("alliance.field.participantForm"), ListExport.Kind.TEXT,
                        a -> Labels.of(this, a.getParticipantForm())),
                new ListExport.Column<>(getTranslation("alliance.field.compositionForm"), ListExport.Kind.TEXT,
                        a -> Labels.of(this, a.getCompositionForm())),
                new ListExport.Column<>(getTranslation("alliance.field.owner"), ListExport.Kind.TEXT, Alliance::getOwner),
                new ListExport.Column<>(getTranslation("alliance.field.startDate"), ListExport.Kind.DATE, Alliance::getStartDate),
                new ListExport.Column<>(getTranslation("alliance.field.health"), ListExport.Kind.INTEGER,
                        a -> a.latestHealth() == null ? null : Math.round(a.latestHealth())),
                new ListExport.Column<>(getTranslation("alliance.field.nextReview"), ListExport.Kind.DATE, Alliance::nextReviewDue));
        ListExport.write(getTranslation("alliance.list.title"), columns, shown().iterator(), null, out);
    }

    void openCreate() {
        TextField name = new TextField(getTranslation("alliance.field.name"));
        name.setId("new-alliance-name");
        name.setWidthFull();
        TextArea goal = new TextArea(getTranslation("alliance.field.goal"));
        goal.setId("new-alliance-goal");
        goal.setWidthFull();
        goal.setHelperText(getTranslation("alliance.field.goal.help"));
        FormDialog dialog = new FormDialog(getTranslation("alliance.new"), getTranslation("common.save"), () -> {
            Alliance a = alliances.create(AllianceForm.named(name.getValue(), goal.getValue()));
            getUI().ifPresent(ui -> ui.navigate(AllianceView.class, AllianceView.parameters(a.getId())));
        });
        dialog.with(name, goal).fields(java.util.Map.of("name", name, "goal", goal));
        dialog.setWidth("36em");
        dialog.primary().setId("new-alliance-save");
        dialog.open();
    }

    /** ADMIN: the principles' weights in the health index, entered (in %) or derived by AHP (refused at CR ≥ 0.10). */
    void openWeights() {
        java.util.Map<com.creditwb.workbench.alliance.domain.Principle, com.vaadin.flow.component.textfield.NumberField> fields =
                new java.util.EnumMap<>(com.creditwb.workbench.alliance.domain.Principle.class);
        VerticalLayout body = new VerticalLayout(new com.vaadin.flow.component.html.Paragraph(getTranslation("alliance.healthWeights.help")));
        healthService.healthWeights().forEach((p, w) -> {
            var f = new com.vaadin.flow.component.textfield.NumberField(getTranslation(p.messageKey()));
            f.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
            f.setValue(Math.round(w * 10000) / 100.0);
            f.setMin(0);
            f.setMax(100);
            f.setId("health-weight-" + p.name());
            fields.put(p, f);
            body.add(f);
        });
        Button byAhp = new Button(getTranslation("alliance.weights.ahp"), e -> new com.creditwb.workbench.common.ui.AhpDialog(ahp,
                getTranslation("alliance.healthWeights"), java.util.Arrays.stream(com.creditwb.workbench.alliance.domain.Principle.values())
                        .map(p -> getTranslation(p.messageKey())).toList(), null, (w, upper) -> {
                            for (var p : com.creditwb.workbench.alliance.domain.Principle.values()) {
                                fields.get(p).setValue(Math.round(w[p.ordinal()] * 10000) / 100.0);
                            }
                        }).open());
        body.add(byAhp);
        FormDialog d = new FormDialog(getTranslation("alliance.healthWeights"), getTranslation("common.save"), () -> {
            java.util.Map<com.creditwb.workbench.alliance.domain.Principle, Double> w = new java.util.EnumMap<>(com.creditwb.workbench.alliance.domain.Principle.class);
            fields.forEach((p, f) -> w.put(p, f.getValue() == null ? null : f.getValue() / 100));
            healthService.saveHealthWeights(w);
            com.creditwb.workbench.common.ui.Notify.success(getTranslation("alliance.healthWeights.saved"));
        });
        d.with(body);
        d.primary().setId("health-weights-save");
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alliance.list.title");
    }
}
