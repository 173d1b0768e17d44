package com.creditwb.workbench.security.notifications.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.security.notifications.Notification;
import com.creditwb.workbench.security.notifications.NotificationKind;
import com.creditwb.workbench.security.notifications.NotificationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.EnumSet;

/** The bell in the header: the unread count, the list (a click opens what it is about and marks it read), mark all read, e-mail choices. */
public class NotificationBell extends HorizontalLayout {

    final Button bell = new Button(VaadinIcon.BELL_O.create());
    final Span count = new Span();
    final VerticalLayout list = new VerticalLayout();
    private final transient NotificationService notifications;

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setSpacing(false);
        setAlignItems(Alignment.CENTER);
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.setId("notification-bell");
        bell.setAriaLabel(getTranslation("notification.title"));
        bell.setTooltipText(getTranslation("notification.title"));
        bell.addClickListener(e -> open());
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error small pill");
        add(bell, count);
        refreshCount();
    }

    void refreshCount() {
        long n = notifications.unread();
        count.setText(Formats.integer(n, getLocale()));
        count.setVisible(n > 0);
    }

    void open() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("notification.title"));
        d.setWidth("min(40em, 95vw)");
        list.removeAll();
        list.setPadding(false);
        list.setId("notification-list");
        var mine = notifications.mine();
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("notification.none")));
        }
        for (Notification n : mine) {
            Div text = new Div(notifications.text(n, getLocale()));
            Div when = new Div(Formats.dateTime(n.getCreatedAt(), getLocale())
                    + (n.getResolvedAt() == null ? "" : " · " + getTranslation("notification.handled")));
            when.addClassName("wb-muted");
            VerticalLayout item = new VerticalLayout(text, when);
            item.setPadding(false);
            item.setSpacing(false);
            item.setId("notification-" + n.getId());
            item.getStyle().set("cursor", "pointer").set("font-weight", n.needsAction() ? "600" : "normal");
            item.addClickListener(e -> {
                notifications.markRead(n.getId());
                d.close();
                refreshCount();
                if (n.getLink() != null) {
                    UI.getCurrent().navigate(n.getLink());
                }
            });
            list.add(item);
        }
        d.add(list);
        Button all = new Button(getTranslation("notification.markAll"), e -> {
            notifications.markAllRead();
            refreshCount();
            d.close();
        });
        all.setId("notification-mark-all");
        Button settings = new Button(getTranslation("notification.settings"), e -> {
            d.close();
            openSettings();
        });
        settings.setId("notification-settings");
        d.getFooter().add(settings, all, new Button(getTranslation("common.close"), e -> d.close()));
        d.open();
    }

    void openSettings() {
        EmailField email = new EmailField(getTranslation("notification.email"));
        email.setValue(notifications.ownEmail() == null ? "" : notifications.ownEmail());
        email.setWidthFull();
        email.setId("notification-email");
        CheckboxGroup<NotificationKind> kinds = new CheckboxGroup<>(getTranslation("notification.emailKinds"));
        kinds.setItems(NotificationKind.values());
        kinds.setItemLabelGenerator(k -> Labels.of(this, k));
        kinds.setValue(notifications.emailKinds());
        kinds.setId("notification-kinds");
        Paragraph mail = new Paragraph(getTranslation(notifications.mailConfigured() ? "notification.mail.on" : "notification.mail.off"));
        mail.addClassName("wb-muted");
        FormDialog d = new FormDialog(getTranslation("notification.settings"), getTranslation("common.save"), () -> {
            notifications.savePreferences(email.getValue(), kinds.getValue().isEmpty() ? EnumSet.noneOf(NotificationKind.class)
                    : EnumSet.copyOf(kinds.getValue()));
            Notify.success(getTranslation("notification.saved"));
        });
        d.with(mail, email, kinds).fields(java.util.Map.of("email", email));
        d.primary().setId("notification-save");
        d.open();
    }
}
