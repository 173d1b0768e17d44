package com.creditwb.workbench.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.customer.domain.CompanySize;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerFilter;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.domain.CustomerType;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.customer.domain.LifecycleStage;
import com.creditwb.workbench.customer.domain.Region;
import com.creditwb.workbench.customer.domain.RelationshipLevel;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.UserService;
import com.creditwb.workbench.common.audit.AuditValues;
import com.creditwb.workbench.common.i18n.MessagesConfig;
import com.creditwb.workbench.security.UserService.UserSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/** The customer form and list, built directly with mocked services (no browser). */
class CustomerViewsTest {

    static final List<UserSummary> MANAGERS = List.of(new UserSummary("account1", "张客"), new UserSummary("account2", "陈户"));

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    static void fillValid(CustomerForm form) {
        form.code.setValue("V001");
        form.name.setValue("验证测试有限公司");
        form.uscc.setValue("91440300708461136T");
        form.industry.setValue(Industry.I);
        form.region.setValue(Region.GUANGDONG);
        form.size.setValue(CompanySize.LARGE);
        form.customerType.setValue(CustomerType.FINAL);
        form.lifecycleStage.setValue(LifecycleStage.STABILITY);
        form.relationshipLevel.setValue(RelationshipLevel.PARTNERSHIP);
    }

    @Test
    void a_wrong_check_character_is_shown_on_the_uscc_field_and_nothing_is_written() {
        ViewTestSupport.open(Locale.SIMPLIFIED_CHINESE);
        CustomerForm form = new CustomerForm(MANAGERS, true);
        Customer customer = new Customer();
        form.read(customer);
        fillValid(form);
        form.uscc.setValue("91440300708461136X");

        assertThat(form.writeTo(customer)).isFalse();
        assertThat(form.uscc.isInvalid()).isTrue();
        assertThat(form.uscc.getErrorMessage()).contains("应为 T").contains("GB 32100-2015");
        assertThat(customer.getUscc()).as("nothing half-written").isNull();
    }

    @Test
    void valid_input_is_written_to_the_customer_and_labels_follow_the_language() {
        ViewTestSupport.open(Locale.ENGLISH);
        CustomerForm form = new CustomerForm(MANAGERS, true);
        Customer customer = new Customer();
        form.read(customer);
        fillValid(form);
        form.owner.setValue("account2");

        assertThat(form.writeTo(customer)).isTrue();
        assertThat(customer.getUscc()).isEqualTo("91440300708461136T");
        assertThat(customer.getOwner()).isEqualTo("account2");
        assertThat(form.uscc.getLabel()).isEqualTo("Unified social credit code");
        assertThat(form.industry.getItemLabelGenerator().apply(Industry.C)).isEqualTo("C Manufacturing");
        assertThat(form.owner.getItemLabelGenerator().apply("account2")).isEqualTo("陈户");
    }

    @Test
    void required_fields_are_marked_when_empty() {
        ViewTestSupport.open(Locale.ENGLISH);
        CustomerForm form = new CustomerForm(MANAGERS, true);
        form.read(new Customer());
        assertThat(form.writeTo(new Customer())).isFalse();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("Required");
        assertThat(form.code.isRequiredIndicatorVisible()).isTrue();
    }

    @Test
    void service_errors_land_on_their_fields() {
        ViewTestSupport.open(Locale.ENGLISH);
        CustomerForm form = new CustomerForm(MANAGERS, true);
        form.showErrors(new ValidationException(List.of(
                new ValidationException.FieldError("code", "taken"), new ValidationException.FieldError("elsewhere", "other"))));
        assertThat(form.code.isInvalid()).isTrue();
        assertThat(form.code.getErrorMessage()).isEqualTo("taken");
        assertThat(form.problems.messages()).as("a message of no field on the form is listed with the form").containsExactly("other");
    }

    @Test
    void the_owner_cannot_be_changed_by_an_account_manager_and_a_read_only_form_stays_read_only() {
        ViewTestSupport.open(Locale.ENGLISH);
        CustomerForm form = new CustomerForm(MANAGERS, false);
        form.setEditable(true);
        assertThat(form.owner.isReadOnly()).isTrue();
        assertThat(form.name.isReadOnly()).isFalse();
        form.setEditable(false);
        assertThat(form.name.isReadOnly()).isTrue();
    }

