package com.creditwb.workbench.customer.ui;

import com.creditwb.workbench.common.ui.FormDialog;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.customer.Contact;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.domain.ContactRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;

/** The customer's contacts; saved with the customer, so a concurrent change is detected. */
class ContactsPanel extends VerticalLayout {

    final Problems problems = new Problems();

    final Grid<Contact> grid = new Grid<>(Contact.class, false);
    private final Customer customer;
    private final transient CustomerService customers;
    private final transient Consumer<Customer> onSaved;

    ContactsPanel(Customer customer, CustomerService customers, Consumer<Customer> onSaved) {
        this.customer = customer;
        this.customers = customers;
        this.onSaved = onSaved;
        setPadding(false);
        boolean editable = customers.canEdit(customer);
        grid.addColumn(Contact::getName).setHeader(getTranslation("contact.name")).setAutoWidth(true);
        grid.addColumn(Contact::getTitle).setHeader(getTranslation("contact.title")).setAutoWidth(true);
        grid.addColumn(c -> Labels.of(this, c.getRole())).setHeader(getTranslation("contact.role")).setAutoWidth(true);
        grid.addColumn(Contact::getPhone).setHeader(getTranslation("contact.phone")).setAutoWidth(true);
        grid.addColumn(Contact::getEmail).setHeader(getTranslation("contact.email")).setFlexGrow(1);
        if (editable) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
            Button add = new Button(getTranslation("contact.new"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.setId("new-contact");
            add(add);
        }
        grid.setItems(customer.getContacts());
        grid.setAllRowsVisible(true);
        add(problems, grid);
    }

    private HorizontalLayout actions(Contact contact) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(contact));
        edit.setAriaLabel(getTranslation("common.edit"));
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> remove(contact.getId()));
        remove.setAriaLabel(getTranslation("common.delete"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, remove);
    }

    /** Removes one contact through the service; refused, the list and the customer stay as stored. */
    boolean remove(Long contactId) {
        return problems.attempt(() -> saved(customers.removeContact(customer.getId(), customer.getVersion(), contactId)), Map.of(),
                this::reload);
    }

    /** A contact's form edits a plain command; the contact shown is never changed by the page (null: a new one). */
    FormDialog edit(Contact contact) {
        TextField name = new TextField(getTranslation("contact.name"));
        name.setId("contact-name");
        TextField title = new TextField(getTranslation("contact.title"));
        TextField phone = new TextField(getTranslation("contact.phone"));
        EmailField email = new EmailField(getTranslation("contact.email"));
        Select<ContactRole> role = Labels.select(this, "contact.role", ContactRole.class);
        role.setValue(ContactRole.OTHER);
        if (contact != null) {
            name.setValue(java.util.Objects.toString(contact.getName(), ""));
            title.setValue(java.util.Objects.toString(contact.getTitle(), ""));
            phone.setValue(java.util.Objects.toString(contact.getPhone(), ""));
            email.setValue(java.util.Objects.toString(contact.getEmail(), ""));
            role.setValue(contact.getRole());
        }
        FormDialog dialog = new FormDialog(getTranslation(contact == null ? "contact.new" : "contact.edit"), getTranslation("common.save"),
                () -> saved(customers.saveContact(customer.getId(), customer.getVersion(), contact == null ? null : contact.getId(),
                        new CustomerService.ContactForm(name.getValue(), title.getValue(), phone.getValue(), email.getValue(), role.getValue()))));
        dialog.with(new FormLayout(name, title, role, phone, email))
                .fields(Map.of("name", name, "title", title, "phone", phone, "email", email, "role", role)).onStale(this::reload);
        dialog.primary().setId("save-contact");
        dialog.open();
        return dialog;
    }

    private void saved(Customer saved) {
        Notify.success(getTranslation("common.saved"));
        onSaved.accept(saved);
    }

    private void reload() {
        onSaved.accept(customers.get(customer.getId()));
    }
}
