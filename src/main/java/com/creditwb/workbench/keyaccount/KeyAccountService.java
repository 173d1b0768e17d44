package com.creditwb.workbench.keyaccount;

import com.creditwb.workbench.common.ConcurrentEditException;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.excel.SafeWorkbookReader;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.math.Ahp;
import com.creditwb.workbench.common.AhpWeights;
import com.creditwb.workbench.common.math.Npv;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.importing.EconomicsWorkbookParser;
import com.creditwb.workbench.keyaccount.segment.Segmentation;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import com.creditwb.workbench.keyaccount.value.GaleValue;
import com.creditwb.workbench.keyaccount.value.Identification;
import com.creditwb.workbench.keyaccount.value.KeyAccountSettings;
import com.creditwb.workbench.keyaccount.value.LoyaltyIndicator;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account economics, the key-account profile (identification, loyalty indicators, Gale's survey), the
 * settings, and the portfolio analysis (values and segments of every account, computed together and
 * kept until something they depend on changes).
 * <p>
 * Who may do what: ADMIN, CREDIT_MANAGER and FINANCE read every account, an ACCOUNT_MANAGER the accounts
 * they own; economics are written by ADMIN, FINANCE and the owning account manager; the profile by ADMIN and
 * the owning account manager; the settings by ADMIN.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class KeyAccountService {

    /** An account's value with its projection, profile and Gale result, as the customer page shows it. */
    public record AccountView(Long customerId, List<AccountEconomics> years, Segmentation.Value value, Npv.Projection projection,
            KeyAccountProfile profile, Identification.Result identification, GaleValue.Result gale) {
    }

    /** The segment codes {@link #portfolio} accepts, in the order a picker offers them. */
    public static final List<String> SEGMENTS = List.of("KEY_ACCOUNT", "STRATEGIC", "MAIN", "TRANSACTION", "RISK", "PLATINUM", "GOLD", "IRON",
            "LEAD", "PARETO_REVENUE", "PARETO_PROFIT", "LOYAL", "LATENT", "SPURIOUS", "NO_LOYALTY", "TRUE_FRIEND", "BUTTERFLY", "BARNACLE",
            "STRANGER");

    /** One row of the portfolio: who the account is and what the analysis says of it. */
    public record PortfolioRow(Long id, String code, String name, String owner, Segmentation.Value value,
            Identification.Outcome keyAccount) {
    }

    /** The portfolio's figures (never who may see an account: owners and names are read fresh). */
    private record Cached(Segmentation.Result result, Map<Long, Identification.Outcome> outcomes, Instant at) {
    }

    private final EconomicsRepository economics;
    private final ProfileRepository profiles;
    private final SettingsRepository settingsRepository;
    private final CustomerService customers;
    private final CurrentUser currentUser;
    private final AhpWeights ahp;
    private final Messages messages;
    private final Clock clock;
    private final AccessPolicy policy;
    private final AtomicReference<Cached> cache = new AtomicReference<>();
    private final AtomicReference<KeyAccountSettings> settingsCache = new AtomicReference<>();

    KeyAccountService(EconomicsRepository economics, ProfileRepository profiles, SettingsRepository settingsRepository,
            CustomerService customers, CurrentUser currentUser, AhpWeights ahp, Messages messages, Clock clock, AccessPolicy policy) {
        this.policy = policy;
        this.economics = economics;
        this.profiles = profiles;
        this.settingsRepository = settingsRepository;
        this.customers = customers;
        this.currentUser = currentUser;
        this.ahp = ahp;
        this.messages = messages;
        this.clock = clock;
    }

    // --- who may do what -------------------------------------------------------------------------------

    /** Whether the user works with key accounts at all. */
    public boolean canUse() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.CREDIT_MANAGER, Role.ACCOUNT_MANAGER, Role.FINANCE);
    }

    /** Whether the user reads every account's key-account data (not only their own customers'). */
    public boolean seesAll() {
        return policy.canRead(AccessPolicy.Subject.of(AccessPolicy.Area.KEY_ACCOUNT, null));
    }

    public boolean canRead(Long customerId) {
        return policy.canRead(customers.subject(AccessPolicy.Area.KEY_ACCOUNT, customerId));
    }

    public boolean canEditEconomics(Long customerId) {
        return policy.canEdit(customers.subject(AccessPolicy.Area.ECONOMICS, customerId));
    }

    public boolean canEditProfile(Long customerId) {
        return policy.canEdit(customers.subject(AccessPolicy.Area.KEY_ACCOUNT, customerId));
    }

    public boolean canImport() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.FINANCE, Role.ACCOUNT_MANAGER);
    }

    /** Another account manager's account is "not found", alike for unknown ones. */
    private void checkRead(Long customerId) {
        policy.checkRead(customers.subject(AccessPolicy.Area.KEY_ACCOUNT, customerId), "KeyAccount", customerId);
    }

    // --- settings --------------------------------------------------------------------------------------

    public KeyAccountSettings settings() {
        KeyAccountSettings s = settingsCache.get();
        if (s == null) {
            s = settingsRepository.findFirstByOrderByIdAsc().map(SettingsRecord::settings).orElseGet(KeyAccountSettings::defaults);
            settingsCache.set(s);
        }
        return s;
    }

    public boolean canEditSettings() {
        return currentUser.hasRole(Role.ADMIN);
    }

    @Transactional
    @RolesAllowed(Role.ADMIN_)
    public KeyAccountSettings saveSettings(KeyAccountSettings s) {
        List<String> problems = s.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.stream()
                    .map(p -> new ValidationException.FieldError(p, messages.get("keyaccount.settings.invalid." + p))).toList());
        }
        SettingsRecord record = settingsRepository.findFirstByOrderByIdAsc().orElse(null);
        if (record == null) {
            settingsRepository.save(new SettingsRecord(s));
        } else {
            record.set(s);
        }
        settingsCache.set(null);
        cache.set(null);
        return s;
    }

    /** Indicator weights by AHP from the upper triangle of the eight indicators' comparisons. */
    public Ahp.Result indicatorAhp(List<Double> upper) {
        List<String> names = java.util.Arrays.stream(LoyaltyIndicator.values()).map(i -> messages.get(i.messageKey())).toList();
        return ahp.weigh(upper, names);
    }

    // --- economics -------------------------------------------------------------------------------------

    public List<AccountEconomics> economics(Long customerId) {
        checkRead(customerId);
        return economics.findByCustomerIdOrderByYearAsc(customerId).stream().map(EconomicsYear::toEconomics).toList();
    }

    /**
     * Stores one year's figures; {@code version} is the stored version the user edited (null for a new year).
     *
     * @throws ConcurrentEditException when someone saved the year in between
     */
    @Transactional
    public void saveYear(Long customerId, AccountEconomics e, Long version) {
        if (!canEditEconomics(customerId)) {
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
        cache.set(null);
    }

    @Transactional
    /**
     * Deletes one year's figures; {@code version} is the stored version the user read.
     *
     * @throws ConcurrentEditException when someone saved or deleted the year in between
     */
    public void deleteYear(Long customerId, int year, Long version) {
        if (!canEditEconomics(customerId)) {
            throw new AccessDeniedException(messages.get("keyaccount.error.notYours"));
        }
        EconomicsYear stored = economics.findByCustomerIdAndYear(customerId, year).orElse(null);
        if (stored == null) {
            throw ConcurrentEditException.conflict(messages);
        }
        ConcurrentEditException.unlessSame(stored.getVersion(), version, messages);
        economics.delete(stored);
        cache.set(null);
    }

    /** The stored version of every year, read with the figures a form shows (the version the user read travels with the save). */
    public Map<Integer, Long> economicsVersions(Long customerId) {
        checkRead(customerId);
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
        if (!canImport()) {
            throw new AccessDeniedException(messages.get("keyaccount.error.notYours"));
        }
        EconomicsWorkbookParser.Result parsed;
        try (Workbook workbook = SafeWorkbookReader.open(bytes)) {
            parsed = new EconomicsWorkbookParser(workbook).parse(workbook);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
            if (!canEditEconomics(id)) {
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
            if (!canEditEconomics(row.customerId())) {
                throw new AccessDeniedException(messages.get("keyaccount.error.notYours"));
            }
            EconomicsYear y = economics.findByCustomerIdAndYear(row.customerId(), row.economics().year())
                    .orElseGet(() -> new EconomicsYear(row.customerId(), row.economics().year()));
            y.assign(row.economics());
            economics.save(y);
        }
        cache.set(null);
        return preview.rows().size();
    }

    // --- profile ---------------------------------------------------------------------------------------

    /** The customer's profile (a new, unsaved one when nothing was recorded yet). */
    public KeyAccountProfile profile(Long customerId) {
        checkRead(customerId);
        return profiles.findByCustomerId(customerId).orElseGet(() -> new KeyAccountProfile(customerId));
    }

    private KeyAccountProfile editableProfile(Long customerId, Long version) {
        if (!canEditProfile(customerId)) {
            throw new AccessDeniedException(messages.get("keyaccount.error.notYours"));
        }
        KeyAccountProfile p = profiles.findByCustomerId(customerId).orElse(null);
        ConcurrentEditException.unlessSame(p == null ? null : p.getVersion(), version, messages);
        return p == null ? new KeyAccountProfile(customerId) : p;
    }

    /** The questionnaire's score and suggested outcome with the configured thresholds (answers 1–5, one per question). */
    public Identification.Result identify(List<Integer> answers) {
        KeyAccountSettings s = settings();
        return Identification.score(answers, s.identificationYes(), s.identificationMaybe());
    }

    /** Stores the questionnaire's answers and the outcome the manager confirms (null keeps it unconfirmed). */
    @Transactional
    public KeyAccountProfile saveIdentification(Long customerId, Long version, List<Integer> answers, Identification.Outcome confirmed) {
        KeyAccountProfile p = editableProfile(customerId, version);
        Identification.Result r;
        try {
            r = identify(answers);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("answers", messages.get("keyaccount.identification.incomplete"));
        }
        p.setAnswers(answers);
        p.setSuggestedOutcome(r.suggested());
        p.confirm(confirmed, currentUser.username(), Instant.now(clock));
        KeyAccountProfile saved = profiles.save(p);
        cache.set(null);
        return saved;
    }

    @Transactional
    public KeyAccountProfile saveIndicators(Long customerId, Long version, Map<LoyaltyIndicator, Double> values) {
        KeyAccountProfile p = editableProfile(customerId, version);
        Map<LoyaltyIndicator, Double> clean = new EnumMap<>(LoyaltyIndicator.class);
        values.forEach((k, v) -> {
            if (v != null) {
                if (v < 0 || v.isNaN() || v.isInfinite()) {
                    throw ValidationException.of(k.name(), messages.get("validation.nonNegative"));
                }
                clean.put(k, v);
            }
        });
        p.setIndicators(clean);
        KeyAccountProfile saved = profiles.save(p);
        cache.set(null);
        return saved;
    }

    @Transactional
    public KeyAccountProfile saveGale(Long customerId, Long version, GaleValue.Survey survey) {
        KeyAccountProfile p = editableProfile(customerId, version);
        try {
            GaleValue.of(survey);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("gale", messages.get("keyaccount.gale.invalid"));
        }
        for (GaleValue.Element e : survey.elements()) {
            if (e.name() == null || e.name().isBlank() || e.name().length() > 100) {
                throw ValidationException.of("gale", messages.get("keyaccount.gale.name"));
            }
        }
        p.setGale(survey);
        return profiles.save(p);
    }

    // --- analysis --------------------------------------------------------------------------------------

    private Cached analysed() {
        Cached c = cache.get();
        if (c != null && c.at().isAfter(Instant.now(clock).minusSeconds(300))) {
            return c;
        }
        List<CustomerService.Entry> directory = customers.directory();
        Map<Long, List<AccountEconomics>> years = new HashMap<>();
        for (EconomicsYear y : economics.findAllOrdered()) {
            years.computeIfAbsent(y.getCustomerId(), k -> new ArrayList<>()).add(y.toEconomics());
        }
        Map<Long, Map<LoyaltyIndicator, Double>> indicators = new HashMap<>();
        Map<Long, Identification.Outcome> outcomes = new HashMap<>();
        for (KeyAccountProfile p : profiles.findAll()) {
            indicators.put(p.getCustomerId(), p.getIndicators());
            Identification.Outcome o = p.getConfirmedOutcome() != null ? p.getConfirmedOutcome() : null;
            if (o != null) {
                outcomes.put(p.getCustomerId(), o);
            }
        }
        List<Segmentation.Account> accounts = new ArrayList<>();
        for (CustomerService.Entry e : directory) {
            List<AccountEconomics> y = years.get(e.id());
            if (y != null) {
                accounts.add(new Segmentation.Account(e.id(), y, indicators.getOrDefault(e.id(), Map.of()), e.level()));
            }
        }
        c = new Cached(Segmentation.of(accounts, settings()), outcomes, Instant.now(clock));
        cache.set(c);
        return c;
    }

    /** Forgets the analysis (after data this service does not see changed, e.g. in tests). */
    public void refresh() {
        cache.set(null);
        settingsCache.set(null);
    }

    /** The portfolio-wide figures (medians, Pareto lines) over every account, whoever asks. */
    public Segmentation.Result analysis() {
        if (!canUse()) {
            throw new AccessDeniedException(messages.get("keyaccount.error.notYours"));
        }
        return analysed().result();
    }

    public AccountView account(Long customerId) {
        checkRead(customerId);
        List<AccountEconomics> years = economics(customerId);
        Segmentation.Value value = analysed().result().values().get(customerId);
        KeyAccountProfile profile = profile(customerId);
        KeyAccountSettings s = settings();
        Identification.Result identification = profile.getAnswers().size() == Identification.Question.values().length
                ? identify(profile.getAnswers()) : null;
        GaleValue.Result gale = GaleValue.of(profile.getGale());
        return new AccountView(customerId, years, value, years.isEmpty() ? null : Segmentation.projection(years, s), profile,
                identification, gale);
    }

    /**
     * The accounts the user may see that have economics, filtered by a segment code (null or blank for all):
     * a value-matrix kind (STRATEGIC, MAIN, TRANSACTION, RISK), a pyramid tier (PLATINUM, GOLD, IRON, LEAD), a
     * loyalty or profitability segment (LOYAL … NO_LOYALTY, TRUE_FRIEND … STRANGER), PARETO_REVENUE or
     * PARETO_PROFIT (the 80 % head), or KEY_ACCOUNT (confirmed as a key account).
     *
     * @throws ValidationException for an unknown segment code
     */
    public List<PortfolioRow> portfolio(String segment) {
        if (!canUse()) {
            throw new AccessDeniedException(messages.get("keyaccount.error.notYours"));
        }
        java.util.function.Predicate<PortfolioRow> filter = SegmentFilter.parse(segment)
                .orElseThrow(() -> ValidationException.of("segment", messages.get("keyaccount.error.segment", segment)));
        Cached c = analysed();
        List<PortfolioRow> rows = new ArrayList<>();
        // owners and names are read fresh: the cached analysis holds figures only, never who may see an account
        for (CustomerService.Entry e : customers.directory()) {
            Segmentation.Value v = c.result().values().get(e.id());
            if (v == null || !policy.canRead(AccessPolicy.Subject.of(AccessPolicy.Area.KEY_ACCOUNT, e.owner()))) {
                continue;
            }
            PortfolioRow row = new PortfolioRow(e.id(), e.code(), e.name(), e.owner(), v, c.outcomes().get(e.id()));
            if (filter.test(row)) {
                rows.add(row);
            }
        }
        rows.sort(java.util.Comparator.comparing((PortfolioRow r) -> r.value().currentValue(),
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())).thenComparing(PortfolioRow::code));
        return rows;
    }
}
