package com.creditwb.workbench.customer.ui;

import com.creditwb.workbench.customer.CustomerRecord;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section that a later feature adds to the customer's credit file (e.g. the losses collections recorded) without the
 * customer feature depending on it: a Spring bean of this type is picked up and shown under the file's own fields.
 */
public interface CreditFileSection {

    /** The section for the customer, if the signed-in user may see it and there is something to show. */
    Optional<Component> create(CustomerRecord customer);
}
