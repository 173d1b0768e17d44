package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Chart;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.customer.CustomerRecord.ContactRecord;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.servicequality.Questionnaire;
import com.creditwb.workbench.servicequality.QuestionnaireService;
import com.creditwb.workbench.servicequality.SurveyInvitation;
import com.creditwb.workbench.servicequality.SurveyService;
import com.creditwb.workbench.servicequality.domain.Servqual;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A customer's service quality: the trend of CSI and SERVQUAL over the rounds, and each round with its progress,
 * scores, dimensions (gap, perception, expectation, weight, quadrant), the importance–performance chart with the
 * dissatisfiers, the satisfaction levels and the invitations; the owner starts a round (a personal link per contact),
 * renews a link and enters answers taken by phone or on paper.
 */
class ServicePanel extends VerticalLayout {

    private final transient SurveyService surveys;

    private final transient QuestionnaireService questionnaires;
    private final transient com.creditwb.workbench.servicequality.ComplaintService complaints;
    private final transient com.creditwb.workbench.security.UserService users;
    private final CustomerRecord customer;
    final Button raise = new Button();
    com.vaadin.flow.component.grid.Grid<com.creditwb.workbench.servicequality.Complaint> complaintGrid;
    final Button start = new Button();
    final Chart trend = new Chart();
    final VerticalLayout rounds = new VerticalLayout();
    List<SurveyService.RoundResult> results = List.of();

    private final java.time.Clock clock;

    ServicePanel(CustomerRecord customer, SurveyService surveys, QuestionnaireService questionnaires, com.creditwb.workbench.servicequality.ComplaintService complaints,
            com.creditwb.workbench.security.UserService users, java.time.Clock clock) {
        this.clock = clock;
        this.surveys = surveys;
        this.questionnaires = questionnaires;
        this.complaints = complaints;
        this.users = users;
        this.customer = customer;
        setPadding(false);
        add(new H4(getTranslation("complaint.list.title")));
        raise.setText(getTranslation("complaint.new"));
        raise.setIcon(VaadinIcon.PLUS.create());
        raise.setId("complaint-new");
        raise.addClickListener(e -> new ComplaintDialog(customer.id(), null, complaints, users, this::refreshComplaints).open());
        complaintGrid = ComplaintsGrid.create(complaints, null,
                c -> new ComplaintDialog(customer.id(), complaints.get(c.getId()), complaints, users, this::refreshComplaints).open());
        complaintGrid.setId("customer-complaints");
        complaintGrid.setAllRowsVisible(true);
        add(raise, complaintGrid);
        refreshComplaints();
        add(new H4(getTranslation("survey.section")));
        if (!surveys.canRead(customer.id())) {
            add(new Paragraph(getTranslation("survey.notPermitted")));
            return;
        }
        start.setText(getTranslation("survey.new"));
        start.setIcon(VaadinIcon.PLUS.create());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("survey-new");
        start.setVisible(surveys.canRun(customer.id()));
        start.addClickListener(e -> openNew());
        trend.setId("survey-trend");
        rounds.setPadding(false);
        add(start, trend, rounds);
        refresh();
    }

    void refreshComplaints() {
        complaintGrid.setItems(complaints.list(new com.creditwb.workbench.servicequality.ComplaintService.Filter(customer.id(), null, false)));
    }

    void refresh() {
        results = surveys.results(customer.id());
        List<SurveyService.RoundResult> scored = results.stream().filter(r -> r.result() != null).toList();
        trend.setVisible(!scored.isEmpty());
        if (!scored.isEmpty()) {
            trend.lines(scored.stream().map(r -> r.survey().getTitle()).toList(),
                    List.of(getTranslation("survey.csi"), getTranslation("survey.servqualTimes10")),
                    List.of(scored.stream().map(r -> round(r.result().csi())).toList(),
                            scored.stream().map(r -> round(r.result().servqual() * 10)).toList()), true);
        }
        rounds.removeAll();
        if (results.isEmpty()) {
            rounds.add(new Paragraph(getTranslation("survey.none")));
        }
        for (int i = results.size() - 1; i >= 0; i--) {
            rounds.add(round(results.get(i)));
        }
    }

    private static Double round(double v) {
        return ServqualFigures.round(v);
    }

