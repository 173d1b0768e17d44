package com.creditwb.workbench.customer.api;

import com.creditwb.workbench.customer.domain.CompanySize;
import com.creditwb.workbench.customer.Contact;
import com.creditwb.workbench.customer.domain.ContactRole;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.domain.CustomerType;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.customer.domain.LifecycleStage;
import com.creditwb.workbench.customer.domain.Region;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A customer as the REST API reads and writes it. */
@Schema(name = "Customer")
public record CustomerDto(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(example = "C000123") String code,
        @Schema(example = "华为技术有限公司") String name,
        @Schema(description = "Unified social credit code (GB 32100-2015)", example = "914403001922038216") String uscc,
        @Schema(description = "Industry section 门类 A–T (GB/T 4754-2017)") Industry industry,
        Region region,
        CompanySize size,
        LocalDate foundedOn,
        @Schema(description = "In 元") BigDecimal registeredCapital,
        String legalRepresentative,
        String address,
        CustomerType customerType,
        LifecycleStage lifecycleStage,
        RelationshipLevel relationshipLevel,
        @Schema(description = "Username of the owning account manager") String owner,
        List<ContactDto> contacts,
        @Schema(description = "The language the customer is written to in (dunning letters); left out: kept, 简体中文 for a new customer")
        com.creditwb.workbench.customer.domain.CorrespondenceLanguage language,
        @Schema(description = "Optimistic-locking version: send back the one you read; a stale one gives 409") Long version) {

    @Schema(name = "Contact")
    public record ContactDto(Long id, String name, String title, String phone, String email, ContactRole role) {

        static ContactDto of(Contact c) {
            return new ContactDto(c.getId(), c.getName(), c.getTitle(), c.getPhone(), c.getEmail(), c.getRole());
        }

        void applyTo(Contact c) {
            c.setName(name);
            c.setTitle(title);
            c.setPhone(phone);
            c.setEmail(email);
            c.setRole(role);
        }
    }

    public static CustomerDto of(Customer c) {
        return new CustomerDto(c.getId(), c.getCode(), c.getName(), c.getUscc(), c.getIndustry(), c.getRegion(), c.getSize(),
                c.getFoundedOn(), c.getRegisteredCapital(), c.getLegalRepresentative(), c.getAddress(), c.getCustomerType(),
                c.getLifecycleStage(), c.getRelationshipLevel(), c.getOwner(),
                c.getContacts().stream().map(ContactDto::of).toList(), c.getLanguage(), c.getVersion());
    }

    /** Copies this request onto a customer; contacts are matched by id, new ones added, missing ones removed. */
    public void applyTo(Customer c) {
        c.setCode(code);
        c.setName(name);
        c.setUscc(uscc);
        c.setIndustry(industry);
        c.setRegion(region);
        c.setSize(size);
        c.setFoundedOn(foundedOn);
        c.setRegisteredCapital(registeredCapital);
        c.setLegalRepresentative(legalRepresentative);
        c.setAddress(address);
        c.setCustomerType(customerType);
        c.setLifecycleStage(lifecycleStage);
        c.setRelationshipLevel(relationshipLevel);
        c.setOwner(owner);
        if (language != null) {
            c.setLanguage(language);
        }
        Map<Long, Contact> existing = c.getContacts().stream().filter(x -> x.getId() != null)
                .collect(Collectors.toMap(Contact::getId, Function.identity()));
        Set<Contact> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ContactDto dto : contacts == null ? List.<ContactDto>of() : contacts) {
            Contact contact = dto.id() == null ? null : existing.get(dto.id());
            if (contact == null) {
                contact = new Contact();
                c.addContact(contact);
            }
            dto.applyTo(contact);
            kept.add(contact);
        }
        for (Contact old : List.copyOf(c.getContacts())) {
            if (!kept.contains(old)) {
                c.removeContact(old);
            }
        }
    }
}
