package com.creditwb.workbench.credit.rates;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.excel.CellReader;
import com.creditwb.workbench.common.excel.ExcelLimits;
import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import com.creditwb.workbench.common.excel.SafeWorkbookReader;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dated exchange rates against the yuan, kept by FINANCE or ADMIN (a form or an Excel list), read by everyone signed
 * in; and the conversion every credit figure in another currency goes through, at the rate valid on its date.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ExchangeRateService {

    /** The currency limits and the books are kept in. */
    public static final String BASE = "CNY";
    static final BigDecimal MAX_RATE = new BigDecimal("1000000");
    static final int MAX_ROWS = 200_000;
    /** Beyond this many problems the table is not read further. */
    static final int MAX_PROBLEMS = 500;

    /** One rate of a list being imported, with the cell it came from. */
    public record Line(String currency, LocalDate validFrom, BigDecimal rate, String sheet, int row) {
    }

    private final ExchangeRateRepository rates;
    private final Messages messages;
    private final Clock clock;
    private final com.creditwb.workbench.security.CurrentUser currentUser;

    ExchangeRateService(ExchangeRateRepository rates, Messages messages, Clock clock, com.creditwb.workbench.security.CurrentUser currentUser) {
        this.rates = rates;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    public List<ExchangeRate> list() {
        return rates.findAllByOrderByCurrencyAscValidFromDesc();
    }

    /** Yuan per unit of the currency valid on the date (1 for the yuan itself); empty without a rate. */
    public Optional<BigDecimal> rateOn(String currency, LocalDate date) {
        String c = currency == null || currency.isBlank() ? BASE : currency.strip().toUpperCase(Locale.ROOT);
        if (BASE.equals(c)) {
            return Optional.of(BigDecimal.ONE);
        }
        return rates.findFirstByCurrencyAndValidFromLessThanEqualOrderByValidFromDesc(c, date == null ? LocalDate.now(clock) : date)
                .map(ExchangeRate::getRate);
    }

    /** The amount in another currency at the rates valid on the date, to the cent; empty when a rate is missing. */
    public Optional<BigDecimal> convert(BigDecimal amount, String from, String to, LocalDate date) {
        Optional<BigDecimal> a = rateOn(from, date);
        Optional<BigDecimal> b = rateOn(to, date);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(amount.multiply(a.get()).divide(b.get(), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP));
    }

    public boolean canEdit() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.FINANCE);
    }

    /** Sets (or corrects) the rate of a currency from a date on. */
    @Transactional
    @RolesAllowed({Role.ADMIN_, Role.FINANCE_})
    public ExchangeRate save(String currency, LocalDate validFrom, BigDecimal rate) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        String c = check(currency, validFrom, rate, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store(c, validFrom, rate);
    }

    @Transactional
    @RolesAllowed({Role.ADMIN_, Role.FINANCE_})
    public void delete(Long id) {
        ExchangeRate r = rates.findById(id).orElseThrow(() -> new NotFoundException("ExchangeRate", id));
        rates.delete(r);
        rates.flush();
    }

    /**
     * Imports a list of rates (columns currency, date, rate, in Chinese or English, in any order, header in the first
     * rows of the first sheet that has one): all or none, every problem named by sheet and cell.
     *
     * @throws com.creditwb.workbench.common.excel.ExcelException for a file that cannot be read safely
     * @throws ImportRejectedException listing the problems when any row is wrong
     */
    @Transactional
    @RolesAllowed({Role.ADMIN_, Role.FINANCE_})
    public int importWorkbook(byte[] bytes) {
        return store(preview(bytes, null));
    }

    /** A list of rates read and checked, not yet stored: the rates with their cells, or every problem. */
    public record RatePreview(String fileName, List<Line> lines, List<ExcelProblem> problems) {

        public boolean storable() {
            return problems.isEmpty() && !lines.isEmpty();
        }

        /** The currencies the list sets, in the order first met. */
        public List<String> currencies() {
            return lines.stream().map(Line::currency).distinct().toList();
        }
    }

    /**
     * Reads and checks a list of rates; stores nothing.
     *
     * @throws com.creditwb.workbench.common.excel.ExcelException for a file that cannot be read safely
     */
    @RolesAllowed({Role.ADMIN_, Role.FINANCE_})
    public RatePreview preview(byte[] bytes, String fileName) {
        List<Line> lines = new ArrayList<>();
        List<ExcelProblem> problems = new ArrayList<>();
        SafeWorkbookReader.read(bytes, ExcelLimits.RATES, workbook -> {
            parse(workbook, lines, problems);
            return lines;
        });
        return new RatePreview(fileName, List.copyOf(lines), List.copyOf(problems));
    }

    /** Stores a previewed list, all or none (its rates are checked again: the day may have moved since). */
    @Transactional
    @RolesAllowed({Role.ADMIN_, Role.FINANCE_})
    public int confirm(RatePreview preview) {
        return store(preview);
    }

    private int store(RatePreview preview) {
        if (!preview.problems().isEmpty()) {
            throw new ImportRejectedException(preview.problems());
        }
        List<ExcelProblem> problems = new ArrayList<>();
        for (Line l : preview.lines()) {
            List<ValidationException.FieldError> errors = new ArrayList<>();
            check(l.currency(), l.validFrom(), l.rate(), errors);
            errors.forEach(e -> problems.add(ExcelProblem.at(l.sheet(), null, "rates.cell", e.message())));
        }
        if (!problems.isEmpty() || preview.lines().isEmpty()) {
            throw new ImportRejectedException(problems.isEmpty() ? List.of(ExcelProblem.of("rates.noRows")) : problems);
        }
        Map<String, ExchangeRate> held = new HashMap<>();
        rates.findByCurrencyIn(preview.currencies()).forEach(r -> held.put(r.getCurrency() + "@" + r.getValidFrom(), r));
        List<ExchangeRate> changed = new ArrayList<>();
        for (Line l : preview.lines()) {
            ExchangeRate r = held.get(l.currency() + "@" + l.validFrom());
            if (r == null) {
                changed.add(new ExchangeRate(l.currency(), l.validFrom(), l.rate()));
            } else if (r.getRate().compareTo(l.rate()) != 0) {
                r.setRate(l.rate());
                changed.add(r);
            }
        }
        try {
            rates.saveAll(changed);
            rates.flush();
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw ConcurrentEditException.of(e, messages);
        }
        return preview.lines().size();
    }

    private static final Map<String, List<String>> HEADERS = Map.of(
            "currency", List.of("currency", "币种", "货币", "币别", "货币代码"),
            "date", List.of("date", "validfrom", "日期", "生效日期", "起始日期"),
            "rate", List.of("rate", "汇率", "折算率", "cnyperunit", "人民币汇率"));

    /** Reads the first sheet with a header in its first rows, forward only (a streamed workbook is never held whole). */
    void parse(Workbook workbook, List<Line> lines, List<ExcelProblem> problems) {
        CellReader reader = new CellReader(workbook);
        for (Sheet sheet : workbook) {
            Iterator<Row> rows = sheet.rowIterator();
            for (int seen = 0; rows.hasNext() && seen <= 10; seen++) {
                Row row = rows.next();
                Map<String, Integer> columns = new HashMap<>();
                for (Cell cell : row) {
                    String text = CellReader.header(reader.text(cell));
                    HEADERS.forEach((k, names) -> {
                        if (text != null && names.contains(text)) {
                            columns.putIfAbsent(k, cell.getColumnIndex());
                        }
                    });
                }
                if (columns.size() == 3) {
                    rows(sheet.getSheetName(), rows, columns, reader, lines, problems);
                    return;
                }
            }
        }
        problems.add(ExcelProblem.of("rates.noHeader"));
    }

    private void rows(String name, Iterator<Row> below, Map<String, Integer> columns, CellReader reader, List<Line> lines,
            List<ExcelProblem> problems) {
        Map<String, String> seen = new HashMap<>();
        while (below.hasNext()) {
            Row row = below.next();
            int r = row.getRowNum();
            if (CellReader.blank(row, columns.values())) {
                continue;
            }
            if (lines.size() >= MAX_ROWS) {
                problems.add(ExcelProblem.at(name, null, "rates.tooMany", MAX_ROWS));
                return;
            }
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(ExcelProblem.at(name, null, "tooManyProblems", MAX_PROBLEMS));
                return;
            }
            String currencyCell = CellReader.address(r, columns.get("currency"));
            String dateCell = CellReader.address(r, columns.get("date"));
            String rateCell = CellReader.address(r, columns.get("rate"));
            String currency = reader.text(row.getCell(columns.get("currency")));
            LocalDate date = CellReader.date(row.getCell(columns.get("date")));
            BigDecimal rate = null;
            try {
                rate = reader.amount(row.getCell(columns.get("rate")));
            } catch (CellReader.CellException e) {
                problems.add(e.problem(name));
            }
            List<ValidationException.FieldError> errors = new ArrayList<>();
            String c = check(currency, date, rate, errors);
            for (ValidationException.FieldError e : errors) {
                String cell = switch (e.field()) {
                    case "currency" -> currencyCell;
                    case "validFrom" -> dateCell;
                    default -> rateCell;
                };
                problems.add(ExcelProblem.at(name, cell, "rates.cell", e.message()));
            }
            if (errors.isEmpty()) {
                String key = c + "@" + date;
                String first = seen.putIfAbsent(key, currencyCell);
                if (first != null) {
                    problems.add(ExcelProblem.at(name, currencyCell, "rates.duplicate", c, date.toString(), first));
                } else {
                    lines.add(new Line(c, date, rate, name, r));
                }
            }
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(ExcelProblem.at(name, null, "rates.noRows"));
        }
    }

    /** The normalised currency code; what is wrong goes into errors (fields currency, validFrom, rate). */
    private String check(String currency, LocalDate validFrom, BigDecimal rate, List<ValidationException.FieldError> errors) {
        String c = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{3}")) {
            errors.add(new ValidationException.FieldError("currency", messages.get("rates.error.currency", currency == null ? "" : currency)));
        } else if (BASE.equals(c)) {
            errors.add(new ValidationException.FieldError("currency", messages.get("rates.error.base")));
        }
        LocalDate today = LocalDate.now(clock);
        if (validFrom == null || validFrom.isBefore(LocalDate.of(1990, 1, 1)) || validFrom.isAfter(today.plusYears(1))) {
            errors.add(new ValidationException.FieldError("validFrom", messages.get("rates.error.date")));
        }
        if (rate == null || rate.signum() <= 0 || rate.compareTo(MAX_RATE) > 0 || rate.stripTrailingZeros().scale() > 8) {
            errors.add(new ValidationException.FieldError("rate", messages.get("rates.error.rate")));
        }
        return c;
    }

    private ExchangeRate store(String currency, LocalDate validFrom, BigDecimal rate) {
        ExchangeRate r = rates.findByCurrencyAndValidFrom(currency, validFrom).orElseGet(() -> new ExchangeRate(currency, validFrom, rate));
        r.setRate(rate);
        try {
            return rates.saveAndFlush(r);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw ConcurrentEditException.of(e, messages);
        }
    }
}
