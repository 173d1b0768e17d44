package com.creditwb.workbench.statement;

import com.creditwb.workbench.statement.domain.LineItem;
import com.creditwb.workbench.statement.domain.RatioReport;
import com.creditwb.workbench.statement.domain.StatementChecks;
import com.creditwb.workbench.statement.domain.StatementValues;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import com.creditwb.workbench.common.Hashes;
import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.excel.ExcelLimits;
import com.creditwb.workbench.common.excel.SafeWorkbookReader;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.customer.domain.Industry;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.statement.importing.ImportDraft;
import com.creditwb.workbench.statement.importing.LabelNormaliser;
import com.creditwb.workbench.statement.importing.ParsedLine;
import com.creditwb.workbench.statement.importing.ParsedWorkbook;
import com.creditwb.workbench.statement.importing.StatementWorkbookParser;
import com.creditwb.workbench.statement.ratio.AltmanZ;
import com.creditwb.workbench.statement.ratio.RatioEngine;
import com.creditwb.workbench.statement.ratio.RatioResult;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statement sets: import (preview without storing, then confirm in one transaction), manual
 * entry, revisions per period, and the ratios. FINANCE (and ADMIN) write; everyone signed in reads.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class StatementService {

    private final StatementSetRepository sets;
    private final LineItemAliasRepository aliases;
    private final CustomerService customers;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final StatementLines lines;

    StatementService(StatementSetRepository sets, LineItemAliasRepository aliases, CustomerService customers,
            CurrentUser currentUser, Messages messages, StatementLines lines) {
        this.lines = lines;
        this.currentUser = currentUser;
        this.messages = messages;
        this.sets = sets;
        this.aliases = aliases;
        this.customers = customers;
    }

    /** Reads the workbook and shows what would be stored; nothing is written. */
    @RolesAllowed({Role.ADMIN_, Role.FINANCE_})
    public ImportPreview preview(byte[] bytes, String fileName, Long unit, LocalDate periodEnd) {
        StatementWorkbookParser parser = parser();
        ParsedWorkbook parsed = SafeWorkbookReader.read(bytes, ExcelLimits.STATEMENTS, parser::parse);
        return new ImportPreview(fileName, Hashes.sha256(bytes), parsed, ImportDraft.build(parsed, unit, periodEnd), Map.of(), unit, periodEnd);
    }

    /** The preview again with a label mapped to an item, or another unit or period end. */
    @RolesAllowed({Role.ADMIN_, Role.FINANCE_})
    public ImportPreview revise(ImportPreview preview, Map<String, LineItem> newMappings, Long unit, LocalDate periodEnd) {
        Map<String, LineItem> mappings = new HashMap<>(preview.mappings());
        newMappings.forEach((label, item) -> mappings.put(LabelNormaliser.normalise(label), item));
        List<ParsedLine> lines = preview.parsed().lines().stream()
                .map(l -> !l.recognised() && mappings.containsKey(LabelNormaliser.normalise(l.label()))
                        ? l.withItem(mappings.get(LabelNormaliser.normalise(l.label()))) : l)
                .toList();
        ParsedWorkbook parsed = new ParsedWorkbook(preview.parsed().sheets(), preview.parsed().periodEnd(), preview.parsed().uscc(),
                preview.parsed().customerCode(), lines, preview.parsed().problems());
        return new ImportPreview(preview.fileName(), preview.sha256(), parsed, ImportDraft.build(parsed, unit, periodEnd),
                Map.copyOf(mappings), unit, periodEnd, preview.withoutLines());
    }

    /**
     * The customer the workbook names by USCC or code (its USCC first), if it names one that exists. Looked up as keys,
     * so a USCC that is no customer's code is simply not found — it never fails the transaction the preview runs in.
     */
    public Optional<CustomerRecord> customerNamedIn(ImportPreview preview) {
        List<String> keys = java.util.stream.Stream.of(preview.parsed().uscc(), preview.parsed().customerCode())
                .filter(java.util.Objects::nonNull).map(k -> k.strip().toUpperCase(java.util.Locale.ROOT)).toList();
        Map<String, Long> ids = customers.idsByCodeOrUscc(keys);
        return keys.stream().map(ids::get).filter(java.util.Objects::nonNull).findFirst().map(customers::record);
    }

    /**
     * Stores the previewed sets in one transaction, or nothing: the current period as a new revision
     * (the earlier kept), the prior period too when the workbook has it and it is not held yet. The
     * labels the user mapped are remembered for later imports.
     *
     * @throws ImportRejectedException when the draft has problems
     * @throws MissingKeyLinesException when key lines are missing that {@link ImportPreview#withoutLines()} does not name
     * @throws PeriodExistsException when the period is held and {@code replace} is false
     */
    @Transactional
    @RolesAllowed({Role.ADMIN_, Role.FINANCE_})
    public List<StatementSet> confirm(Long customerId, ImportPreview preview, boolean replace, boolean audited) {
        ImportDraft draft = preview.draft();
        if (!draft.storable()) {
            throw new ImportRejectedException(draft.problems());
        }
        if (!preview.storable()) {
            throw new MissingKeyLinesException(draft.missingExcept(preview.withoutLines()));
        }
        customers.ownerOf(customerId); // an unknown customer is not found (a light query: the customer is not loaded)
        Optional<StatementSet> held = sets.currentWithoutLines(customerId, draft.periodEnd());
        if (!replace && held.isPresent()) {
            throw new PeriodExistsException(draft.periodEnd());
        }
        preview.mappings().forEach((label, item) -> {
            LineItemAlias alias = aliases.findByNormalisedLabel(label).orElseGet(() -> new LineItemAlias(label, item));
            alias.setItem(item);
            aliases.save(alias);
        });
        if (!preview.mappings().isEmpty()) {
            knownAliases = null;
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            knownAliases = null; // read again once the mappings are committed (or rolled back)
                        }
                    });
        }
        long unit = preview.unit() != null ? preview.unit()
                : preview.parsed().sheets().stream().mapToLong(s -> s.unitFactor()).max().orElse(1);
        List<StatementSet> stored = new ArrayList<>();
        stored.add(store(customerId, draft.periodEnd(), draft.current().amounts(), unit, audited, preview, held));
        if (draft.hasPrior() && !sets.existsByCustomerIdAndPeriodEndAndCurrentTrue(customerId, draft.priorPeriodEnd())) {
            stored.add(store(customerId, draft.priorPeriodEnd(), draft.prior().amounts(), unit, audited, preview, Optional.empty()));
        }
        return stored;
    }

    /** Manual entry or correction of one period, with the same checks; adds a revision. */
    @Transactional
    @RolesAllowed({Role.ADMIN_, Role.FINANCE_})
    public StatementSet saveManual(Long customerId, LocalDate periodEnd, Map<LineItem, BigDecimal> amounts, long unit,
            boolean audited, BigDecimal marketValueOfEquity) {
        customers.record(customerId);
        List<ExcelProblem> problems = ImportDraft.failedChecks(StatementChecks.run(new StatementValues(amounts)), Map.of(), periodEnd);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        StatementSet set = new StatementSet(customerId, periodEnd, StatementSet.Source.MANUAL);
        set.setMarketValueOfEquity(marketValueOfEquity);
        return supersede(set, amounts, unit, audited, sets.currentWithoutLines(customerId, periodEnd));
    }

    private StatementSet store(Long customerId, LocalDate periodEnd, Map<LineItem, BigDecimal> amounts, long unit, boolean audited,
            ImportPreview preview, Optional<StatementSet> held) {
        StatementSet set = new StatementSet(customerId, periodEnd, StatementSet.Source.IMPORT);
        set.setSourceFile(preview.fileName(), preview.sha256());
        held.ifPresent(old -> set.setMarketValueOfEquity(old.getMarketValueOfEquity()));
        return supersede(set, amounts, unit, audited, held);
    }

    /**
     * Stores the set as the period's new current revision; the one it replaces (read without its lines:
     * a period revised a hundred times costs no more to revise again) stays as history. The current
     * revision is always the period's highest, so the new one is numbered after it.
     */
    private StatementSet supersede(StatementSet set, Map<LineItem, BigDecimal> amounts, long unit, boolean audited,
            Optional<StatementSet> held) {
        int revision;
        if (held.isPresent()) {
            held.get().setCurrent(false);
            revision = held.get().getRevision() + 1;
        } else {
            Integer latest = sets.maxRevision(set.getCustomerId(), set.getPeriodEnd());
            revision = latest == null ? 1 : latest + 1;
        }
        set.setRevision(revision);
        set.setCurrent(true);
        set.setUnitFactor(unit);
        set.setAudited(audited);
        set.setAmounts(amounts);
        return sets.save(set);
    }

    /**
     * The market value of equity for Altman's Z (listed companies), entered by finance or a credit
     * manager on the period's current revision. A stale copy (another user saved meanwhile) is refused.
     */
    @Transactional
    @RolesAllowed({Role.ADMIN_, Role.FINANCE_, Role.CREDIT_MANAGER_})
    public StatementSet setMarketValue(StatementSet copy, BigDecimal marketValueOfEquity) {
        if (marketValueOfEquity != null && marketValueOfEquity.signum() <= 0) {
            throw ValidationException.of("marketValueOfEquity", messages.get("altman.marketValue.positive"));
        }
        StatementSet set = sets.findById(copy.getId()).orElseThrow(() -> new NotFoundException("Statements", copy.getPeriodEnd()));
        ConcurrentEditException.unlessSame(set.getVersion(), copy.getVersion(), messages);
        set.setMarketValueOfEquity(marketValueOfEquity);
        return sets.saveAndFlush(set);
    }

    /** Whether the signed-in user may import and correct statements. */
    public boolean canWrite() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.FINANCE);
    }

    /** Whether statements for the period are held already (an import of it must replace or cancel). */
    public boolean isHeld(Long customerId, LocalDate periodEnd) {
        return sets.existsByCustomerIdAndPeriodEndAndCurrentTrue(customerId, periodEnd);
    }

    /** The periods held (current revisions), latest first. */
    public List<StatementSet> periods(Long customerId) {
        return sets.findByCustomerIdAndCurrentTrueOrderByPeriodEndDesc(customerId);
    }

    public StatementSet period(Long customerId, LocalDate periodEnd) {
        return sets.findByCustomerIdAndPeriodEndAndCurrentTrue(customerId, periodEnd)
                .orElseThrow(() -> new NotFoundException("Statements", periodEnd));
    }

    /** One period's amounts as read in bulk (for portfolio-wide work such as re-scoring). */
    public record Period(LocalDate periodEnd, boolean interim, StatementValues values) {
        public int days() {
            return interim ? periodEnd.getDayOfYear() : 365;
        }
    }

    /** The periods held (current revisions) as other features read them, latest first. */
    public List<Period> heldPeriods(Long customerId) {
        return periods(customerId).stream().map(set -> new Period(set.getPeriodEnd(), set.isInterim(), set.values())).toList();
    }

    /** One held period's amounts (元) by line item; a period not held is not found. */
    public Map<LineItem, BigDecimal> amounts(Long customerId, LocalDate periodEnd) {
        return Map.copyOf(period(customerId, periodEnd).getAmounts());
    }

    /** The current periods of many customers, read in one query without building entities; each customer's latest first. */
    public Map<Long, List<Period>> currentPeriods(java.util.Collection<Long> customerIds) {
        Map<Long, List<Period>> result = new HashMap<>();
        lines.current(customerIds).forEach((customer, periods) -> {
            List<Period> list = new ArrayList<>();
            periods.forEach((end, p) -> list.add(new Period(end, p.interim(), new StatementValues(p.amounts()))));
            list.sort(java.util.Comparator.comparing(Period::periodEnd).reversed());
            result.put(customer, list);
        });
        return result;
    }

    /** The latest period end held per customer (customers without statements are absent). */
    public Map<Long, LocalDate> latestPeriodEnds() {
        Map<Long, LocalDate> latest = new HashMap<>();
        sets.latestPeriodEnds().forEach(r -> latest.put((Long) r[0], (LocalDate) r[1]));
        return latest;
    }

    /** Every revision of a period, newest first. */
    public List<StatementSet> revisions(Long customerId, LocalDate periodEnd) {
        return sets.findByCustomerIdAndPeriodEndOrderByRevisionDesc(customerId, periodEnd);
    }

    /** Items whose amount differs between two revisions (absent counts as no amount). */
    public static Map<LineItem, BigDecimal[]> changes(StatementSet older, StatementSet newer) {
        Map<LineItem, BigDecimal[]> changes = new LinkedHashMap<>();
        for (LineItem item : LineItem.values()) {
            BigDecimal a = older.getAmounts().get(item);
            BigDecimal b = newer.getAmounts().get(item);
            if (a == null ? b != null : b == null || a.compareTo(b) != 0) {
                changes.put(item, new BigDecimal[] {a, b});
            }
        }
        return changes;
    }

    /** Ratios and Altman score for the period (latest when null); empty when no statements are held. */
    public Optional<RatioReport> ratios(Long customerId, LocalDate periodEnd, AltmanZ.Variant variant) {
        List<StatementSet> held = periods(customerId);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        StatementSet set = periodEnd == null ? held.get(0)
                : held.stream().filter(s -> s.getPeriodEnd().equals(periodEnd)).findFirst()
                        .orElseThrow(() -> new NotFoundException("Statements", periodEnd));
        LocalDate priorEnd = ImportDraft.priorEnd(set.getPeriodEnd());
        StatementSet prior = held.stream().filter(s -> s.getPeriodEnd().equals(priorEnd)).findFirst().orElse(null);
        Map<String, RatioResult> ratios = RatioEngine.compute(set.values(), prior == null ? null : prior.values(), set.days());
        CustomerRecord customer = customers.record(customerId);
        AltmanZ.Variant chosen = variant != null ? variant
                : AltmanZ.choose(customer.industry() == Industry.C, set.getMarketValueOfEquity());
        return Optional.of(new RatioReport(set.getPeriodEnd(), prior != null, ratios,
                AltmanZ.compute(chosen, set.values(), set.getMarketValueOfEquity())));
    }

    /** The labels users mapped, as last read (this service is their only writer: a mapping stored clears it). */
    private volatile Map<String, LineItem> knownAliases;

    private StatementWorkbookParser parser() {
        Map<String, LineItem> known = knownAliases;
        if (known == null) {
            Map<String, LineItem> read = new HashMap<>();
            aliases.findAll().forEach(a -> read.put(a.getNormalisedLabel(), a.getItem()));
            known = Map.copyOf(read);
            knownAliases = known;
        }
        return new StatementWorkbookParser(known);
    }

}
