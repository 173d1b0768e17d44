package com.creditwb.workbench.credit.documents.ui;

import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.NavigationGroup;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.credit.documents.DocumentService;
import com.creditwb.workbench.credit.documents.DocumentSettings;
import com.creditwb.workbench.credit.documents.DocumentType;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;

/**
 * The blocked-documents queue (冻结单据): each held order, delivery or invoice with its customer, amount, age, reasons and
 * the exposure and limit when it was held; a credit manager releases (within their approval authority), rejects or
 * escalates it. ADMIN sets the steps checked, the tolerance, how long a release holds, and each authority.
 */
@Menu(title = "nav.blockedDocuments", order = 2.05, icon = "vaadin:lock")
@NavigationGroup("nav.group.credit")
@Route("credit/blocked")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_})
public class BlockedDocumentsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<DocumentService.Held> grid = new Grid<>();
    final Button settings = new Button();
    final Paragraph authority = new Paragraph();
    private final transient DocumentService documents;
    private final transient UserService users;
    private final transient com.creditwb.workbench.security.CurrentUser currentUser;

    public BlockedDocumentsView(DocumentService documents, UserService users, com.creditwb.workbench.security.CurrentUser currentUser) {
        this.documents = documents;
        this.users = users;
        this.currentUser = currentUser;
        setSizeFull();
        settings.setText(getTranslation("blocked.settings"));
        settings.setId("blocked-settings");
        settings.setVisible(documents.isAdmin());
        settings.addClickListener(e -> openSettings());
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("blocked.title")), settings);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph help = new Paragraph(getTranslation("blocked.help"));
        help.addClassName("wb-muted");
        authority.setId("blocked-authority");
        if (documents.canWorkQueue()) {
            authority.setText(getTranslation("blocked.myAuthority", Formats.amount(documents.authorityOf(currentUser.username()), getLocale())));
        }
        var l = getLocale();
        grid.setId("blocked-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // the reasons get the room: the other columns keep to what they need at 1,366 px
        grid.addColumn(h -> h.customerName()).setHeader(getTranslation("blocked.customer")).setWidth("10em").setFlexGrow(0);
        grid.addColumn(h -> Labels.of(this, h.document().getType()) + " " + h.document().getNumber()).setHeader(getTranslation("blocked.document"))
                .setWidth("9em").setFlexGrow(0);
        grid.addColumn(this::amount).setHeader(getTranslation("blocked.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(h -> Formats.integer(h.ageDays(), l)).setHeader(getTranslation("blocked.age")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> com.creditwb.workbench.common.ui.Lines.reasons(this, h.reasons())).setHeader(getTranslation("blocked.reasons"))
                .setFlexGrow(1).setWidth("18em");
        grid.addColumn(h -> Formats.amount(h.hold().getExposure(), l) + " / " + (h.hold().getLimit() == null ? "—" : Formats.amount(h.hold().getLimit(), l)))
                .setHeader(getTranslation("blocked.exposureLimit")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(h -> h.hold().getAssignedTo() == null ? "" : getTranslation("blocked.escalatedTo", users.displayName(h.hold().getAssignedTo())))
                .setHeader(getTranslation("blocked.escalation")).setWidth("8em").setFlexGrow(0);
        if (documents.canWorkQueue()) {
            grid.addComponentColumn(h -> {
                Button act = new Button(getTranslation("blocked.decide"), e -> openDecision(h));
                act.addThemeVariants(ButtonVariant.LUMO_SMALL);
                act.setId("blocked-decide-" + h.hold().getId());
                return act;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setSizeFull();
        add(title, help, authority, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(documents.queue());
    }

    /** The document's amount in its currency, and in yuan beside it when another (authority and limits are in yuan). */
    String amount(DocumentService.Held h) {
        var l = getLocale();
        String own = Formats.amount(h.document().getAmount(), l) + " " + h.document().getCurrency();
        BigDecimal inLimit = h.document().getAmountInLimit();
        if ("CNY".equals(h.document().getCurrency())) {
            return own;
        }
        return inLimit == null ? getTranslation("blocked.amount.noRate", own) : getTranslation("blocked.amount.inYuan", own, Formats.amount(inLimit, l));
    }

    /** Release, reject or escalate one held document, always with a reason. */
    void openDecision(DocumentService.Held h) {
        var l = getLocale();
        VerticalLayout body = new VerticalLayout();
        body.add(new Div(getTranslation("blocked.line", h.customerName(), Formats.amount(h.document().getAmount(), l), h.document().getCurrency(),
                Formats.amount(h.hold().getExposure(), l), h.hold().getLimit() == null ? "—" : Formats.amount(h.hold().getLimit(), l))));
        h.reasons().forEach(r -> body.add(new Div("• " + r)));
        if (h.hold().getEscalationReason() != null) {
            body.add(new Div(getTranslation("blocked.escalatedBecause", users.displayName(h.hold().getEscalatedBy()), h.hold().getEscalationReason())));
        }
        TextArea reason = new TextArea(getTranslation("blocked.reason"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setId("blocked-reason");
        ComboBox<String> to = new ComboBox<>(getTranslation("blocked.escalateTo"));
        com.creditwb.workbench.security.ui.UserPicker.bind(to, users.creditManagers().stream().filter(u -> !u.username().equals(currentUser.username())).toList());
        to.setId("blocked-to");
        body.add(reason, to);
        FormDialog d = new FormDialog(getTranslation("blocked.decideTitle", Labels.of(this, h.document().getType()), h.document().getNumber()),
                getTranslation("blocked.release"), () -> decided("blocked.done.released", () -> documents.release(h.hold().getId(), reason.getValue())));
        d.setWidth("min(40em, 95vw)");
        d.with(body).fields(Map.of("reason", reason, "to", to));
        d.problems().setId("blocked-problems");
        Button release = d.primary();
        release.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        release.setId("blocked-release");
        // offered only within the user's approval authority; above it, escalate
        release.setVisible(documents.canRelease(h));
        if (!documents.canRelease(h) && documents.canWorkQueue()) {
            body.addComponentAtIndex(body.getComponentCount() - 2, new Div(getTranslation("blocked.aboveAuthority",
                    Formats.amount(documents.authorityOf(currentUser.username()), l))));
        }
        Button reject = new Button(getTranslation("blocked.reject"), e -> d.attempt(() -> decided("blocked.done.rejected",
                () -> documents.reject(h.hold().getId(), reason.getValue()))));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("blocked-reject");
        Button escalate = new Button(getTranslation("blocked.escalate"), e -> d.attempt(() -> decided("blocked.done.escalated",
                () -> documents.escalate(h.hold().getId(), to.getValue(), reason.getValue()))));
        escalate.setId("blocked-escalate");
        d.getFooter().addComponentAtIndex(1, escalate);
        d.getFooter().addComponentAtIndex(2, reject);
        d.open();
    }

    private void decided(String doneKey, java.util.function.Supplier<DocumentService.Held> action) {
        action.get();
        Notify.success(getTranslation(doneKey));
        refresh();
    }

    /** ADMIN: the steps checked, the tolerance, how long a release holds, whether reviews queue, and each authority. */
    void openSettings() {
        DocumentSettings.Rules r = documents.rules();
        CheckboxGroup<DocumentType> steps = new CheckboxGroup<>(getTranslation("field.DocumentSettings.checkedSteps"));
        steps.setItems(DocumentType.values());
        steps.setItemLabelGenerator(t -> Labels.of(this, t));
        steps.setValue(r.checkedSteps());
        steps.setId("settings-steps");
        NumberField tolerance = new NumberField(getTranslation("field.DocumentSettings.tolerance"));
        tolerance.setValue(r.tolerancePercent());
        tolerance.setId("settings-tolerance");
        IntegerField days = new IntegerField(getTranslation("field.DocumentSettings.releaseDays"));
        days.setValue(r.releaseDays());
        days.setId("settings-days");
        Checkbox queueReviews = new Checkbox(getTranslation("field.DocumentSettings.queueReviews"), r.queueReviews());
        VerticalLayout body = new VerticalLayout(steps, tolerance, days, queueReviews, new H4(getTranslation("blocked.authorities")));
        Map<String, BigDecimalField> authorities = new java.util.LinkedHashMap<>();
        documents.authorities().forEach((user, amount) -> {
            BigDecimalField f = new BigDecimalField(users.displayName(user));
            f.setValue(amount);
            f.setId("authority-" + user);
            authorities.put(user, f);
            body.add(f);
        });
        FormDialog d = new FormDialog(getTranslation("blocked.settings"), getTranslation("common.save"), () -> {
            Map<String, BigDecimal> amounts = new java.util.LinkedHashMap<>();
            authorities.forEach((user, f) -> amounts.put(user, f.getValue()));
            documents.saveSettings(new DocumentSettings.Rules(steps.getValue().isEmpty() ? EnumSet.noneOf(DocumentType.class)
                    : EnumSet.copyOf(steps.getValue()), tolerance.getValue() == null ? -1 : tolerance.getValue(),
                    days.getValue() == null ? 0 : days.getValue(), queueReviews.getValue()), amounts);
            Notify.success(getTranslation("blocked.settings.saved"));
        });
        d.with(body).fields(Map.of("tolerancePercent", tolerance, "releaseDays", days));
        d.primary().setId("settings-save");
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("blocked.title");
    }
}
