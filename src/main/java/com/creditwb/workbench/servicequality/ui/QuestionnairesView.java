package com.creditwb.workbench.servicequality.ui;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.servicequality.Questionnaire;
import com.creditwb.workbench.servicequality.QuestionnaireService;
import com.creditwb.workbench.servicequality.domain.Dimension;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * ADMIN edits the SERVQUAL questionnaires: each dimension's statements in both languages (3–5 a dimension); saving
 * makes a new version, and rounds already started keep the version they asked.
 */
@com.vaadin.flow.router.Menu(title = "nav.questionnaires", order = 9.1, icon = "vaadin:clipboard-text")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.admin")
@Route("admin/questionnaires")
@RolesAllowed(Role.ADMIN_)
public class QuestionnairesView extends VerticalLayout implements HasDynamicTitle {

    /** One statement's row: Chinese and English. */
    record Row(Dimension dimension, TextField zh, TextField en, HorizontalLayout layout) {
    }

    private final transient QuestionnaireService surveys;
    final Map<Dimension.Model, List<Row>> rows = new EnumMap<>(Dimension.Model.class);
    final Map<Dimension.Model, Problems> problems = new EnumMap<>(Dimension.Model.class);

    public QuestionnairesView(QuestionnaireService surveys) {
        this.surveys = surveys;
        add(new H2(getTranslation("survey.questionnaires")));
        Paragraph help = new Paragraph(getTranslation("survey.questionnaires.help"));
        help.addClassName("wb-muted");
        add(help);
        for (Questionnaire q : surveys.questionnaires()) {
            add(editor(q));
        }
    }

    private VerticalLayout editor(Questionnaire q) {
        VerticalLayout box = new VerticalLayout();
        box.addClassName("wb-card");
        box.add(new H3(Labels.of(this, q.getModel()) + " · v" + q.getNumber()));
        List<Row> list = new ArrayList<>();
        rows.put(q.getModel(), list);
        for (Dimension d : Dimension.of(q.getModel())) {
            box.add(new H4(Labels.of(this, d)));
            VerticalLayout dimension = new VerticalLayout();
            dimension.setPadding(false);
            q.items(d).forEach(s -> dimension.add(row(list, d, s.zh(), s.en(), dimension)));
            Button add = new Button(getTranslation("survey.addStatement"), VaadinIcon.PLUS.create(), e -> dimension.add(row(list, d, "", "", dimension)));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(dimension, add);
        }
        Problems problem = new Problems();
        problems.put(q.getModel(), problem);
        Button save = new Button(getTranslation("survey.saveVersion"), e -> save(q.getModel()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("questionnaire-save-" + q.getModel().name());
        box.add(problem, save);
        return box;
    }

    private HorizontalLayout row(List<Row> list, Dimension d, String zh, String en, VerticalLayout parent) {
        TextField z = new TextField();
        z.setValue(zh);
        z.setPlaceholder(getTranslation("language.zh-CN"));
        z.setWidth("24em");
        TextField e = new TextField();
        e.setValue(en);
        e.setPlaceholder(getTranslation("language.en"));
        e.setWidth("28em");
        HorizontalLayout layout = new HorizontalLayout(z, e);
        Row row = new Row(d, z, e, layout);
        Button remove = new Button(VaadinIcon.TRASH.create(), ev -> {
            list.remove(row);
            parent.remove(layout);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("common.remove"));
        layout.add(remove);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        list.add(row);
        return layout;
    }

    void save(Dimension.Model model) {
        Problems problem = problems.get(model);
        problem.clear();
        List<Questionnaire.Statement> statements = rows.get(model).stream()
                .map(r -> new Questionnaire.Statement(r.dimension(), r.zh().getValue(), r.en().getValue())).toList();
        try {
            Questionnaire saved = surveys.saveQuestionnaire(model, statements);
            Notify.success(getTranslation("survey.versionSaved", saved.getNumber()));
            getUI().ifPresent(ui -> ui.getPage().reload());
        } catch (ValidationException ex) {
            problem.show(ex);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.questionnaires");
    }
}
