package com.creditwb.workbench.customer.ui;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.ui.AmountField;
import com.creditwb.workbench.common.ui.EntityBinder;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.domain.CompanySize;
import com.creditwb.workbench.customer.domain.CustomerType;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.customer.domain.LifecycleStage;
import com.creditwb.workbench.customer.domain.Region;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import com.creditwb.workbench.security.UserService.UserSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customer's master data. Field rules come from the entity's constraints (the same ones the
 * service enforces), so the form and the API report the same messages.
 */
public class CustomerForm extends FormLayout {

    final Problems problems = new Problems();

    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextField uscc = new TextField();
    final ComboBox<Industry> industry;
    final ComboBox<Region> region;
    final Select<CompanySize> size;
    final Select<com.creditwb.workbench.customer.domain.CorrespondenceLanguage> language;
    final DatePicker foundedOn = new DatePicker();
    final AmountField registeredCapital = new AmountField();
    final TextField legalRepresentative = new TextField();
    final TextField address = new TextField();
    final Select<CustomerType> customerType;
    final Select<LifecycleStage> lifecycleStage;
    final Select<RelationshipLevel> relationshipLevel;
    final ComboBox<String> owner = new ComboBox<>();

    private final boolean ownerEditable;
    final EntityBinder<Customer> binder = new EntityBinder<>(Customer.class);

    public CustomerForm(List<UserSummary> accountManagers, boolean ownerEditable) {
        this.ownerEditable = ownerEditable;
        label(code, "customer.code", "customer-code");
        label(name, "customer.name", "customer-name");
        label(uscc, "customer.uscc", "customer-uscc");
        uscc.setHelperText(getTranslation("customer.uscc.help"));
        uscc.setMaxLength(18);
        uscc.setValueChangeMode(ValueChangeMode.ON_BLUR);
        industry = Labels.comboBox(this, "customer.industry", Industry.class);
        industry.setItemLabelGenerator(i -> i.name() + " " + getTranslation(i.messageKey()));
        industry.setId("customer-industry");
        region = Labels.comboBox(this, "customer.region", Region.class);
        region.setId("customer-region");
        size = Labels.select(this, "customer.size", CompanySize.class);
        size.setId("customer-size");
        language = Labels.select(this, "customer.language", com.creditwb.workbench.customer.domain.CorrespondenceLanguage.class);
        language.setId("customer-language");
        foundedOn.setLabel(getTranslation("customer.foundedOn"));
        foundedOn.setLocale(getLocale());
        registeredCapital.setLabel(getTranslation("customer.registeredCapital"));
        registeredCapital.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("common.yuan")));
        label(legalRepresentative, "customer.legalRepresentative", null);
        label(address, "customer.address", null);
        customerType = Labels.select(this, "customer.customerType", CustomerType.class);
        customerType.setId("customer-type");
        lifecycleStage = Labels.select(this, "customer.lifecycleStage", LifecycleStage.class);
        lifecycleStage.setId("customer-stage");
        relationshipLevel = Labels.select(this, "customer.relationshipLevel", RelationshipLevel.class);
        relationshipLevel.setId("customer-level");
        owner.setLabel(getTranslation("customer.owner"));
        com.creditwb.workbench.security.ui.UserPicker.bind(owner, accountManagers);
        owner.setClearButtonVisible(true);
        owner.setReadOnly(!ownerEditable);

        binder.bindProperty(code, "code");
        binder.bindProperty(name, "name");
        binder.bindProperty(uscc, "uscc");
        binder.bindProperty(industry, "industry");
        binder.bindProperty(region, "region");
        binder.bindProperty(size, "size");
        binder.bindProperty(language, "language");
        binder.bindProperty(foundedOn, "foundedOn");
        binder.bindProperty(registeredCapital, "registeredCapital");
        binder.bindProperty(legalRepresentative, "legalRepresentative");
        binder.bindProperty(address, "address");
        binder.bindProperty(customerType, "customerType");
        binder.bindProperty(lifecycleStage, "lifecycleStage");
        binder.bindProperty(relationshipLevel, "relationshipLevel");
        binder.bindProperty(owner, "owner");

        add(code, name, uscc, industry, region, size, foundedOn, registeredCapital, legalRepresentative, address,
                customerType, lifecycleStage, relationshipLevel, owner, language, problems);
        setColspan(problems, 3);
        setColspan(name, 2);
        setColspan(address, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2), new ResponsiveStep("70em", 3));
    }

    private void label(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        if (id != null) {
            field.setId(id);
        }
    }

    public void read(Customer customer) {
        binder.readBean(customer);
    }

    /** Copies valid input into the customer; returns false (and marks the fields) when input is invalid. */
    public boolean writeTo(Customer customer) {
        return binder.writeBeanIfValid(customer);
    }

    public void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
        owner.setReadOnly(!editable || !ownerEditable);
    }

    /** Shows the service's field messages on the fields, those that belong to no field in the form's list. */
    public void showErrors(ValidationException e) {
        problems.show(e, fields());
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("name", name);
        fields.put("uscc", uscc);
        fields.put("industry", industry);
        fields.put("region", region);
        fields.put("size", size);
        fields.put("language", language);
        fields.put("foundedOn", foundedOn);
        fields.put("registeredCapital", registeredCapital);
        fields.put("legalRepresentative", legalRepresentative);
        fields.put("address", address);
        fields.put("customerType", customerType);
        fields.put("lifecycleStage", lifecycleStage);
        fields.put("relationshipLevel", relationshipLevel);
        fields.put("owner", owner);
        return fields;
    }
}
