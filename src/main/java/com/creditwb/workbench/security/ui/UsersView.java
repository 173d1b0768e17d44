package com.creditwb.workbench.security.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.security.AppUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;

/** Administration: list, create and disable users, assign roles, reset passwords. */
@com.vaadin.flow.router.Menu(title = "nav.users", order = 9.0, icon = "vaadin:users")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.admin")
@Route("admin/users")
@RolesAllowed(Role.ADMIN_)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AppUser> grid = new Grid<>(AppUser.class, false);
    final Button create = new Button();
    private final transient UserService users;
    private final transient Clock clock;

    public UsersView(UserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
        addClassName("wb-page");
        setSizeFull();
        create.setText(getTranslation("user.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        create.addClickListener(e -> openCreate());

        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("user.username")).setAutoWidth(true);
        grid.addColumn(AppUser::getDisplayName).setHeader(getTranslation("user.displayName")).setAutoWidth(true);
        grid.addColumn(u -> u.getRoles().stream().sorted().map(r -> getTranslation(r.messageKey())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("user.roles")).setFlexGrow(1);
        grid.addColumn(u -> getTranslation(u.isEnabled() ? "user.state.enabled" : "user.state.disabled"))
                .setHeader(getTranslation("user.state")).setAutoWidth(true);
        grid.addColumn(u -> u.isLocked(clock.instant())
                ? getTranslation("user.lockedUntil", Formats.dateTime(u.getLockedUntil(), getLocale())) : "")
                .setHeader(getTranslation("user.locked")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        grid.setSizeFull();

        add(new HorizontalLayout(new H2(getTranslation("user.title")), create), grid);
        refresh();
    }

    void refresh() {
        grid.setItems(users.findAll());
    }

    private HorizontalLayout actions(AppUser user) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openEdit(user));
        edit.setTooltipText(getTranslation("common.edit"));
        edit.setAriaLabel(getTranslation("common.edit"));
        Button reset = new Button(VaadinIcon.KEY.create(), e -> confirmReset(user));
        reset.setTooltipText(getTranslation("user.resetPassword"));
        reset.setAriaLabel(getTranslation("user.resetPassword"));
        for (Button b : new Button[] {edit, reset}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        return new HorizontalLayout(edit, reset);
    }

    void openCreate() {
        TextField username = new TextField(getTranslation("user.username"));
        TextField displayName = new TextField(getTranslation("user.displayName"));
        CheckboxGroup<Role> roles = roles();
        FormDialog dialog = new FormDialog(getTranslation("user.new"), getTranslation("common.save"), () -> {
            String password = users.create(username.getValue(), displayName.getValue(), EnumSet.copyOf(
                    roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : roles.getValue()));
            refresh();
            showPassword(username.getValue().trim(), password);
        });
        dialog.with(new FormLayout(username, displayName, roles)).fields(Map.of("username", username, "displayName", displayName,
                "roles", roles));
        dialog.open();
    }

    /** Edits a plain command; the user row in the list is never changed by the page, only re-read after the service took it. */
    void openEdit(AppUser user) {
        TextField displayName = new TextField(getTranslation("user.displayName"));
        displayName.setValue(user.getDisplayName());
        CheckboxGroup<Role> roles = roles();
        roles.setValue(user.getRoles());
        Checkbox enabled = new Checkbox(getTranslation("user.state.enabled"), user.isEnabled());
        FormDialog dialog = new FormDialog(getTranslation("user.edit", user.getUsername()), getTranslation("common.save"), () -> {
            users.update(user.getUsername(), user.getVersion(), new UserService.Edit(displayName.getValue(), roles.getValue(),
                    enabled.getValue()));
            Notify.success(getTranslation("common.saved"));
            refresh();
        });
        dialog.with(new FormLayout(displayName, roles, enabled)).fields(Map.of("displayName", displayName, "roles", roles))
                .onStale(this::refresh);
        dialog.open();
    }

    private void confirmReset(AppUser user) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("user.resetPassword"),
                getTranslation("user.resetPassword.confirm", user.getUsername()), getTranslation("user.resetPassword"),
                e -> showPassword(user.getUsername(), users.resetPassword(user.getUsername())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void showPassword(String username, String password) {
        Dialog dialog = new Dialog(getTranslation("user.oneTimePassword.title"));
        Div value = new Div(password);
        value.addClassName("wb-password");
        value.setId("one-time-password");
        dialog.add(new Paragraph(getTranslation("user.oneTimePassword.text", username)), value);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    private CheckboxGroup<Role> roles() {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        return roles;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.title");
    }
}
