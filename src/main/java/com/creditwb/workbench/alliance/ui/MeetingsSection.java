package com.creditwb.workbench.alliance.ui;

import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceContribution;
import com.creditwb.workbench.alliance.AllianceForm;
import com.creditwb.workbench.alliance.AllianceOption;
import com.creditwb.workbench.alliance.AlliancePartner;
import com.creditwb.workbench.alliance.AllianceReview;
import com.creditwb.workbench.alliance.AllianceRisk;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.alliance.AllianceStage;
import com.creditwb.workbench.alliance.CandidateRanking;
import com.creditwb.workbench.alliance.CompositionForm;
import com.creditwb.workbench.alliance.ContributionKind;
import com.creditwb.workbench.alliance.ContributionStatus;
import com.creditwb.workbench.alliance.Criterion;
import com.creditwb.workbench.alliance.DistributionForm;
import com.creditwb.workbench.alliance.GateException;
import com.creditwb.workbench.alliance.OptionKind;
import com.creditwb.workbench.alliance.ParticipantForm;
import com.creditwb.workbench.alliance.PowerBase;
import com.creditwb.workbench.alliance.PowerRating;
import com.creditwb.workbench.alliance.Principle;
import com.creditwb.workbench.alliance.RiskStatus;
import com.creditwb.workbench.alliance.RiskType;
import com.creditwb.workbench.alliance.StageMove;
import com.creditwb.workbench.alliance.export.AllianceExport;
import com.creditwb.workbench.common.AhpWeights;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.audit.ReadChannel;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.AhpDialog;
import com.creditwb.workbench.common.ui.AmountField;
import com.creditwb.workbench.common.ui.Chart;
import com.creditwb.workbench.common.ui.ConcurrentEditDialog;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.ui.CustomerDetailView;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The governance meeting log: date, attendees, decisions and follow-ups. */
class MeetingsSection extends AllianceSection {

    private final transient java.time.Clock clock;

    MeetingsSection(Alliance alliance, boolean editable, AllianceService alliances, Runnable reload, java.time.Clock clock) {
        super(alliance, alliances, reload);
        this.clock = clock;
        setPadding(false);
        Grid<com.creditwb.workbench.alliance.AllianceMeeting> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> Formats.date(m.getDate(), getLocale())).setHeader(getTranslation("alliance.field.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> AllianceView.nz(m.getAttendees())).setHeader(getTranslation("alliance.field.attendees")).setFlexGrow(2);
        grid.addColumn(m -> AllianceView.nz(m.getDecisions())).setHeader(getTranslation("alliance.field.decisions")).setFlexGrow(3);
        grid.addColumn(m -> AllianceView.nz(m.getFollowUps())).setHeader(getTranslation("alliance.field.followUps")).setFlexGrow(3);
        grid.setItems(alliance.getMeetings());
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("alliance.meeting.add"), e -> {
            Dialog d = new Dialog();
            d.setHeaderTitle(getTranslation("alliance.meeting.add"));
            DatePicker date = new DatePicker(getTranslation("alliance.field.date"));
            date.setValue(LocalDate.now(clock));
            TextField attendees = new TextField(getTranslation("alliance.field.attendees"));
            TextArea decisions = new TextArea(getTranslation("alliance.field.decisions"));
            TextArea followUps = new TextArea(getTranslation("alliance.field.followUps"));
            for (var f : List.of(attendees, decisions, followUps)) {
                ((com.vaadin.flow.component.HasSize) f).setWidthFull();
            }
            d.add(new VerticalLayout(date, attendees, decisions, followUps));
            d.setWidth("36em");
            Button ok = new Button(getTranslation("common.save"), x -> {
                try {
                    alliances.addMeeting(alliance.getId(), date.getValue(), attendees.getValue(), decisions.getValue(), followUps.getValue());
                    d.close();
                    reload.run();
                } catch (ValidationException ex) {
                    AllianceView.showErrors(ex);
                }
            });
            ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            d.getFooter().add(new Button(getTranslation("common.cancel"), x -> d.close()), ok);
            d.open();
        });
        add.setVisible(editable);
        add(new H4(getTranslation("alliance.section.meetings")), grid, add);
    }
}
