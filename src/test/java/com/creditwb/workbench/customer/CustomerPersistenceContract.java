package com.creditwb.workbench.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.audit.AuditAction;
import com.creditwb.workbench.common.audit.AuditLogEntry;
import com.creditwb.workbench.common.validation.UnifiedSocialCreditCode;
import com.creditwb.workbench.customer.domain.CompanySize;
import com.creditwb.workbench.customer.domain.ContactRole;
import com.creditwb.workbench.customer.domain.CustomerType;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.customer.domain.InvestigationSource;
import com.creditwb.workbench.customer.domain.LifecycleStage;
import com.creditwb.workbench.customer.domain.Region;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Repository and service behaviour that must hold on every database the workbench runs on; run by
 * {@link CustomerPersistenceH2Test} and {@link CustomerPersistencePostgresTest}.
 */
abstract class CustomerPersistenceContract {

    private static final AtomicInteger SEQ = new AtomicInteger(500);

    @Autowired
    CustomerService customers;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.customer.CustomerSearch search;

    @Autowired
    CreditFileService creditFiles;

    static Customer newCustomer(String name) {
        int n = SEQ.incrementAndGet();
        Customer c = new Customer();
        c.setCode("T" + n);
        c.setName(name);
        c.setUscc(UnifiedSocialCreditCode.compose('9', '1', "310101", String.format("%08d", 40000000 + n)));
        c.setIndustry(Industry.C);
        c.setRegion(Region.SHANGHAI);
        c.setSize(CompanySize.MEDIUM);
        c.setFoundedOn(LocalDate.of(2005, 6, 1));
        c.setRegisteredCapital(new BigDecimal("50000000.00"));
        c.setCustomerType(CustomerType.FINAL);
        c.setLifecycleStage(LifecycleStage.FORMATION);
        c.setRelationshipLevel(RelationshipLevel.REACTIVE);
        c.addContact(new Contact("周明", "采购经理", "13800000000", "zhou@example.com", ContactRole.DECISION_MAKER));
        return c;
    }

