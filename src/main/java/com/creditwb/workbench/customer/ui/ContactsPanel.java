package com.creditwb.workbench.customer.ui;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.ui.ConcurrentEditDialog;
import com.creditwb.workbench.common.ui.EntityBinder;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.customer.Contact;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.domain.ContactRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
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
            Button add = new Button(getTranslation("contact.new"), VaadinIcon.PLUS.create(), e -> edit(new Contact(), true));
            add.setId("new-contact");
            add(add);
        }
        grid.setItems(customer.getContacts());
        grid.setAllRowsVisible(true);
        add(problems, grid);
    }

    private HorizontalLayout actions(Contact contact) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(contact, false));
        edit.setAriaLabel(getTranslation("common.edit"));
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            customer.removeContact(contact);
            save();
        });
        remove.setAriaLabel(getTranslation("common.delete"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, remove);
    }

    void edit(Contact contact, boolean isNew) {
        Dialog dialog = new Dialog(getTranslation(isNew ? "contact.new" : "contact.edit"));
        TextField name = new TextField(getTranslation("contact.name"));
        name.setId("contact-name");
        TextField title = new TextField(getTranslation("contact.title"));
        TextField phone = new TextField(getTranslation("contact.phone"));
        EmailField email = new EmailField(getTranslation("contact.email"));
        Select<ContactRole> role = Labels.select(this, "contact.role", ContactRole.class);
        EntityBinder<Contact> binder = new EntityBinder<>(Contact.class);
        binder.bindProperty(name, "name");
        binder.bindProperty(title, "title");
        binder.bindProperty(phone, "phone");
        binder.bindProperty(email, "email");
        binder.bindProperty(role, "role");
        binder.readBean(contact);
        Button ok = new Button(getTranslation("common.save"), e -> {
            if (binder.writeBeanIfValid(contact)) {
                if (isNew) {
                    customer.addContact(contact);
                }
                if (save()) {
                    dialog.close();
                } else if (isNew) {
                    customer.removeContact(contact);
                }
            }
        });
        ok.setId("save-contact");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, title, role, phone, email));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private boolean save() {
        problems.clear();
        try {
            Customer saved = customers.update(customer);
            Notify.success(getTranslation("common.saved"));
            onSaved.accept(saved);
            return true;
        } catch (ValidationException e) {
            problems.show(e);
            return false;
        } catch (ConcurrentEditException e) {
            ConcurrentEditDialog.open(this, e, () -> onSaved.accept(customers.get(customer.getId())));
            return false;
        }
    }
}
