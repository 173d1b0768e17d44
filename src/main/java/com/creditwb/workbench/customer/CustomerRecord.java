package com.creditwb.workbench.customer;

import com.creditwb.workbench.customer.domain.CompanySize;
import com.creditwb.workbench.customer.domain.ContactRole;
import com.creditwb.workbench.customer.domain.CustomerType;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.customer.domain.LifecycleStage;
import com.creditwb.workbench.customer.domain.Region;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer as the other features see it: a read-only copy taken from {@link CustomerService}, never the entity, so
 * nothing another feature holds can be saved back by accident. Its credit figures are those the customer row keeps
 * ({@link CreditColumns}); its contacts are present when the service says so ({@link CustomerService#record}).
 */
public record CustomerRecord(Long id, String code, String name, String uscc, Industry industry, Region region, CompanySize size,
        LocalDate foundedOn, BigDecimal registeredCapital, CustomerType customerType, LifecycleStage lifecycleStage,
        RelationshipLevel relationshipLevel, String owner, Credit credit, List<ContactRecord> contacts) {

    /** The kind of record a customer's history is filed under (the audit trail's subject type). */
    public static final String AUDIT_TYPE = "Customer";

    public CustomerRecord {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /**
     * The current decision's figures as the customers list shows them: rating, risk class code, the limit in force (元),
     * the last day of a temporary limit, open items of the current aging list and limit less those items (each null when
     * there is none).
     */
    public record Credit(String rating, String riskClass, BigDecimal limit, LocalDate limitUntil, BigDecimal exposure,
            BigDecimal available) {
    }

    /** One of the customer's contacts. */
    public record ContactRecord(Long id, String name, String title, String phone, String email, ContactRole role) {
    }

    public static CustomerRecord of(Customer c, boolean withContacts) {
        return new CustomerRecord(c.getId(), c.getCode(), c.getName(), c.getUscc(), c.getIndustry(), c.getRegion(), c.getSize(),
                c.getFoundedOn(), c.getRegisteredCapital(), c.getCustomerType(), c.getLifecycleStage(), c.getRelationshipLevel(),
                c.getOwner(), new Credit(c.getCreditRating(), c.getCreditRiskClass(), c.getCreditLimit(), c.getCreditLimitUntil(),
                        c.getCreditExposure(), c.getCreditAvailable()),
                withContacts ? c.getContacts().stream().map(x -> new ContactRecord(x.getId(), x.getName(), x.getTitle(), x.getPhone(),
                        x.getEmail(), x.getRole())).toList() : List.of());
    }
}
