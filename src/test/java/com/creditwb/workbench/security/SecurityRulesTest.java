package com.creditwb.workbench.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.WorkbenchTest;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.customer.CreditFileService;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerFilter;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.domain.CustomerType;
import com.creditwb.workbench.customer.domain.LifecycleStage;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import com.creditwb.workbench.customer.domain.CompanySize;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.customer.domain.Region;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** Roles are checked by the services themselves, whatever the UI shows. */
@WorkbenchTest
class SecurityRulesTest {

    @Autowired
    CustomerService customers;
    @org.springframework.beans.factory.annotation.Autowired
    com.creditwb.workbench.customer.CustomerSearch search;

    @Autowired
    CreditFileService creditFiles;

    @Autowired
    UserService users;

    private Customer ownedBy(String owner) {
        return search.find(new CustomerFilter(null, null, null, null, null, owner), 0, 1, Sort.by("code")).get(0);
    }

    @Test
    void nothing_is_served_without_a_signed_in_user() {
        assertThatThrownBy(() -> search.count(CustomerFilter.ALL)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(username = "finance1", roles = "FINANCE")
    void finance_reads_customers_but_cannot_create_or_edit_them() {
        assertThat(search.count(CustomerFilter.ALL)).isPositive();
        Customer any = ownedBy("account1");
        assertThat(customers.canEdit(any)).isFalse();
        assertThatThrownBy(() -> customers.create(new Customer())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> customers.update(any)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> creditFiles.save(creditFiles.creditFile(any.getId()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "account2", roles = "ACCOUNT_MANAGER")
    void an_account_manager_edits_own_customers_only() {
        Customer mine = customers.get(ownedBy("account2").getId());
        Customer theirs = customers.get(ownedBy("account1").getId());
        mine.setAddress("客户经理修改的地址");
        assertThat(customers.update(mine).getAddress()).isEqualTo("客户经理修改的地址");
        theirs.setAddress("不应保存");
        assertThatThrownBy(() -> customers.update(theirs)).isInstanceOf(AccessDeniedException.class);
        assertThat(customers.get(theirs.getId()).getAddress()).isNotEqualTo("不应保存");
    }

    @Test
    @WithMockUser(username = "account2", roles = "ACCOUNT_MANAGER")
    void an_account_manager_cannot_hand_a_customer_to_someone_else() {
        Customer mine = customers.get(ownedBy("account2").getId());
        mine.setOwner("account1");
        assertThatThrownBy(() -> customers.update(mine)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field).containsExactly("owner"));
    }

    @Test
    @WithMockUser(username = "credit1", roles = "CREDIT_MANAGER")
    void a_credit_manager_edits_credit_files_but_not_customers() {
        Customer any = ownedBy("account1");
        assertThatThrownBy(() -> customers.create(new Customer())).isInstanceOf(AccessDeniedException.class);
        var file = creditFiles.creditFile(any.getId());
        file.setGuarantees("信用经理录入的担保");
        assertThat(creditFiles.save(file).getGuarantees()).isEqualTo("信用经理录入的担保");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void only_the_owner_may_be_an_active_account_manager() {
        Customer c = new Customer();
        c.setCode("OWNERTEST");
        c.setName("归属测试有限公司");
        c.setUscc("914403001922038216");
        c.setIndustry(Industry.C);
        c.setRegion(Region.GUANGDONG);
        c.setSize(CompanySize.LARGE);
        c.setCustomerType(CustomerType.FINAL);
        c.setLifecycleStage(LifecycleStage.STABILITY);
        c.setRelationshipLevel(RelationshipLevel.PARTNERSHIP);
        c.setOwner("credit1");
        assertThatThrownBy(() -> customers.create(c)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.getErrors()).extracting(ValidationException.FieldError::field).contains("owner"));
    }

    @Test
    @WithMockUser(username = "account1", roles = "ACCOUNT_MANAGER")
    void user_administration_is_for_administrators_only() {
        assertThatThrownBy(() -> users.findAll()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create("intruder", "Intruder", Set.of(Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword("admin")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_new_user_gets_a_one_time_password_that_must_be_changed() {
        String password = users.create("newcomer", "新同事", Set.of(Role.FINANCE));
        assertThat(password).hasSize(16);
        assertThat(users.findAll()).filteredOn(u -> u.getUsername().equals("newcomer"))
                .singleElement().satisfies(u -> {
                    assertThat(u.isMustChangePassword()).isTrue();
                    assertThat(u.getRoles()).containsExactly(Role.FINANCE);
                });
        assertThatThrownBy(() -> users.create("newcomer", "重复", Set.of(Role.FINANCE))).isInstanceOf(ValidationException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_cannot_lock_themselves_out() {
        AppUser me = users.findAll().stream().filter(u -> u.getUsername().equals("admin")).findFirst().orElseThrow();
        assertThatThrownBy(() -> users.update("admin", me.getVersion(), new UserService.Edit(me.getDisplayName(), Set.of(Role.FINANCE), true)))
                .isInstanceOf(ValidationException.class);
        assertThat(users.findAll().stream().filter(u -> u.getUsername().equals("admin")).findFirst().orElseThrow().getRoles())
                .as("refused, nothing changed").contains(Role.ADMIN);
    }
}
