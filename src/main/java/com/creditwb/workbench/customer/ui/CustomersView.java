package com.creditwb.workbench.customer.ui;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerFilter;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.domain.CustomerType;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.customer.domain.LifecycleStage;
import com.creditwb.workbench.customer.domain.Region;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.UserService.UserSummary;
import com.creditwb.workbench.security.UserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.domain.Sort;

/**
 * The customer list: a lazy grid (paging, sorting and filtering happen in the database) with a
 * search box and filters; filters can be set from the URL, e.g. {@code customers?stage=DECLINE}.
 */
@com.vaadin.flow.router.Menu(title = "nav.customers", order = 1.0, icon = "vaadin:building")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.customers")
@Route("customers")
@PermitAll
public class CustomersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField search = new TextField();
    final ComboBox<Industry> industry;
    final ComboBox<Region> region;
    final ComboBox<CustomerType> type;
    final ComboBox<LifecycleStage> stage;
    final ComboBox<String> owner = new ComboBox<>();
    final Grid<Customer> grid = new Grid<>(Customer.class, false);
    final Button create = new Button();
    final Span total = new Span();
    final com.vaadin.flow.component.html.Anchor export;

    private final transient CustomerService customers;

    private final transient com.creditwb.workbench.customer.CustomerSearch customerSearch;
    private final transient UserService users;
    private final transient CurrentUser currentUser;
    private final Map<String, String> ownerNames = new java.util.HashMap<>();
    private boolean applyingParameters;

    public CustomersView(CustomerService customers, com.creditwb.workbench.customer.CustomerSearch customerSearch, UserService users, CurrentUser currentUser) {
        this.customers = customers;
        this.customerSearch = customerSearch;
        this.users = users;
        this.currentUser = currentUser;
        addClassName("wb-page");
        setSizeFull();

        search.setPlaceholder(getTranslation("customers.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("customer-search");
        search.setWidth("18em");
        industry = Labels.comboBox(this, "customer.industry", Industry.class);
        industry.setItemLabelGenerator(i -> i.name() + " " + getTranslation(i.messageKey()));
        region = Labels.comboBox(this, "customer.region", Region.class);
        type = Labels.comboBox(this, "customer.customerType", CustomerType.class);
        stage = Labels.comboBox(this, "customer.lifecycleStage", LifecycleStage.class);
        owner.setLabel(getTranslation("customer.owner"));
        List<UserSummary> managers = users.accountManagers();
        managers.forEach(u -> ownerNames.put(u.username(), u.displayName()));
        com.creditwb.workbench.security.ui.UserPicker.bind(owner, managers);
        owner.setClearButtonVisible(true);
        search.setLabel(getTranslation("customers.searchLabel"));

        create.setText(getTranslation("customers.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-customer");
        create.setVisible(customers.canCreate());
        create.addClickListener(e -> openCreate());

        configureGrid();
        for (var field : List.of(industry, region, type, stage)) {
            field.addValueChangeListener(e -> filterChanged());
        }
        owner.addValueChangeListener(e -> filterChanged());
        search.addValueChangeListener(e -> filterChanged());

        FlexLayout filters = new FlexLayout(search, industry, region, type, stage, owner);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        total.addClassName("wb-muted");
        total.setId("customer-total");
        export = com.creditwb.workbench.common.ui.ExcelFiles.stream("customers.xlsx", this::writeList, getTranslation("customers.export"));
        export.setId("customers-export");
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("customers.title")), total, export, create);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        title.setWidthFull();
        create.getStyle().set("margin-left", "auto");
        add(title, filters, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("customer-grid");
        column(Customer::getCode, "customer.code", "code").setAutoWidth(true).setFlexGrow(0);
        column(Customer::getName, "customer.name", "name").setWidth("18em").setFlexGrow(3);
        column(Customer::getUscc, "customer.uscc", "uscc").setWidth("14em").setFlexGrow(0); // 18 characters, never cut
        column(c -> getTranslation(c.getIndustry().messageKey()), "customer.industry", "industry").setWidth("10em").setFlexGrow(1);
        column(c -> getTranslation(c.getRegion().messageKey()), "customer.region", "region").setAutoWidth(true).setFlexGrow(0);
        column(c -> getTranslation(c.getCustomerType().messageKey()), "customer.customerType", "customerType").setAutoWidth(true).setFlexGrow(0);
        column(c -> getTranslation(c.getLifecycleStage().messageKey()), "customer.lifecycleStage", "lifecycleStage").setAutoWidth(true).setFlexGrow(0);
        column(c -> c.getOwner() == null ? "" : ownerNames.getOrDefault(c.getOwner(), c.getOwner()), "customer.owner", "owner").setAutoWidth(true).setFlexGrow(0);
        column(c -> Formats.amount(c.getRegisteredCapital(), getLocale()), "customer.registeredCapital", "registeredCapital")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        column(c -> credit(c, c.getCreditRating()), "customer.credit.rating", "creditRatingRank").setAutoWidth(true).setFlexGrow(0);
        column(c -> c.getCreditRiskClass() == null ? "" : credit(c, getTranslation("credit.class." + c.getCreditRiskClass())),
                "customer.credit.riskClass", "creditRiskRank").setAutoWidth(true).setFlexGrow(0);
        column(c -> {
            BigDecimal amount = creditAmount(c, c.getCreditLimit());
            if (amount == null) {
                return "";
            }
            String text = Formats.amount(amount, getLocale());
            return c.getCreditLimitUntil() == null ? text : getTranslation("customer.credit.limitUntil", text, Formats.date(c.getCreditLimitUntil(), getLocale()));
        }, "customer.credit.limit", "creditLimit").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        amountColumn(Customer::getCreditExposure, "customer.credit.exposure", "creditExposure");
        amountColumn(Customer::getCreditAvailable, "customer.credit.available", "creditAvailable");
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("code"), SortDirection.ASCENDING)));
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(CustomerDetailView.class, CustomerDetailView.parameters(e.getItem()))));
        grid.setSizeFull();
    }

    private Grid.Column<Customer> column(Function<Customer, String> value, String headerKey, String property) {
        return grid.addColumn(value::apply).setHeader(getTranslation(headerKey)).setKey(property).setSortProperty(property)
                .setResizable(true);
    }

    /** A credit figure, shown only to who may read the customer's credit (everyone else sees the cell empty). */
    private String credit(Customer c, String value) {
        return value == null || !customers.canSeeCredit(c) ? "" : value;
    }

    private BigDecimal creditAmount(Customer c, BigDecimal value) {
        return value == null || !customers.canSeeCredit(c) ? null : value;
    }

    private void amountColumn(Function<Customer, BigDecimal> value, String headerKey, String property) {
        column(c -> {
            BigDecimal amount = creditAmount(c, value.apply(c));
            return amount == null ? "" : Formats.amount(amount, getLocale());
        }, headerKey, property).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }

    /** Rows read from the database per page while exporting: the list is streamed, whatever its size. */
    static final int EXPORT_PAGE = 1_000;

    /** The list as filtered and sorted now, every row of it, page by page into the workbook. */
    void writeList(java.io.OutputStream out) {
        CustomerFilter filter = filter();
        Sort sort = toSort(grid.getSortOrder().stream()
                .map(o -> new QuerySortOrder(o.getSorted().getKey(), o.getDirection())).toList());
        java.util.Iterator<Customer> rows = new java.util.Iterator<>() {
            long offset;
            java.util.Iterator<Customer> page = java.util.Collections.emptyIterator();
            boolean last;

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !last) {
                    List<Customer> next = customerSearch.find(filter, offset, EXPORT_PAGE, sort.isUnsorted() ? Sort.by("code") : sort);
                    offset += next.size();
                    last = next.size() < EXPORT_PAGE;
                    page = next.iterator();
                }
                return page.hasNext();
            }

            @Override
            public Customer next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return page.next();
            }
        };
        List<com.creditwb.workbench.common.excel.ListExport.Column<Customer>> columns = List.of(
                new com.creditwb.workbench.common.excel.ListExport.Column<>(getTranslation("customer.code"),
                        com.creditwb.workbench.common.excel.ListExport.Kind.TEXT, Customer::getCode),
                new com.creditwb.workbench.common.excel.ListExport.Column<>(getTranslation("customer.name"),
                        com.creditwb.workbench.common.excel.ListExport.Kind.TEXT, Customer::getName),
                new com.creditwb.workbench.common.excel.ListExport.Column<>(getTranslation("customer.uscc"),
                        com.creditwb.workbench.common.excel.ListExport.Kind.TEXT, Customer::getUscc),
                new com.creditwb.workbench.common.excel.ListExport.Column<>(getTranslation("customer.industry"),
                        com.creditwb.workbench.common.excel.ListExport.Kind.TEXT, c -> c.getIndustry() == null ? null : getTranslation(c.getIndustry().messageKey())),
                new com.creditwb.workbench.common.excel.ListExport.Column<>(getTranslation("customer.region"),
                        com.creditwb.workbench.common.excel.ListExport.Kind.TEXT, c -> c.getRegion() == null ? null : getTranslation(c.getRegion().messageKey())),
                new com.creditwb.workbench.common.excel.ListExport.Column<>(getTranslation("customer.customerType"),
                        com.creditwb.workbench.common.excel.ListExport.Kind.TEXT, c -> c.getCustomerType() == null ? null : getTranslation(c.getCustomerType().messageKey())),
                new com.creditwb.workbench.common.excel.ListExport.Column<>(getTranslation("customer.lifecycleStage"),
                        com.creditwb.workbench.common.excel.ListExport.Kind.TEXT, c -> c.getLifecycleStage() == null ? null : getTranslation(c.getLifecycleStage().messageKey())),
                new com.creditwb.workbench.common.excel.ListExport.Column<>(getTranslation("customer.owner"),
                        com.creditwb.workbench.common.excel.ListExport.Kind.TEXT, c -> c.getOwner() == null ? null : ownerNames.getOrDefault(c.getOwner(), c.getOwner())),
                new com.creditwb.workbench.common.excel.ListExport.Column<>(getTranslation("customer.registeredCapital"),
                        com.creditwb.workbench.common.excel.ListExport.Kind.AMOUNT, Customer::getRegisteredCapital),
                new com.creditwb.workbench.common.excel.ListExport.Column<>(getTranslation("customer.foundedOn"),
                        com.creditwb.workbench.common.excel.ListExport.Kind.DATE, Customer::getFoundedOn),
                new com.creditwb.workbench.common.excel.ListExport.Column<>(getTranslation("customer.credit.rating"),
                        com.creditwb.workbench.common.excel.ListExport.Kind.TEXT, c -> nullIfEmpty(credit(c, c.getCreditRating()))),
                new com.creditwb.workbench.common.excel.ListExport.Column<>(getTranslation("customer.credit.riskClass"),
                        com.creditwb.workbench.common.excel.ListExport.Kind.TEXT, c -> c.getCreditRiskClass() == null ? null
                                : nullIfEmpty(credit(c, getTranslation("credit.class." + c.getCreditRiskClass())))),
                new com.creditwb.workbench.common.excel.ListExport.Column<>(getTranslation("customer.credit.limit"),
                        com.creditwb.workbench.common.excel.ListExport.Kind.AMOUNT, c -> creditAmount(c, c.getCreditLimit())),
                new com.creditwb.workbench.common.excel.ListExport.Column<>(getTranslation("customer.credit.exposure"),
                        com.creditwb.workbench.common.excel.ListExport.Kind.AMOUNT, c -> creditAmount(c, c.getCreditExposure())),
                new com.creditwb.workbench.common.excel.ListExport.Column<>(getTranslation("customer.credit.available"),
                        com.creditwb.workbench.common.excel.ListExport.Kind.AMOUNT, c -> creditAmount(c, c.getCreditAvailable())));
        com.creditwb.workbench.common.excel.ListExport.write(getTranslation("customers.title"), columns, rows, null, out);
    }

    private static String nullIfEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    CustomerFilter filter() {
        return new CustomerFilter(search.getValue(), industry.getValue(), region.getValue(), type.getValue(),
                stage.getValue(), owner.getValue());
    }

    private void filterChanged() {
        if (!applyingParameters) {
            refresh();
        }
    }

    /** A search shows at most this many rows (refine it to see others); the whole list shows all. */
    static final int COUNT_CAP = 10_000;

    void refresh() {
        CustomerFilter filter = filter();
        long count = customerSearch.countUpTo(filter, COUNT_CAP);
        boolean capped = !filter.isEmpty() && count > COUNT_CAP;
        total.setText(capped
                ? getTranslation("customers.countMoreThan", Formats.integer(COUNT_CAP, getLocale()))
                : getTranslation("customers.count", Formats.integer(count, getLocale())));
        int rows = (int) Math.min(Integer.MAX_VALUE, capped ? COUNT_CAP : count);
        grid.setItems(query -> customerSearch.find(filter, query.getOffset(), query.getLimit(), toSort(query.getSortOrders())).stream(),
                query -> rows);
    }

    static Sort toSort(List<QuerySortOrder> orders) {
        return Sort.by(orders.stream().map(o -> o.getDirection() == SortDirection.DESCENDING
                ? Sort.Order.desc(o.getSorted()) : Sort.Order.asc(o.getSorted())).toList());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        applyingParameters = true;
        try {
            param(params, "q").ifPresent(search::setValue);
            param(params, "industry").flatMap(v -> parse(Industry.class, v)).ifPresent(industry::setValue);
            param(params, "region").flatMap(v -> parse(Region.class, v)).ifPresent(region::setValue);
            param(params, "type").flatMap(v -> parse(CustomerType.class, v)).ifPresent(type::setValue);
            param(params, "stage").flatMap(v -> parse(LifecycleStage.class, v)).ifPresent(stage::setValue);
            param(params, "owner").ifPresent(owner::setValue);
            if (params.getParameters().containsKey("mine") && customers.ownsCustomers()) {
                owner.setValue(currentUser.username());
            }
        } finally {
            applyingParameters = false;
        }
        refresh();
    }

    private static Optional<String> param(QueryParameters params, String name) {
        return params.getSingleParameter(name).filter(v -> !v.isBlank());
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    void openCreate() {
        Dialog dialog = new Dialog(getTranslation("customers.new"));
        dialog.setWidth("min(70em, 95vw)");
        CustomerForm form = new CustomerForm(users.accountManagers(), customers.canAssignOwner());
        Customer customer = new Customer();
        if (customers.ownsCustomers()) {
            customer.setOwner(currentUser.username());
        }
        form.read(customer);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (!form.writeTo(customer)) {
                return;
            }
            try {
                Customer saved = customers.create(customer);
                dialog.close();
                Notify.success(getTranslation("customer.created", saved.getName()));
                refresh();
            } catch (ValidationException ex) {
                form.showErrors(ex);
            }
        });
        save.setId("save-customer");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customers.title");
    }
}
