package com.creditwb.workbench.customer.ui;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.audit.AuditValues;
import com.creditwb.workbench.common.ui.ConcurrentEditDialog;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.customer.CreditFileService;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/** One customer: master data, contacts, credit file and history, as tabs that later features extend. */
@Route("customers/:customerId")
@PermitAll
public class CustomerDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CustomerService customers;
    private final transient CreditFileService creditFiles;
    private final transient UserService users;
    private final transient CurrentUser currentUser;
    private final transient List<CustomerTab> featureTabs;
    private final transient AuditValues auditValues;
    private final transient List<CreditFileSection> creditFileSections;
    final TabSheet tabs = new TabSheet();
    private final H2 title = new H2();
    private final Span subtitle = new Span();
    Customer customer;
    CustomerForm form;
    /** The tab the address asked for (its label key), selected once when the page shows. */
    private String requestedTab;

    public CustomerDetailView(CustomerService customers, CreditFileService creditFiles, UserService users, CurrentUser currentUser,
            ObjectProvider<CustomerTab> featureTabs, AuditValues auditValues, ObjectProvider<CreditFileSection> creditFileSections) {
        this.auditValues = auditValues;
        this.creditFileSections = creditFileSections.orderedStream().toList();
        this.customers = customers;
        this.creditFiles = creditFiles;
        this.users = users;
        this.currentUser = currentUser;
        this.featureTabs = featureTabs.orderedStream().sorted(Comparator.comparingInt(CustomerTab::order)).toList();
        addClassName("wb-page");
        setSizeFull();
        subtitle.addClassName("wb-muted");
        RouterLink back = new RouterLink(getTranslation("customers.back"), CustomersView.class);
        HorizontalLayout header = new HorizontalLayout(title, subtitle);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tabs.setSizeFull();
        add(back, header, tabs);
    }

    /** The route parameters that open this view for a customer. */
    public static RouteParameters parameters(Customer customer) {
        return parameters(customer.getId());
    }

    /** The same from the customer's id (the other features hold a customer's record, not the entity). */
    public static RouteParameters parameters(Long customerId) {
        return new RouteParameters("customerId", String.valueOf(customerId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("customerId").orElse("");
        // ?tab=keyAccount (or credit, financials, history …) opens the page on that tab
        requestedTab = event.getLocation().getQueryParameters().getSingleParameter("tab").map(t -> "customer.tab." + t).orElse(null);
        show(customers.getByIdOrCode(id));
    }

    void show(Customer loaded) {
        this.customer = loaded;
        title.setText(loaded.getName());
        subtitle.setText(loaded.getCode() + " · " + loaded.getUscc());
        int selected = Math.max(0, tabs.getSelectedIndex());
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        java.util.List<String> keys = new java.util.ArrayList<>();
        tabs.add(getTranslation("customer.tab.overview"), overview());
        keys.add("customer.tab.overview");
        tabs.add(getTranslation("customer.tab.contacts"), new ContactsPanel(loaded, customers, this::show));
        keys.add("customer.tab.contacts");
        if (creditFiles.canRead(loaded)) {
            tabs.add(getTranslation("customer.tab.creditFile"), new CreditFilePanel(loaded, creditFiles, creditFileSections));
            keys.add("customer.tab.creditFile");
        }
        for (CustomerTab tab : featureTabs) {
            if (tab.visible()) {
                tabs.add(getTranslation(tab.labelKey()), tab.create(com.creditwb.workbench.customer.CustomerRecord.of(loaded, true)));
                keys.add(tab.labelKey());
            }
        }
        tabs.add(getTranslation("customer.tab.history"), new HistoryPanel(customers.history(loaded.getId()), users, auditValues));
        keys.add("customer.tab.history");
        if (requestedTab != null && keys.contains(requestedTab)) {
            selected = keys.indexOf(requestedTab);
            requestedTab = null;
        }
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
    }

    private VerticalLayout overview() {
        boolean editable = customers.canEdit(customer);
        form = new CustomerForm(users.accountManagers(), customers.canAssignOwner());
        form.read(customer);
        form.setEditable(editable);
        VerticalLayout layout = new VerticalLayout(form);
        if (editable) {
            Button saveButton = new Button(getTranslation("common.save"), VaadinIcon.CHECK.create(), e -> saveOverview());
            saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveButton.setId("save-customer");
            layout.add(saveButton);
        } else {
            Span readOnly = new Span(getTranslation("customer.readOnly"));
            readOnly.addClassName("wb-muted");
            layout.add(readOnly);
        }
        layout.setPadding(false);
        return layout;
    }

    /**
     * Saves the overview: the form is written into a fresh copy with the version this page read, never into the customer
     * the page shows, so a refused save leaves the page's customer (and what its tabs send later) as it was read.
     */
    void saveOverview() {
        Customer edited = customers.get(customer.getId());
        edited.setVersion(customer.getVersion());
        if (!form.writeTo(edited)) {
            return;
        }
        try {
            Customer saved = customers.update(edited);
            Notify.success(getTranslation("common.saved"));
            show(saved);
        } catch (ValidationException e) {
            form.showErrors(e);
        } catch (ConcurrentEditException e) {
            ConcurrentEditDialog.open(this, e, () -> show(customers.get(customer.getId())));
        }
    }

    @Override
    public String getPageTitle() {
        return customer == null ? getTranslation("customers.title") : customer.getName();
    }
}
