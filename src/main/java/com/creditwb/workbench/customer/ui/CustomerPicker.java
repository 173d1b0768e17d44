package com.creditwb.workbench.customer.ui;

import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerFilter;
import com.creditwb.workbench.customer.CustomerSearch;
import com.vaadin.flow.component.combobox.ComboBox;
import org.springframework.data.domain.Sort;

/** A combo box of the customers the user may see, searched by name or code as the user types, a page at a time. */
public final class CustomerPicker {

    private CustomerPicker() {
    }

    public static ComboBox<CustomerRecord> create(String label, CustomerSearch customers) {
        ComboBox<CustomerRecord> box = new ComboBox<>(label);
        bind(box, customers);
        return box;
    }

    public static void bind(ComboBox<CustomerRecord> box, CustomerSearch customers) {
        box.setItems(query -> customers.findRecords(CustomerFilter.text(query.getFilter().orElse("")), query.getOffset(), query.getLimit(),
                Sort.by("name")).stream());
        box.setItemLabelGenerator(c -> c.code() + " " + c.name());
        box.setClearButtonVisible(true);
    }
}
