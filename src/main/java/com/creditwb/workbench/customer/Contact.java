package com.creditwb.workbench.customer;

import com.creditwb.workbench.customer.domain.ContactRole;
import com.creditwb.workbench.common.BaseEntity;
import com.creditwb.workbench.common.audit.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A person at the customer we deal with. */
@Entity
@Table(name = "contact")
public class Contact extends BaseEntity implements AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size}")
    @Column(nullable = false, length = 100)
    @jakarta.validation.constraints.Pattern(regexp = com.creditwb.workbench.common.validation.PlainText.REGEX, message = "{validation.plainText}")
    private String name;

    @Size(max = 100, message = "{validation.size}")
    @Column(length = 100)
    @jakarta.validation.constraints.Pattern(regexp = com.creditwb.workbench.common.validation.PlainText.REGEX, message = "{validation.plainText}")
    private String title;

    @Pattern(regexp = "[0-9+()\\- ]{5,30}|", message = "{validation.phone}")
    @Column(length = 30)
    private String phone;

    @Email(message = "{validation.email}")
    @Size(max = 200, message = "{validation.size}")
    @Column(length = 200)
    private String email;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContactRole role = ContactRole.OTHER;

    public Contact() {
    }

    public Contact(String name, String title, String phone, String email, ContactRole role) {
        this.name = name;
        this.title = title;
        this.phone = phone;
        this.email = email;
        this.role = role;
    }

    @Override
    public String auditSubjectType() {
        return Customer.AUDIT_TYPE;
    }

    @Override
    public Long auditSubjectId() {
        return customer == null ? null : customer.getId();
    }

    @Override
    public Set<String> auditIgnored() {
        return Set.of("customer");
    }

    public Customer getCustomer() {
        return customer;
    }

    void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public ContactRole getRole() {
        return role;
    }

    public void setRole(ContactRole role) {
        this.role = role;
    }
}
