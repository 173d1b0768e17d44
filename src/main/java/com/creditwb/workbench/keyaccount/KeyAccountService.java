package com.creditwb.workbench.keyaccount;

import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.common.math.Ahp;
import com.creditwb.workbench.common.AhpWeights;
import com.creditwb.workbench.common.math.Npv;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.segment.Segmentation;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import com.creditwb.workbench.keyaccount.value.GaleValue;
import com.creditwb.workbench.keyaccount.value.Identification;
import com.creditwb.workbench.keyaccount.value.KeyAccountSettings;
import com.creditwb.workbench.keyaccount.value.LoyaltyIndicator;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** The portfolio analysis and the settings, kept while no node changed their sources (shared versions). */
    private final com.creditwb.workbench.common.cluster.SharedCache<Cached> cache;
    private final com.creditwb.workbench.common.cluster.SharedCache<KeyAccountSettings> settingsCache;

    KeyAccountService(EconomicsRepository economics, ProfileRepository profiles, SettingsRepository settingsRepository,
            CustomerService customers, CurrentUser currentUser, AhpWeights ahp, Messages messages, Clock clock, AccessPolicy policy,
            com.creditwb.workbench.common.cluster.SharedVersions shared) {
        this.cache = shared.cache("keyAccountAnalysis");
        this.settingsCache = shared.cache("keyAccountSettings");
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
    void checkRead(Long customerId) {
        policy.checkRead(customers.subject(AccessPolicy.Area.KEY_ACCOUNT, customerId), "KeyAccount", customerId);
    }

    // --- settings --------------------------------------------------------------------------------------

    public KeyAccountSettings settings() {
        return settingsCache.get(() -> settingsRepository.findFirstByOrderByIdAsc().map(SettingsRecord::settings)
                .orElseGet(KeyAccountSettings::defaults));
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
        settingsCache.changed();
        cache.changed();
        return s;
    }

    /** Indicator weights by AHP from the upper triangle of the eight indicators' comparisons. */
    public Ahp.Result indicatorAhp(List<Double> upper) {
        List<String> names = java.util.Arrays.stream(LoyaltyIndicator.values()).map(i -> messages.get(i.messageKey())).toList();
        return ahp.weigh(upper, names);
    }

    // --- analysis --------------------------------------------------------------------------------------

    private Cached analysed() {
        return cache.get(this::analyse);
    }

    private Cached analyse() {
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
        return new Cached(Segmentation.of(accounts, settings()), outcomes, Instant.now(clock));
    }

    /** Forgets the portfolio analysis after an account's economics or profile changed. */
    void forgetAnalysis() {
        cache.changed();
    }

    /** Forgets the analysis (after data this service does not see changed, e.g. in tests). */
    public void refresh() {
        cache.forget();
        settingsCache.forget();
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
        List<AccountEconomics> years = economics.findByCustomerIdOrderByYearAsc(customerId).stream().map(EconomicsYear::toEconomics).toList();
        Segmentation.Value value = analysed().result().values().get(customerId);
        KeyAccountProfile profile = profiles.findByCustomerId(customerId).orElseGet(() -> new KeyAccountProfile(customerId));
        KeyAccountSettings s = settings();
        Identification.Result identification = profile.getAnswers().size() == Identification.Question.values().length
                ? Identification.score(profile.getAnswers(), s.identificationYes(), s.identificationMaybe()) : null;
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
