package com.creditwb.workbench.customer.api;

import com.creditwb.workbench.customer.CustomerSearch;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.customer.Customer;
import com.creditwb.workbench.customer.CustomerFilter;
import com.creditwb.workbench.customer.CustomerService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customers over REST: list with paging and search, read, create, update (HTTP Basic). */
@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers")
class CustomerApiController {

    static final int MAX_PAGE_SIZE = 200;

    private final CustomerService customers;

    private final com.creditwb.workbench.customer.CustomerSearch search;
    private final Messages messages;

    CustomerApiController(CustomerService customers, com.creditwb.workbench.customer.CustomerSearch search, Messages messages) {
        this.customers = customers;
        this.search = search;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "List customers", description = "Paged; q matches a fragment of the name or the start of the code or USCC. "
            + "sort=property[,asc|desc], repeatable.")
    PagedModel<CustomerDto> list(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "e.g. name,desc") @RequestParam(required = false) List<String> sort) {
        if (page < 0) {
            throw ValidationException.of("page", messages.get("api.error.badValue"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ValidationException.of("size", messages.get("api.error.pageSize", MAX_PAGE_SIZE));
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw ValidationException.of("page", messages.get("api.error.pageTooFar"));
        }
        Sort order = parseSort(sort);
        CustomerFilter filter = CustomerFilter.text(q);
        List<CustomerDto> content = search.findWithContacts(filter, (long) page * size, size, order).stream().map(CustomerDto::of).toList();
        long total = search.count(filter);
        return new PagedModel<>(new PageImpl<>(content, PageRequest.of(page, size, order), total));
    }

    @GetMapping("/{idOrCode}")
    @Operation(summary = "Read a customer by id or code")
    CustomerDto get(@PathVariable String idOrCode) {
        return CustomerDto.of(customers.getByIdOrCode(idOrCode));
    }

    @PostMapping
    @Operation(summary = "Create a customer (ADMIN, ACCOUNT_MANAGER)")
    ResponseEntity<CustomerDto> create(@RequestBody CustomerDto body) {
        Customer customer = new Customer();
        body.applyTo(customer);
        Customer saved = customers.create(customer);
        return ResponseEntity.created(URI.create("/api/customers/" + saved.getId())).body(CustomerDto.of(saved));
    }

    @PutMapping("/{idOrCode}")
    @Operation(summary = "Update a customer (ADMIN, or the owning ACCOUNT_MANAGER)",
            description = "Send the version you read; if someone saved in between, the answer is 409 and nothing is changed.")
    CustomerDto update(@PathVariable String idOrCode, @RequestBody CustomerDto body) {
        if (body.version() == null) {
            throw ValidationException.of("version", messages.get("validation.required"));
        }
        Customer customer = customers.getByIdOrCode(idOrCode);
        body.applyTo(customer);
        customer.setVersion(body.version());
        return CustomerDto.of(customers.update(customer));
    }

    private Sort parseSort(List<String> sort) {
        if (sort == null || sort.isEmpty()) {
            return Sort.by("code");
        }
        // Spring's convention: "name,desc" or separate values "name" and "desc"
        List<Sort.Order> orders = new java.util.ArrayList<>();
        for (int i = 0; i < sort.size(); i++) {
            String part = sort.get(i).trim();
            String[] bits = part.split(",");
            String property = bits[0].trim();
            boolean desc = bits.length > 1 && bits[1].trim().equalsIgnoreCase("desc");
            if (bits.length == 1 && i + 1 < sort.size() && sort.get(i + 1).trim().matches("(?i)asc|desc")) {
                desc = sort.get(++i).trim().equalsIgnoreCase("desc");
            }
            if (!CustomerSearch.SORTABLE.contains(property)) {
                throw ValidationException.of("sort", messages.get("api.error.sort", property));
            }
            orders.add(desc ? Sort.Order.desc(property) : Sort.Order.asc(property));
        }
        return Sort.by(orders);
    }
}
