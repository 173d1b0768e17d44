package com.creditwb.workbench.customer.ui;

import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerFilter;
import com.creditwb.workbench.customer.CustomerService;
import com.vaadin.flow.component.combobox.ComboBox;
import org.springframework.data.domain.Sort;

/** A combo box of the customers the user may see, searched by name or code as the user types, a page at a time. */
public final class CustomerPicker {

    private CustomerPicker() {
    }

    public static ComboBox<Customer> create(String label, CustomerService customers) {
        ComboBox<Customer> box = new ComboBox<>(label);
        bind(box, customers);
        return box;
    }

    public static void bind(ComboBox<Customer> box, CustomerService customers) {
        box.setItems(query -> customers.find(CustomerFilter.text(query.getFilter().orElse("")), query.getOffset(), query.getLimit(),
                Sort.by("name")).stream());
        box.setItemLabelGenerator(c -> c.getCode() + " " + c.getName());
        box.setClearButtonVisible(true);
    }
}
