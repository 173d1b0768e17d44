package com.creditwb.workbench.alliance.ui;

import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceAgreementService;
import com.creditwb.workbench.alliance.AllianceService;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.FormDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The governance meeting log: date, attendees, decisions and follow-ups. */
class MeetingsSection extends AllianceSection {

    private final transient java.time.Clock clock;

    private final transient AllianceAgreementService agreement;

    MeetingsSection(Alliance alliance, boolean editable, AllianceService alliances, AllianceAgreementService agreement, Runnable reload, java.time.Clock clock) {
        super(alliance, alliances, reload);
        this.agreement = agreement;
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
            DatePicker date = new DatePicker(getTranslation("alliance.field.date"));
            date.setValue(LocalDate.now(clock));
            TextField attendees = new TextField(getTranslation("alliance.field.attendees"));
            TextArea decisions = new TextArea(getTranslation("alliance.field.decisions"));
            TextArea followUps = new TextArea(getTranslation("alliance.field.followUps"));
            for (var f : List.of(attendees, decisions, followUps)) {
                ((com.vaadin.flow.component.HasSize) f).setWidthFull();
            }
            FormDialog d = new FormDialog(getTranslation("alliance.meeting.add"), getTranslation("common.save"), () -> {
                agreement.addMeeting(alliance.getId(), date.getValue(), attendees.getValue(), decisions.getValue(), followUps.getValue());
                reload.run();
            });
            d.with(date, attendees, decisions, followUps).fields(Map.of("date", date, "attendees", attendees, "decisions", decisions,
                    "followUps", followUps));
            d.setWidth("36em");
            d.primary().setId("meeting-save");
            d.open();
        });
        add.setVisible(editable);
        add(new H4(getTranslation("alliance.section.meetings")), grid, add);
    }
}