    private VerticalLayout round(SurveyService.RoundResult r) {
        VerticalLayout box = new VerticalLayout();
        box.addClassName("wb-card");
        box.setId("survey-" + r.survey().getId());
        Locale l = getLocale();
        box.add(new H4(r.survey().getTitle()));
        box.add(new Div(getTranslation("survey.roundLine", Labels.of(this, r.questionnaire().getModel()),
                r.questionnaire().getNumber(), Formats.date(r.survey().getValidUntil(), l), r.progress().invited(), r.progress().answered(),
                r.progress().expired())));
        Servqual.Result s = r.result();
        if (s == null) {
            box.add(new Span(getTranslation("survey.noAnswers")));
        } else {
            Div scores = new Div(getTranslation("survey.scoresLine", Formats.decimal(s.servqual(), l, 2), Formats.decimal(s.weighted(), l, 2),
                    Formats.decimal(s.csi(), l, 1), s.nps() == null ? "—" : Formats.decimal(s.nps(), l, 0), s.respondents()));
            scores.setId("survey-scores-" + r.survey().getId());
            box.add(scores);
            box.add(new ServqualFigures(s, r.chart(), "survey-ipa-" + r.survey().getId()));
            if (!r.levels().isEmpty()) {
                box.add(new Div(getTranslation("survey.levels", String.join(getTranslation("common.listSeparator"),
                        r.levels().entrySet().stream().map(e -> Labels.of(this, e.getKey()) + " " + e.getValue()).toList()))));
            }
        }
        Grid<SurveyInvitation> invited = new Grid<>();
        invited.addThemeVariants(GridVariant.LUMO_COMPACT);
        invited.addColumn(SurveyInvitation::getContactName).setHeader(getTranslation("survey.contact"));
        invited.addColumn(i -> i.isAnswered() ? getTranslation("survey.answeredOn", Formats.dateTime(i.getAnsweredAt(), l)) : getTranslation("survey.notAnswered")).setHeader(getTranslation("survey.status"));
        if (surveys.canRun(customer.id())) {
            invited.addComponentColumn(i -> {
                Button renew = new Button(getTranslation("survey.renew"), e -> showLinks(List.of(surveys.renew(r.survey().getId(), i.getId()))));
                renew.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                renew.setVisible(!i.isAnswered());
                return renew;
            });
        }
        invited.setItems(r.invitations());
        invited.setAllRowsVisible(true);
        if (!r.invitations().isEmpty()) {
            box.add(invited);
        }
        if (surveys.canRun(customer.id())) {
            Button enter = new Button(getTranslation("survey.enter"), e -> openEnter(r));
            enter.setId("survey-enter-" + r.survey().getId());
            box.add(enter);
        }
        return box;
    }

    /** "2026 年第 4 季度" / "Q4 2026": the year is a label, not a number to group. */
    static String defaultTitle(com.vaadin.flow.component.Component on, LocalDate today) {
        return on.getTranslation("survey.defaultTitle", String.valueOf(today.getYear()), String.valueOf((today.getMonthValue() - 1) / 3 + 1));
    }

    void openNew() {
        TextField title = new TextField(getTranslation("survey.title"));
        title.setValue(defaultTitle(this, LocalDate.now(clock)));
        title.setWidthFull();
        title.setId("survey-title");
        Select<Questionnaire> questionnaire = new Select<>();
        questionnaire.setLabel(getTranslation("survey.questionnaire"));
        List<Questionnaire> all = questionnaires.questionnaires();
        questionnaire.setItems(all);
        questionnaire.setItemLabelGenerator(q -> Labels.of(this, q.getModel()) + " · v" + q.getNumber());
        questionnaire.setValue(all.isEmpty() ? null : all.get(0));
        DatePicker until = new DatePicker(getTranslation("survey.validUntil"));
        until.setValue(LocalDate.now(clock).plusWeeks(3));
        CheckboxGroup<ContactRecord> contacts = new CheckboxGroup<>(getTranslation("survey.contacts"));
        contacts.setItems(customer.contacts());
        contacts.setItemLabelGenerator(c -> c.name() + (c.title() == null ? "" : " · " + c.title()));
        contacts.setValue(new java.util.HashSet<>(customer.contacts()));
        contacts.setId("survey-contacts");
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("survey.language"));
        language.setItems(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
        language.setItemLabelGenerator(x -> getTranslation("language." + x.toLanguageTag()));
        language.setValue(Locale.SIMPLIFIED_CHINESE);
        FormDialog d = new FormDialog(getTranslation("survey.new"), getTranslation("survey.create"), () -> {
            List<SurveyService.Invitee> invitees = new ArrayList<>();
            contacts.getValue().forEach(c -> invitees.add(new SurveyService.Invitee(c.name(), c.email(), language.getValue())));
            SurveyService.Created created = surveys.create(customer.id(), questionnaire.getValue() == null ? null
                    : questionnaire.getValue().getModel(), title.getValue(), until.getValue(), invitees);
            refresh();
            showLinks(created.links());
        });
        d.with(title, questionnaire, until, contacts, language).fields(Map.of("title", title, "model", questionnaire, "validUntil", until));
        d.primary().setId("survey-create");
        d.open();
    }

    /** The links, shown once: each contact's address to send. */
    void showLinks(List<SurveyService.Link> links) {
        SurveyLinksDialog.open(List.of(new SurveyLinksDialog.Group(null, links)));
    }

    void openEnter(SurveyService.RoundResult r) {
        TextField respondent = new TextField(getTranslation("survey.respondent"));
        respondent.setWidth("24em");
        respondent.setId("survey-respondent");
        AnswerPanel panel = new AnswerPanel(r.questionnaire(), getLocale());
        FormDialog d = new FormDialog(getTranslation("survey.enter"), getTranslation("common.save"), () -> {
            String missing = panel.missing();
            if (missing != null) {
                throw ValidationException.of("answers", missing);
            }
            surveys.enter(r.survey().getId(), panel.form(respondent.getValue()));
            Notify.success(getTranslation("survey.entered"));
            refresh();
        });
        d.setWidth("min(64em, 95vw)");
        d.with(respondent, panel).fields(Map.of("respondent", respondent));
        d.primary().setId("survey-enter-save");
        d.open();
    }
}
