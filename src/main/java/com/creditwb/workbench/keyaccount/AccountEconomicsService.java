package com.creditwb.workbench.keyaccount;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.excel.ExcelLimits;
import com.creditwb.workbench.common.excel.SafeWorkbookReader;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.importing.EconomicsWorkbookParser;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's economics by year (revenue, cost of goods, costs to serve, share of wallet, purchases, tenure): kept one
 * year at a time with the version the user read, or brought in from a workbook (preview, then confirm).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AccountEconomicsService {

    private final KeyAccountService keyAccounts;
    private final EconomicsRepository economics;
    private final CustomerService customers;
    private final Messages messages;

    AccountEconomicsService(KeyAccountService keyAccounts, EconomicsRepository economics, CustomerService customers, Messages messages) {
        this.keyAccounts = keyAccounts;
        this.economics = economics;
        this.customers = customers;
        this.messages = messages;
    }

    public List<AccountEconomics> economics(Long customerId) {
        keyAccounts.checkRead(customerId);
        return economics.findByCustomerIdOrderByYearAsc(customerId).stream().map(EconomicsYear::toEconomics).toList();
    }

    /**
     * Stores one year's figures; {@code version} is the stored version the user edited (null for a new year).
     *
     * @throws ConcurrentEditException when someone saved the year in between
     */
    @Transactional
    public void saveYear(Long customerId, AccountEconomics e, Long version) {
        if (!keyAccounts.canEditEconomics(customerId)) {
            throw new AccessDeniedException(messages.get("keyaccount.error.notYours"));
        }
        validate(e);
        EconomicsYear stored = economics.findByCustomerIdAndYear(customerId, e.year()).orElse(null);
        ConcurrentEditException.unlessSame(stored == null ? null : stored.getVersion(), version, messages);
        if (stored == null) {
            stored = new EconomicsYear(customerId, e.year());
        }
        stored.assign(e);
        economics.save(stored);
        keyAccounts.forgetAnalysis();
    }

    @Transactional
    /**
     * Deletes one year's figures; {@code version} is the stored version the user read.
     *
     * @throws ConcurrentEditException when someone saved or deleted the year in between
     */
    public void deleteYear(Long customerId, int year, Long version) {
        if (!keyAccounts.canEditEconomics(customerId)) {
            throw new AccessDeniedException(messages.get("keyaccount.error.notYours"));
        }
        EconomicsYear stored = economics.findByCustomerIdAndYear(customerId, year).orElse(null);
        if (stored == null) {
            throw ConcurrentEditException.conflict(messages);
        }
        ConcurrentEditException.unlessSame(stored.getVersion(), version, messages);
        economics.delete(stored);
        keyAccounts.forgetAnalysis();
    }

    /** The stored version of every year, read with the figures a form shows (the version the user read travels with the save). */
    public Map<Integer, Long> economicsVersions(Long customerId) {
        keyAccounts.checkRead(customerId);
        Map<Integer, Long> versions = new HashMap<>();
        economics.findByCustomerIdOrderByYearAsc(customerId).forEach(y -> versions.put(y.getYear(), y.getVersion()));
        return versions;
    }

    private void validate(AccountEconomics e) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        if (e.year() < 1990 || e.year() > 2100) {
            errors.add(new ValidationException.FieldError("year", messages.get("economics.badYear", e.year())));
        }
        Map<String, BigDecimal> amounts = Map.of("revenue", nz(e.revenue()), "costOfGoods", nz(e.costOfGoods()),
                "variableCostToServe", nz(e.variableCostToServe()), "fixedCostToServe", nz(e.fixedCostToServe()));
        amounts.forEach((field, v) -> {
            if (v.signum() < 0) {
                errors.add(new ValidationException.FieldError(field, messages.get("validation.nonNegative")));
            }
        });
        if (e.revenue() == null || e.costOfGoods() == null || e.variableCostToServe() == null || e.fixedCostToServe() == null) {
            errors.add(new ValidationException.FieldError("revenue", messages.get("validation.required")));
        }
        if (e.shareOfWallet() != null && (e.shareOfWallet() < 0 || e.shareOfWallet() > 1)) {
            errors.add(new ValidationException.FieldError("shareOfWallet", messages.get("economics.badShare", e.shareOfWallet())));
        }
        if (e.purchasesPerYear() != null && e.purchasesPerYear() < 0 || e.yearsAsCustomer() != null && e.yearsAsCustomer() < 0) {
            errors.add(new ValidationException.FieldError("purchasesPerYear", messages.get("validation.nonNegative")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /**
     * Reads and checks an economics workbook; nothing is stored. An account manager may only bring in the
     * accounts they own.
     */
    public EconomicsPreview preview(byte[] bytes, String fileName) {
        if (!keyAccounts.canImport()) {
            throw new AccessDeniedException(messages.get("keyaccount.error.notYours"));
        }
        EconomicsWorkbookParser.Result parsed = SafeWorkbookReader.read(bytes, ExcelLimits.ECONOMICS, workbook -> new EconomicsWorkbookParser(workbook).parse(workbook));
        List<ExcelProblem> problems = new ArrayList<>(parsed.problems());
        Map<String, Long> ids = customers.idsByCodeOrUscc(parsed.lines().stream().map(EconomicsWorkbookParser.Line::customerKey).toList());
        Map<Long, Map<Integer, Boolean>> existing = new HashMap<>();
        List<EconomicsPreview.Row> rows = new ArrayList<>();
        for (EconomicsWorkbookParser.Line line : parsed.lines()) {
            Long id = ids.get(line.customerKey());
            if (id == null) {
                problems.add(ExcelProblem.at(line.sheet(), line.customerCell(), "economics.unknownCustomer", line.customerKey()));
                continue;
            }
            if (!keyAccounts.canEditEconomics(id)) {
                problems.add(ExcelProblem.at(line.sheet(), line.customerCell(), "economics.notYours", line.customerKey()));
                continue;
            }
            boolean replaces = existing.computeIfAbsent(id, k -> {
                Map<Integer, Boolean> years = new HashMap<>();
                economics.findByCustomerIdOrderByYearAsc(k).forEach(y -> years.put(y.getYear(), true));
                return years;
            }).containsKey(line.year());
            rows.add(new EconomicsPreview.Row(id, new AccountEconomics(line.year(), line.revenue(), line.costOfGoods(), line.variableCost(),
                    line.fixedCost(), line.shareOfWallet(), line.purchases(), line.years()), replaces));
        }
        return new EconomicsPreview(fileName, List.copyOf(rows), List.copyOf(problems));
    }

    /** Stores every row of a clean preview in one transaction (a year already held is replaced). */
    @Transactional
    public int confirm(EconomicsPreview preview) {
        if (!preview.storable()) {
            throw new ImportRejectedException(preview.problems().isEmpty() ? List.of(ExcelProblem.of("economics.noRows")) : preview.problems());
        }
        for (EconomicsPreview.Row row : preview.rows()) {
            if (!keyAccounts.canEditEconomics(row.customerId())) {
                throw new AccessDeniedException(messages.get("keyaccount.error.notYours"));
            }
            EconomicsYear y = economics.findByCustomerIdAndYear(row.customerId(), row.economics().year())
                    .orElseGet(() -> new EconomicsYear(row.customerId(), row.economics().year()));
            y.assign(row.economics());
            economics.save(y);
        }
        keyAccounts.forgetAnalysis();
        return preview.rows().size();
    }
}
