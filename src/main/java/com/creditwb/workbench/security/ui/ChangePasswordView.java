package com.creditwb.workbench.security.ui;

import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** Every user changes their own password here; a one-time password sends them here first. */
@Route("password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final Problems problems = new Problems();

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    private final transient UserService users;

    public ChangePasswordView(UserService users) {
        this.users = users;
        addClassName("wb-page");
        setMaxWidth("32em");
        current.setLabel(getTranslation("password.current"));
        current.setId("current-password");
        next.setLabel(getTranslation("password.new"));
        next.setId("new-password");
        next.setHelperText(getTranslation("password.rule", 8));
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("repeat-password");
        save.setText(getTranslation("password.change.submit"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> change());
        Paragraph hint = new Paragraph(getTranslation(users.mustChangePassword() ? "password.change.required" : "password.change.hint"));
        add(new H2(getTranslation("password.change.title")), hint, current, next, repeat, problems, save);
        for (PasswordField f : new PasswordField[] {current, next, repeat}) {
            f.setWidthFull();
        }
    }

    void change() {
        problems.clear();
        if (!next.getValue().equals(repeat.getValue())) {
            problems.mark(repeat, getTranslation("password.error.repeat"));
            return;
        }
        problems.attempt(() -> {
            users.changeOwnPassword(current.getValue(), next.getValue());
            VaadinSession.getCurrent().setAttribute("wb.passwordChecked", Boolean.TRUE);
            Notify.success(getTranslation("password.changed"));
            UI.getCurrent().navigate("");
        }, Map.of("currentPassword", current, "newPassword", next), null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.change.title");
    }
}
