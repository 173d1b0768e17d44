package com.creditwb.workbench.alliance.ui;

import com.creditwb.workbench.alliance.Alliance;
import com.creditwb.workbench.alliance.AllianceForm;
import com.creditwb.workbench.alliance.AlliancePartner;
import com.creditwb.workbench.alliance.AlliancePartnerService;
import com.creditwb.workbench.alliance.domain.CompositionForm;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.PercentField;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.ui.CustomerDetailView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The partners of an alliance with what the workbench knows of those that are customers. Each change — add, edit, remove,
 * the equity shares — is one call to the service with the version the page read; the page then shows what the service
 * holds, so a refused change leaves the screen and the database as they were.
 */
class PartnersSection extends VerticalLayout {

    private final transient AlliancePartnerService partnerService;
    private final transient com.creditwb.workbench.customer.CustomerSearch customers;
    private final Alliance alliance;
    private final transient Runnable reload;
    final Grid<AlliancePartner> grid = new Grid<>();
    final Button add = new Button();
    final Button shares = new Button();
    final Problems problems = new Problems();

    PartnersSection(Alliance alliance, boolean editable, AlliancePartnerService partnerService, com.creditwb.workbench.customer.CustomerSearch customers, Runnable reload) {
        this.alliance = alliance;
        this.partnerService = partnerService;
        this.customers = customers;
        this.reload = reload;
        setPadding(false);
        grid.setId("alliance-partners");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> partnerService.partnerCustomer(p).<Component>map(c -> new Anchor(customerUrl(c), c.name()))
                .orElseGet(() -> new Span(p.getName()))).setHeader(getTranslation("alliance.field.partnerName")).setWidth("12em").setFlexGrow(3);
        // a partner customer's key-account plans are on its Key account tab
        grid.addComponentColumn(p -> partnerService.partnerCustomer(p).<Component>map(c -> new Anchor(customerUrl(c) + "?tab=keyAccount",
                getTranslation("alliance.partner.plans"))).orElseGet(Span::new))
                .setHeader(getTranslation("alliance.field.plans")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.getUscc() == null ? "" : p.getUscc()).setHeader(getTranslation("customer.uscc")).setWidth("14em").setFlexGrow(0);
        grid.addColumn(p -> percent(p.getEquityShare())).setHeader(getTranslation("alliance.field.share"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        Map<Long, AlliancePartnerService.PartnerFacts> facts = new LinkedHashMap<>();
        alliance.getPartners().forEach(p -> facts.put(p.getId(), partnerService.facts(p)));
        grid.addColumn(p -> nz(facts.get(p.getId()).rating())).setHeader(getTranslation("customer.credit.rating")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> facts.get(p.getId()).riskClass() == null ? "" : getTranslation("credit.class." + facts.get(p.getId()).riskClass()))
                .setHeader(getTranslation("customer.credit.riskClass")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> amount(facts.get(p.getId()).limit())).setHeader(getTranslation("customer.credit.limit"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> amount(facts.get(p.getId()).exposure())).setHeader(getTranslation("customer.credit.exposure"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> amount(facts.get(p.getId()).overdue())).setHeader(getTranslation("alliance.field.overdue"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> facts.get(p.getId()).segment() == null ? "" : getTranslation("keyaccount.tier." + facts.get(p.getId()).segment()))
                .setHeader(getTranslation("alliance.field.segment")).setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.addComponentColumn(p -> {
                Button edit = new Button(getTranslation("common.edit"), e -> openPartner(p));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                Button remove = new Button(getTranslation("common.delete"), e -> remove(p.getId()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                return new HorizontalLayout(edit, remove);
            }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        }
        grid.setItems(alliance.getPartners());
        grid.setAllRowsVisible(true);
        add.setText(getTranslation("alliance.partner.add"));
        add.setId("alliance-partner-add");
        add.addClickListener(e -> openPartner(null));
        shares.setText(getTranslation("alliance.shares.edit"));
        shares.setId("alliance-shares");
        shares.addClickListener(e -> openShares());
        add.setVisible(editable);
        shares.setVisible(editable && alliance.getCompositionForm() == CompositionForm.EQUITY);
        add(new H4(getTranslation("alliance.section.partners")), grid);
        if (alliance.getCompositionForm() == CompositionForm.EQUITY) {
            Paragraph ours = new Paragraph(getTranslation("alliance.shares.ours", percent(alliance.getOurEquityShare())));
            ours.setId("alliance-our-share");
            add(ours);
        }
        problems.setId("partner-problems");
        add(problems, new HorizontalLayout(add, shares));
    }

    /** Removes a partner through the service; refused, nothing changes on screen or on disk. */
    /** Removes a partner through the service; refused, the partner stays on screen and the reason is listed. */
    boolean remove(Long partnerId) {
        return problems.attempt(() -> apply(() -> partnerService.removePartner(alliance.getId(), alliance.getVersion(), partnerId)),
                Map.of(), reload);
    }

    /** The change a partner dialog asks for (the dialog shows a refusal). */
    void save(Long partnerId, AllianceForm.Partner p) {
        apply(() -> partnerId == null ? partnerService.addPartner(alliance.getId(), alliance.getVersion(), p)
                : partnerService.updatePartner(alliance.getId(), alliance.getVersion(), partnerId, p));
    }

    /** The change the shares dialog asks for. */
    void saveShares(BigDecimal ours, Map<Long, BigDecimal> byPartner) {
        apply(() -> partnerService.setShares(alliance.getId(), alliance.getVersion(), ours, byPartner));
    }

    private void apply(Supplier<Alliance> change) {
        change.get();
        Notify.success(getTranslation("alliance.saved"));
        reload.run();
    }

    void openPartner(AlliancePartner existing) {
        ComboBox<CustomerRecord> customer = new ComboBox<>(getTranslation("alliance.field.partnerCustomer"));
        com.creditwb.workbench.customer.ui.CustomerPicker.bind(customer, customers);
        customer.setWidthFull();
        customer.setId("partner-customer");
        TextField org = new TextField(getTranslation("alliance.field.partnerOrganisation"));
        org.setWidthFull();
        org.setId("partner-name");
        TextField uscc = new TextField(getTranslation("customer.uscc"));
        TextField contact = new TextField(getTranslation("alliance.field.contact"));
        contact.setMaxLength(300);
        PercentField share = shareField(getTranslation("alliance.field.share"), existing == null ? null : existing.getEquityShare());
        share.setId("partner-share");
        if (existing != null) {
            partnerService.partnerCustomer(existing).ifPresentOrElse(customer::setValue, () -> {
                org.setValue(existing.getName());
                uscc.setValue(nz(existing.getUscc()));
            });
            contact.setValue(nz(existing.getContact()));
        }
        FormDialog d = new FormDialog(getTranslation(existing == null ? "alliance.partner.add" : "alliance.partner.edit"),
                getTranslation(existing == null ? "common.add" : "common.save"), () -> {
                    BigDecimal s = share.getValue();
                    save(existing == null ? null : existing.getId(), customer.getValue() != null
                            ? new AllianceForm.Partner(customer.getValue().id(), null, null, contact.getValue(), s)
                            : new AllianceForm.Partner(null, org.getValue(), uscc.getValue(), contact.getValue(), s));
                });
        d.with(customer, new Paragraph(getTranslation("alliance.partner.or")), org, uscc, contact, share)
                .fields(Map.of("customerId", customer, "name", org, "uscc", uscc, "contact", contact, "equityShare", share))
                .onStale(reload);
        d.primary().setId("partner-save");
        d.open();
    }

    void openShares() {
        PercentField ours = shareField(getTranslation("alliance.shares.oursLabel"), alliance.getOurEquityShare());
        ours.setId("share-ours");
        VerticalLayout body = new VerticalLayout(ours);
        Map<Long, PercentField> fields = new LinkedHashMap<>();
        for (AlliancePartner p : alliance.getPartners()) {
            PercentField f = shareField(p.getName(), p.getEquityShare());
            fields.put(p.getId(), f);
            body.add(f);
        }
        body.add(new Paragraph(getTranslation("alliance.shares.help")));
        FormDialog d = new FormDialog(getTranslation("alliance.shares.edit"), getTranslation("common.save"), () -> {
            Map<Long, BigDecimal> byPartner = new LinkedHashMap<>();
            fields.forEach((id, f) -> byPartner.put(id, f.getValue()));
            saveShares(ours.getValue(), byPartner);
        });
        d.with(body).fields(Map.of("ourEquityShare", ours)).onStale(reload);
        d.primary().setId("shares-save");
        d.open();
    }

    private static PercentField shareField(String label, BigDecimal fraction) {
        PercentField f = new PercentField(label);
        f.setValue(fraction);
        f.setWidthFull();
        return f;
    }

    private String percent(BigDecimal fraction) {
        return fraction == null ? "—" : Formats.percent(fraction.doubleValue(), getLocale());
    }

    private String amount(BigDecimal value) {
        return value == null ? "" : Formats.amount(value, getLocale());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String customerUrl(CustomerRecord c) {
        return com.vaadin.flow.router.RouteConfiguration.forSessionScope().getUrl(CustomerDetailView.class, CustomerDetailView.parameters(c.id()));
    }
}