    @Test
    @WithMockUser(username = "account1", roles = "ACCOUNT_MANAGER")
    void a_customer_is_stored_with_its_contacts_and_found_by_name_fragment_code_and_uscc() {
        Customer saved = customers.create(newCustomer("上海青松精密机械有限公司"));

        Customer loaded = customers.get(saved.getId());
        assertThat(loaded.getOwner()).as("an account manager owns what they create").isEqualTo("account1");
        assertThat(loaded.getContacts()).extracting(Contact::getName).containsExactly("周明");
        assertThat(loaded.getRegisteredCapital()).isEqualByComparingTo("50000000");

        assertThat(search.find(CustomerFilter.text("青松精密"), 0, 10, Sort.unsorted())).extracting(Customer::getId).containsExactly(saved.getId());
        assertThat(search.find(CustomerFilter.text(saved.getCode().toLowerCase()), 0, 10, Sort.unsorted())).extracting(Customer::getId).contains(saved.getId());
        assertThat(search.find(CustomerFilter.text(saved.getUscc().substring(0, 14)), 0, 10, Sort.unsorted())).extracting(Customer::getId).containsExactly(saved.getId());
        assertThat(search.count(CustomerFilter.text("青松精密"))).isEqualTo(1);
        assertThat(customers.getByIdOrCode(saved.getCode()).getId()).isEqualTo(saved.getId());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_name_search_follows_renames_and_combines_with_filters() {
        Customer saved = customers.create(newCustomer("杭州翠柏光学仪器有限公司"));
        assertThat(search.find(CustomerFilter.text("翠柏光学"), 0, 10, Sort.unsorted())).extracting(Customer::getId)
                .containsExactly(saved.getId());
        assertThat(search.countUpTo(CustomerFilter.text("翠柏"), 100)).isEqualTo(1);
        assertThat(search.countUpTo(new CustomerFilter("翠柏光学", Industry.F, null, null, null, null), 100))
                .as("the other filters still apply").isZero();

        Customer renamed = customers.get(saved.getId());
        renamed.setName("杭州苍松光电有限公司");
        customers.update(renamed);
        assertThat(search.countUpTo(CustomerFilter.text("翠柏光学"), 100)).as("the old name is gone from the index").isZero();
        assertThat(search.find(CustomerFilter.text("苍松光电"), 0, 10, Sort.by("name"))).extracting(Customer::getId)
                .containsExactly(saved.getId());
        assertThat(search.find(CustomerFilter.text("松光"), 0, 10, Sort.by("name"))).extracting(Customer::getId)
                .contains(saved.getId());
        assertThat(search.countUpTo(CustomerFilter.text("不存在的名称片段"), 100)).isZero();
        for (int i = 0; i < 3; i++) {
            customers.create(newCustomer("苍松计数测试" + i + "有限公司"));
        }
        assertThat(search.countUpTo(CustomerFilter.text("苍松"), 2)).as("more than the cap").isEqualTo(3);
        assertThat(search.countUpTo(CustomerFilter.text("苍松"), 100)).isEqualTo(4);
    }

    @Test
    void the_name_pieces_of_a_text_are_its_bigrams_and_trigrams() {
        assertThat(CustomerNameIndex.grams("华信AB")).containsExactly("华信", "信a", "ab", "华信a", "信ab");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void filters_sorting_and_paging_happen_in_the_database() {
        for (String name : List.of("甲乙分页测试一公司", "甲乙分页测试二公司", "甲乙分页测试三公司")) {
            Customer c = newCustomer(name);
            c.setRegion(Region.TIBET);
            customers.create(c);
        }
        CustomerFilter tibet = new CustomerFilter("甲乙分页测试", null, Region.TIBET, CustomerType.FINAL, null, null);
        assertThat(search.count(tibet)).isEqualTo(3);
        List<Customer> page2 = search.find(tibet, 1, 2, Sort.by(Sort.Order.desc("code")));
        assertThat(page2).hasSize(2);
        assertThat(page2.get(0).getCode()).isGreaterThan(page2.get(1).getCode());
        assertThat(search.count(new CustomerFilter("甲乙分页测试", null, Region.BEIJING, null, null, null))).isZero();
        assertThat(search.find(CustomerFilter.text("100%_"), 0, 10, Sort.unsorted())).as("wildcards are literal").isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void the_second_of_two_concurrent_saves_is_refused_and_nothing_is_overwritten() {
        Long id = customers.create(newCustomer("并发测试有限公司")).getId();
        Customer first = customers.get(id);
        Customer second = customers.get(id);

        first.setAddress("第一位用户的地址");
        customers.update(first);
        second.setAddress("第二位用户的地址");

        assertThatThrownBy(() -> customers.update(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(customers.get(id).getAddress()).isEqualTo("第一位用户的地址");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_stale_save_that_changes_only_contacts_is_refused() {
        Long id = customers.create(newCustomer("联系人并发测试有限公司")).getId();
        Customer first = customers.get(id);
        Customer second = customers.get(id);
        Long read = first.getVersion();

        first.addContact(new Contact("王一", "采购经理", "13800000001", "wang@example.com", ContactRole.DECISION_MAKER));
        Customer saved = customers.update(first);
        // a change of contacts alone moves the customer's version on
        assertThat(saved.getVersion()).isGreaterThan(read);
        assertThat(customers.get(id).getVersion()).isEqualTo(saved.getVersion());

        second.addContact(new Contact("李二", "财务经理", "13800000002", "li@example.com", ContactRole.INFLUENCER));
        assertThatThrownBy(() -> customers.update(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(customers.get(id).getContacts()).extracting(Contact::getName).contains("王一").doesNotContain("李二");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void contacts_change_one_at_a_time_by_command_and_a_refused_change_leaves_every_contact_as_stored() {
        Customer created = customers.create(newCustomer("联系人命令测试有限公司"));
        Long id = created.getId();
        Long zhou = created.getContacts().get(0).getId();
        Customer added = customers.saveContact(id, created.getVersion(), null,
                new CustomerService.ContactForm(" 王一 ", "财务经理", "13800000001", "wang@example.com", ContactRole.INFLUENCER));
        assertThat(added.getVersion()).isGreaterThan(created.getVersion());
        assertThat(customers.get(id).getContacts()).extracting(Contact::getName).containsExactlyInAnyOrder("周明", "王一");
        // an invalid e-mail: refused on its field, nothing stored, the version where it was
        assertThatThrownBy(() -> customers.saveContact(id, added.getVersion(), zhou,
                new CustomerService.ContactForm("周明", "采购总监", "13800000000", "not-an-address", ContactRole.DECISION_MAKER)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field)
                        .containsExactly("email"));
        assertThat(customers.get(id).getContacts()).filteredOn(c -> c.getId().equals(zhou)).extracting(Contact::getTitle)
                .containsExactly("采购经理");
        assertThat(customers.get(id).getVersion()).isEqualTo(added.getVersion());
        // a removal on a stale copy is refused; on the current one it goes
        assertThatThrownBy(() -> customers.removeContact(id, created.getVersion(), zhou)).isInstanceOf(ConcurrentEditException.class);
        assertThat(customers.get(id).getContacts()).hasSize(2);
        customers.removeContact(id, added.getVersion(), zhou);
        assertThat(customers.get(id).getContacts()).extracting(Contact::getName).containsExactly("王一");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void changes_are_audited_with_who_old_and_new_values() {
        Customer c = customers.create(newCustomer("审计测试有限公司"));
        Customer edit = customers.get(c.getId());
        edit.setLifecycleStage(LifecycleStage.STABILITY);
        edit.getContacts().get(0).setTitle("采购总监");
        customers.update(edit);

        List<AuditLogEntry> history = customers.history(c.getId());
        assertThat(history).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.UPDATE);
            assertThat(e.getField()).isEqualTo("lifecycleStage");
            assertThat(e.getOldValue()).isEqualTo("FORMATION");
            assertThat(e.getNewValue()).isEqualTo("STABILITY");
            assertThat(e.getChangedBy()).isEqualTo("admin");
        });
        assertThat(history).anySatisfy(e -> {
            assertThat(e.getEntityType()).isEqualTo("Contact");
            assertThat(e.getField()).isEqualTo("title");
            assertThat(e.getOldValue()).isEqualTo("采购经理");
            assertThat(e.getNewValue()).isEqualTo("采购总监");
        });
        assertThat(history).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.CREATE);
            assertThat(e.getField()).isEqualTo("name");
            assertThat(e.getNewValue()).isEqualTo("审计测试有限公司");
        });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_taken_code_or_uscc_is_refused_with_field_errors() {
        Customer first = customers.create(newCustomer("重复测试一有限公司"));
        Customer copy = newCustomer("重复测试二有限公司");
        copy.setCode(first.getCode());
        copy.setUscc(first.getUscc());
        assertThatThrownBy(() -> customers.create(copy)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field).contains("code", "uscc"));
    }

    @Test
    @WithMockUser(username = "credit1", roles = "CREDIT_MANAGER")
    void credit_file_investigations_and_attachments_are_kept_and_audited() throws Exception {
        Long customerId = search.find(CustomerFilter.ALL, 0, 1, Sort.by("code")).get(0).getId();
        CreditFile file = creditFiles.creditFile(customerId);
        file.setBankRelations("基本户：招商银行上海分行");
        creditFiles.save(file);

        CreditInvestigation inv = creditFiles.newInvestigation(customerId);
        inv.setSource(InvestigationSource.BANK);
        inv.setInvestigatedOn(LocalDate.of(2026, 1, 15));
        inv.setFindings("账户往来正常");
        inv = creditFiles.save(inv);
        Attachment attachment = creditFiles.attach(inv.getId(), "../../etc/报告.pdf", "%PDF-1.4 test".getBytes());

        assertThat(attachment.getFileName()).isEqualTo("报告.pdf");
        assertThat(attachment.getContentType()).isEqualTo("application/pdf");
        try (var download = creditFiles.download(attachment.getId()).content()) {
            assertThat(new String(download.readAllBytes())).isEqualTo("%PDF-1.4 test");
        }
        assertThat(creditFiles.creditFile(customerId).getBankRelations()).isEqualTo("基本户：招商银行上海分行");
        assertThat(creditFiles.investigations(customerId)).anySatisfy(i -> assertThat(i.getAttachments()).hasSize(1));
        assertThat(customers.history(customerId)).anySatisfy(e -> assertThat(e.getEntityType()).isEqualTo("Attachment"));
    }

    @Test
    @WithMockUser(username = "credit1", roles = "CREDIT_MANAGER")
    void files_that_are_not_what_they_claim_are_refused_and_nothing_is_stored() {
        Long customerId = search.find(CustomerFilter.ALL, 0, 1, Sort.by("code")).get(0).getId();
        CreditInvestigation inv = creditFiles.newInvestigation(customerId);
        inv.setSource(InvestigationSource.INTERNAL);
        inv.setInvestigatedOn(LocalDate.of(2026, 2, 1));
        inv.setFindings("走访");
        Long invId = creditFiles.save(inv).getId();

        assertThatThrownBy(() -> creditFiles.attach(invId, "report.pdf", "MZ\u0090\u0000 not a pdf".getBytes()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("report.pdf");
        assertThatThrownBy(() -> creditFiles.attach(invId, "empty.txt", new byte[0])).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> creditFiles.attach(invId, "big.txt", new byte[(int) creditFiles.maxAttachmentBytes() + 1]))
                .isInstanceOf(ValidationException.class);
        assertThat(creditFiles.investigations(customerId)).filteredOn(i -> i.getId().equals(invId))
                .singleElement().satisfies(i -> assertThat(i.getAttachments()).isEmpty());
    }
}
