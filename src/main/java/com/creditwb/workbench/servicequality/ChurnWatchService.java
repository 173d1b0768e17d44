package com.creditwb.workbench.servicequality;

import com.creditwb.workbench.servicequality.domain.ChurnRules;
import com.creditwb.workbench.servicequality.domain.ComplaintFlow;
import com.creditwb.workbench.servicequality.domain.Servqual;
import com.creditwb.workbench.common.SystemAuthentication;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.value.AccountEconomics;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The churn watch (流失预警): the customers at risk with each reason and the figure behind it — joining satisfaction
 * (survey rounds), complaints, customer value (key-account economics) and credit (receivables overdue). Account
 * managers see their own customers, credit managers and ADMIN all; finance none.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ChurnWatchService {

    /** A customer at risk: the reasons found, their weighted score, and the signals behind them. */
    public record AtRisk(Long customerId, String code, String name, String owner, String ownerName, double score,
            List<ChurnRules.Found> reasons, ChurnRules.Signals signals) {
    }

    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final SurveyService surveyService;
    private final QuestionnaireService questionnaireService;
    private final ComplaintService complaints;
    private final CustomerService customers;
    private final KeyAccountService keyAccounts;
    private final com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService;
    private final ReceivableService receivables;
    private final CurrentUser currentUser;
    private final ChurnSettingsRepository settingsRepository;
    private final com.creditwb.workbench.common.i18n.Messages messages;
    private final com.creditwb.workbench.security.UserService users;

    ChurnWatchService(SurveyRepository surveys, SurveyResponseRepository responses, SurveyService surveyService, QuestionnaireService questionnaireService, ComplaintService complaints,
            CustomerService customers, KeyAccountService keyAccounts, com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService, ReceivableService receivables, CurrentUser currentUser,
            ChurnSettingsRepository settingsRepository, com.creditwb.workbench.common.i18n.Messages messages,
            com.creditwb.workbench.security.UserService users) {
        this.users = users;
        this.settingsRepository = settingsRepository;
        this.messages = messages;
        this.surveys = surveys;
        this.responses = responses;
        this.surveyService = surveyService;
        this.questionnaireService = questionnaireService;
        this.complaints = complaints;
        this.customers = customers;
        this.keyAccounts = keyAccounts;
        this.economicsService = economicsService;
        this.receivables = receivables;
        this.currentUser = currentUser;
    }

    public boolean canUse() {
        return currentUser.hasAnyRole(Role.ADMIN, Role.CREDIT_MANAGER, Role.ACCOUNT_MANAGER);
    }

    /** ADMIN's weights and thresholds, or the defaults. */
    public ChurnRules.Settings settings() {
        return settingsRepository.findFirstByOrderByIdAsc().map(ChurnSettings::get).orElse(ChurnRules.DEFAULTS);
    }

    public boolean canSetSettings() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /** ADMIN: each weight 0–100 points; CSI drop 1–100 points; revenue drop and overdue growth 1–1,000 %. */
    @Transactional
    @jakarta.annotation.security.RolesAllowed(Role.ADMIN_)
    public ChurnRules.Settings saveSettings(ChurnRules.Settings s) {
        List<com.creditwb.workbench.common.ValidationException.FieldError> errors = new ArrayList<>();
        for (ChurnRules.Reason r : ChurnRules.Reason.values()) {
            Double w = s == null || s.weights() == null ? null : s.weights().get(r);
            if (w == null || !(w >= 0 && w <= 100)) {
                errors.add(new com.creditwb.workbench.common.ValidationException.FieldError("weights." + r.name(), messages.get("churn.error.weight")));
            }
        }
        if (s == null || !(s.csiDrop() >= 1 && s.csiDrop() <= 100)) {
            errors.add(new com.creditwb.workbench.common.ValidationException.FieldError("csiDrop", messages.get("churn.error.csiDrop")));
        }
        if (s == null || !(s.revenueDropPercent() >= 1 && s.revenueDropPercent() <= 1000)) {
            errors.add(new com.creditwb.workbench.common.ValidationException.FieldError("revenueDropPercent", messages.get("churn.error.percent")));
        }
        if (s == null || !(s.overdueGrowthPercent() >= 1 && s.overdueGrowthPercent() <= 1000)) {
            errors.add(new com.creditwb.workbench.common.ValidationException.FieldError("overdueGrowthPercent", messages.get("churn.error.percent")));
        }
        if (!errors.isEmpty()) {
            throw new com.creditwb.workbench.common.ValidationException(errors);
        }
        ChurnSettings row = settingsRepository.findFirstByOrderByIdAsc().orElseGet(() -> new ChurnSettings(s));
        row.set(s);
        settingsRepository.saveAndFlush(row);
        return settings();
    }

    /** The customers at risk the user may see, highest score first. */
    @jakarta.annotation.security.RolesAllowed({com.creditwb.workbench.security.Role.ADMIN_, com.creditwb.workbench.security.Role.CREDIT_MANAGER_,
            com.creditwb.workbench.security.Role.ACCOUNT_MANAGER_})
    public List<AtRisk> list() {
        if (!canUse()) {
            return List.of();
        }
        boolean all = currentUser.hasAnyRole(Role.ADMIN, Role.CREDIT_MANAGER);
        String me = currentUser.username();
        List<CustomerService.Entry> scope = customers.directory().stream().filter(e -> all || me.equals(e.owner())).toList();
        Set<Long> ids = scope.stream().map(CustomerService.Entry::id).collect(Collectors.toSet());
        Map<Long, List<Survey>> rounds = surveys.findAll().stream().filter(s -> ids.contains(s.getCustomerId()))
                .sorted(Comparator.comparing(Survey::getCreatedAt, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Survey::getId))
                .collect(Collectors.groupingBy(Survey::getCustomerId));
        Instant now = complaints.now();
        Map<Long, List<Complaint>> byCustomer = complaints.list(ComplaintService.Filter.ALL).stream()
                .filter(c -> ids.contains(c.getCustomerId())).collect(Collectors.groupingBy(Complaint::getCustomerId));
        Map<Long, ReceivableService.OverdueChange> overdue = SystemAuthentication.call(() -> receivables.overdueChanges());
        ChurnRules.Settings settings = settings();
        List<AtRisk> list = new ArrayList<>();
        for (CustomerService.Entry e : scope) {
            List<Double> csi = new ArrayList<>();
            int detractors = 0;
            for (Survey s : rounds.getOrDefault(e.id(), List.of())) {
                List<SurveyResponse> answers = responses.findBySurveyIdOrderByAnsweredAtAscIdAsc(s.getId());
                if (!answers.isEmpty()) {
                    var q = questionnaireService.questionnaireOf(s);
                    csi.add(Servqual.of(q.dimensions(), answers.stream().map(SurveyResponse::servqual).toList()).csi());
                    detractors = (int) answers.stream().filter(r -> r.getRecommend() != null && r.getRecommend() <= 6).count();
                }
            }
            List<Complaint> cs = byCustomer.getOrDefault(e.id(), List.of());
            // each complaint once, whether late, reopened or both
            int atRisk = (int) cs.stream().filter(c -> complaints.overdue(c, now)
                    || c.getReopened() > 0 && c.getStatus() != ComplaintFlow.Status.CLOSED).count();
            BigDecimal revenuePrevious = null;
            BigDecimal revenueLatest = null;
            if (keyAccounts.canRead(e.id())) {
                List<AccountEconomics> years = economicsService.economics(e.id()).stream().sorted(Comparator.comparingInt(AccountEconomics::year)).toList();
                if (years.size() >= 2) {
                    revenuePrevious = years.get(years.size() - 2).revenue();
                    revenueLatest = years.getLast().revenue();
                }
            }
            ReceivableService.OverdueChange o = overdue.get(e.id());
            ChurnRules.Signals signals = new ChurnRules.Signals(csi, detractors, atRisk, revenuePrevious, revenueLatest,
                    o == null ? null : o.previous(), o == null ? null : o.current());
            List<ChurnRules.Found> found = ChurnRules.reasons(signals, settings);
            if (!found.isEmpty()) {
                list.add(new AtRisk(e.id(), e.code(), e.name(), e.owner(), e.owner() == null ? null : users.displayName(e.owner()),
                        ChurnRules.score(found, settings), found, signals));
            }
        }
        list.sort(Comparator.comparingDouble(AtRisk::score).reversed().thenComparing(AtRisk::code));
        return list;
    }
}