    final com.creditwb.workbench.customer.CustomerSearch search = mock(com.creditwb.workbench.customer.CustomerSearch.class);

    private CustomersView listView(CustomerService customers, boolean canCreate) {
        UserService users = mock(UserService.class);
        when(users.accountManagers()).thenReturn(MANAGERS);
        when(customers.canCreate()).thenReturn(canCreate);
        return new CustomersView(customers, search, users, mock(CurrentUser.class));
    }

    @Test
    void the_list_asks_the_database_for_pages_and_counts_with_the_filter() {
        ViewTestSupport.open(Locale.SIMPLIFIED_CHINESE);
        CustomerService customers = mock(CustomerService.class);
        when(search.countUpTo(any(), anyInt())).thenReturn(1234L);
        when(search.find(any(), anyLong(), anyInt(), any())).thenReturn(List.of());
        CustomersView view = listView(customers, false);

        assertThat(view.create.isVisible()).as("no create button without the role").isFalse();
        assertThat(view.total.getText()).isEqualTo("共 1,234 个客户");
        assertThat(view.grid.getColumns()).extracting(Grid.Column::getKey)
                .contains("code", "name", "uscc", "industry", "region", "customerType", "lifecycleStage", "owner");

        view.search.setValue("华为");
        view.region.setValue(Region.GUANGDONG);
        CustomerFilter filter = view.filter();
        assertThat(filter.text()).isEqualTo("华为");
        assertThat(filter.region()).isEqualTo(Region.GUANGDONG);
        verify(search).countUpTo(new CustomerFilter("华为", null, Region.GUANGDONG, null, null, null), CustomersView.COUNT_CAP);
    }

    @Test
    void a_search_matching_more_than_the_cap_says_so_instead_of_counting_every_row() {
        ViewTestSupport.open(Locale.ENGLISH);
        CustomerService customers = mock(CustomerService.class);
        when(search.countUpTo(any(), anyInt())).thenReturn(3_000_000L);
        CustomersView view = listView(customers, false);
        assertThat(view.total.getText()).as("the whole list is counted exactly").isEqualTo("3,000,000 customers");

        when(search.countUpTo(any(), anyInt())).thenReturn(CustomersView.COUNT_CAP + 1L);
        view.search.setValue("科技");
        assertThat(view.total.getText()).startsWith("More than 10,000 customers match");
    }

    @Test
    void account_managers_see_the_create_button() {
        ViewTestSupport.open(Locale.ENGLISH);
        CustomerService customers = mock(CustomerService.class);
        CustomersView view = listView(customers, true);
        assertThat(view.create.isVisible()).isTrue();
        assertThat(view.create.getText()).isEqualTo("New customer");
        verify(customers, never()).create(any());
    }

    @Test
    void the_export_streams_the_filtered_list_page_by_page() throws Exception {
        ViewTestSupport.open(Locale.ENGLISH);
        CustomerService customers = mock(CustomerService.class);
        when(search.countUpTo(any(), anyInt())).thenReturn(1005L);
        java.util.List<Customer> page = new java.util.ArrayList<>();
        for (int i = 0; i < CustomersView.EXPORT_PAGE; i++) {
            Customer c = new Customer();
            c.setCode(String.format("C%05d", i));
            c.setName("=导出测试" + i);
            c.setIndustry(Industry.C);
            page.add(c);
        }
        Customer lastOne = new Customer();
        lastOne.setCode("C99999");
        lastOne.setName("最后一家有限公司");
        lastOne.setRegisteredCapital(new java.math.BigDecimal("3000000.00"));
        when(search.find(any(), anyLong(), anyInt(), any())).thenAnswer(inv -> (long) inv.getArgument(1) == 0 ? page
                : (long) inv.getArgument(1) == CustomersView.EXPORT_PAGE ? List.of(lastOne) : List.of());
        CustomersView view = listView(customers, false);
        view.industry.setValue(Industry.C);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        view.writeList(out);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3 + CustomersView.EXPORT_PAGE); // title, blank, header, 1,001 rows
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("=导出测试0");
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(3 + CustomersView.EXPORT_PAGE).getCell(8).getNumericCellValue()).isEqualTo(3_000_000.0);
        }
        // read in pages of 1,000 with the filter shown, never all at once
        verify(search).find(org.mockito.ArgumentMatchers.argThat(f -> f.industry() == Industry.C), org.mockito.ArgumentMatchers.eq(0L),
                org.mockito.ArgumentMatchers.eq(CustomersView.EXPORT_PAGE), any());
        verify(search).find(any(), org.mockito.ArgumentMatchers.eq((long) CustomersView.EXPORT_PAGE),
                org.mockito.ArgumentMatchers.eq(CustomersView.EXPORT_PAGE), any());
    }

    @Test
    void grid_sort_orders_become_database_sort_orders() {
        Sort sort = CustomersView.toSort(List.of(new QuerySortOrder("name", SortDirection.DESCENDING), new QuerySortOrder("code", SortDirection.ASCENDING)));
        assertThat(sort).containsExactly(Sort.Order.desc("name"), Sort.Order.asc("code"));
    }

    @Test
    void history_shows_labels_and_values_in_the_readers_language() {
        ViewTestSupport.open(Locale.SIMPLIFIED_CHINESE);
        MessagesConfig config = new MessagesConfig();
        AuditValues values = new AuditValues(config.messageSource(), Map.of("Customer.lifecycleStage", LifecycleStage.class,
                "Customer.industry", Industry.class, "Customer.address", String.class,
                "EconomicsYear.revenue", java.math.BigDecimal.class, "KeyAccountProfile.answers", String.class,
                "Assessment.nextReviewDate", java.time.LocalDate.class));
        assertThat(values.value("Customer", "lifecycleStage", "DECLINE", Locale.SIMPLIFIED_CHINESE)).isEqualTo("退化期");
        assertThat(values.value("Customer", "industry", "C", Locale.SIMPLIFIED_CHINESE)).isEqualTo("制造业");
        assertThat(values.value("Customer", "address", "人民路1号", Locale.SIMPLIFIED_CHINESE)).isEqualTo("人民路1号");
        // amounts with the locale's grouping, not the stored plain string
        assertThat(values.value("EconomicsYear", "revenue", "2773070", Locale.ENGLISH)).isEqualTo("2,773,070");
        // structured values are not shown as raw JSON
        assertThat(values.value("KeyAccountProfile", "answers", "{\"Q1\":3}", Locale.ENGLISH)).isEqualTo("details changed");
        assertThat(values.value("Assessment", "nextReviewDate", "2026-03-31", Locale.ENGLISH)).isEqualTo("Mar 31, 2026");
        HistoryPanel panel = new HistoryPanel(List.of(), mock(UserService.class), values);
        assertThat(panel.grid.getColumns()).hasSize(6);
    }

    @Test
    void a_refused_contact_removal_or_edit_changes_nothing_the_page_saves_later() {
        ViewTestSupport.open(Locale.ENGLISH);
        Customer customer = new Customer();
        customer.addContact(new com.creditwb.workbench.customer.Contact("周明", "采购经理", "13800000000", "zhou@example.com",
                com.creditwb.workbench.customer.domain.ContactRole.DECISION_MAKER));
        CustomerService service = mock(CustomerService.class);
        when(service.canEdit(customer)).thenReturn(true);
        when(service.removeContact(any(), any(), any())).thenThrow(ValidationException.of("contacts", "refused"));
        when(service.saveContact(any(), any(), any(), any())).thenThrow(ValidationException.of("email", "not an e-mail address"));
        java.util.List<Customer> shown = new java.util.ArrayList<>();
        ContactsPanel panel = new ContactsPanel(customer, service, shown::add);
        assertThat(panel.remove(7L)).isFalse();
        assertThat(panel.problems.messages()).containsExactly("refused");
        var edit = panel.edit(customer.getContacts().get(0));
        edit.primary().click();
        assertThat(edit.isOpened()).as("refused, the dialog keeps what was typed").isTrue();
        // the customer the page would save with its overview is as it was read: its contact neither removed nor changed
        assertThat(customer.getContacts()).extracting(com.creditwb.workbench.customer.Contact::getEmail).containsExactly("zhou@example.com");
        assertThat(panel.grid.getGenericDataView().getItems().toList()).hasSize(1);
        assertThat(shown).as("nothing re-shown as saved").isEmpty();
        verify(service, never()).update(any());
    }
}
