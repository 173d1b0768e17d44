package com.creditwb.workbench.keyaccount.export;

import com.creditwb.workbench.common.excel.TemplateFiller;
import com.creditwb.workbench.common.excel.TemplateFiller.Percent;
import com.creditwb.workbench.common.i18n.Labelled;
import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.plan.KeyAccountPlan;
import com.creditwb.workbench.keyaccount.plan.ObjectiveKind;
import com.creditwb.workbench.keyaccount.plan.PlanAction;
import com.creditwb.workbench.keyaccount.plan.PlanFacts;
import com.creditwb.workbench.keyaccount.plan.PlanForm;
import com.creditwb.workbench.keyaccount.plan.PlanService;
import com.creditwb.workbench.keyaccount.plan.PlanState;
import com.creditwb.workbench.keyaccount.segment.RelationshipStrategy;
import com.creditwb.workbench.keyaccount.segment.Segmentation;
import com.creditwb.workbench.security.CurrentUser;
import com.creditwb.workbench.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Key-account plans and the portfolio written to Excel through the restyleable templates: a plan (its
 * summary, value and credit, objectives and actions, contacts, negotiations) in memory, the portfolio
 * streamed row by row. Sheet names and labels are in the language asked for.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class KeyAccountExport {

    /** One portfolio row as the template sees it: labels already in the export's language. */
    public record PortfolioLine(String code, String name, String owner, Integer year, BigDecimal revenue, BigDecimal currentValue,
            Percent margin, Double npv, Double potentialScore, String quadrant, String tier, String paretoRevenue, String paretoProfit,
            String loyalty, String profitability, String kotlerLevel, String currentLevel, String keyAccount) {
    }

    private final PlanService plans;
    private final KeyAccountService keyAccounts;
    private final CustomerService customers;
    private final MessageSource messages;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<PlanNegotiations> negotiations;
    private final org.springframework.beans.factory.ObjectProvider<PlanServiceQuality> serviceQuality;

    private final com.creditwb.workbench.security.UserService users;

    KeyAccountExport(PlanService plans, KeyAccountService keyAccounts, CustomerService customers, MessageSource messages,
            CurrentUser currentUser, Clock clock, org.springframework.beans.factory.ObjectProvider<PlanNegotiations> negotiations,
            org.springframework.beans.factory.ObjectProvider<PlanServiceQuality> serviceQuality, com.creditwb.workbench.security.UserService users) {
        this.users = users;
        this.serviceQuality = serviceQuality;
        this.plans = plans;
        this.keyAccounts = keyAccounts;
        this.customers = customers;
        this.messages = messages;
        this.currentUser = currentUser;
        this.clock = clock;
        this.negotiations = negotiations;
    }

    public static String planFileName(String customerCode, int number) {
        return "key-account-plan_" + customerCode + "_v" + number + ".xlsx";
    }

    /** The plan as a workbook (readers of the plan only). */
    @RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_})
    public byte[] plan(Long planId, Locale locale) {
        return plan(planId, locale, ExportTemplates.plan());
    }

    /** The plan through the given template (a company's restyled copy, for example). */
    @RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_})
    public byte[] plan(Long planId, Locale locale, byte[] template) {
        KeyAccountPlan p = plans.get(planId);
        return TemplateFiller.fill(template, planModel(p, plans.facts(p), customers.record(p.getCustomerId()), locale));
    }

    /** The customer's plan to export by default: the active one, else the newest version. */
    @RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.ACCOUNT_MANAGER_})
    public KeyAccountPlan defaultPlan(Long customerId) {
        List<KeyAccountPlan> list = plans.plans(customerId);
        return list.stream().filter(p -> p.getState() == PlanState.ACTIVE).findFirst()
                .orElseGet(() -> list.isEmpty() ? null : list.get(0));
    }

    Map<String, Object> planModel(KeyAccountPlan p, PlanFacts facts, CustomerRecord c, Locale locale) {
        Map<String, Object> m = new HashMap<>();
        m.put("t", new com.creditwb.workbench.common.excel.TemplateLabels(messages, locale, "keyaccount.xlsx."));
        m.put("exportedAt", LocalDate.now(clock));
        m.put("exportedBy", users.displayName(currentUser.username()));
        m.put("customer", Map.of("code", c.code(), "name", c.name(), "industry", label(c.industry(), locale),
                "region", label(c.region(), locale)));
        Map<String, Object> plan = new HashMap<>();
        plan.put("title", p.getTitle());
        plan.put("number", p.getNumber());
        plan.put("state", label(p.getState(), locale));
        plan.put("owner", p.getOwner() == null ? null : users.displayName(p.getOwner()));
        plan.put("periodStart", p.getPeriodStart());
        plan.put("periodEnd", p.getPeriodEnd());
        plan.put("nextReview", p.getNextReview());
        plan.put("activatedAt", p.getActivatedAt() == null ? null : p.getActivatedAt().atZone(com.creditwb.workbench.common.i18n.Formats.zone()).toLocalDate());
        plan.put("currentLevel", label(p.getCurrentLevel(), locale));
        plan.put("targetLevel", label(p.getTargetLevel(), locale));
        plan.put("profile", p.getProfile());
        plan.put("resources", p.getResources());
        plan.put("risks", p.getRisks());
        m.put("plan", plan);
        m.put("figuresAsOf", text(p.getFrozen() != null ? "keyaccount.xlsx.frozen" : "keyaccount.xlsx.live", locale,
                facts.asOf() == null ? "" : facts.asOf().atZone(com.creditwb.workbench.common.i18n.Formats.zone()).toLocalDate().toString()));
        PlanFacts.Credit cr = facts.credit();
        Map<String, Object> credit = new HashMap<>();
        credit.put("rating", cr.rating() == null ? text("keyaccount.notAssessed", locale) : cr.rating());
        credit.put("riskClass", cr.riskClass() == null ? null
                : text(com.creditwb.workbench.credit.model.RiskClass.valueOf(cr.riskClass()).messageKey(), locale));
        credit.put("limit", cr.limit());
        credit.put("limitUntil", cr.limitUntil());
        credit.put("currency", cr.currency());
        credit.put("terms", cr.termsDays());
        credit.put("nextReview", cr.nextReview());
        credit.put("exposure", cr.exposure());
        credit.put("exposureAsOf", cr.exposureAsOf());
        credit.put("utilisation", cr.utilisation() == null ? null : new Percent(cr.utilisation()));
        m.put("credit", credit);
        Map<String, Object> value = new HashMap<>();
        PlanFacts.Value v = facts.value();
        if (v != null) {
            value.put("year", v.year());
            value.put("revenue", v.revenue());
            value.put("currentValue", v.currentValue());
            value.put("margin", v.margin() == null ? null : new Percent(v.margin()));
            value.put("shareOfWallet", v.shareOfWallet() == null ? null : new Percent(v.shareOfWallet()));
            value.put("npv", v.npv());
            value.put("indicatorScore", v.indicatorScore());
            value.put("potentialScore", v.potentialScore());
            RelationshipStrategy q = v.quadrant() == null ? null : RelationshipStrategy.valueOf(v.quadrant());
            value.put("quadrant", q == null ? null : text(q.messageKey(), locale));
            value.put("relationship", q == null ? null : text(q.relationshipKey(), locale));
            value.put("resources", q == null ? null : text(q.resourcesKey(), locale));
            value.put("tier", v.tier() == null ? null : text("keyaccount.tier." + v.tier(), locale));
            value.put("paretoRevenue", yesNo(v.revenueHead(), locale));
            value.put("paretoProfit", yesNo(v.profitHead(), locale));
            value.put("loyalty", v.loyalty() == null ? null : text("keyaccount.loyalty." + v.loyalty(), locale));
            value.put("profitability", v.profitability() == null ? null : text("keyaccount.profitability." + v.profitability(), locale));
            value.put("kotlerLevel", v.kotlerLevel() == null ? null : text("relationshipLevel." + v.kotlerLevel(), locale));
            value.put("gale", v.galeValue());
            value.put("identification", v.identification() == null ? null : text("keyaccount.outcome." + v.identification(), locale));
        }
        m.put("value", value);
        List<Map<String, Object>> objectives = new ArrayList<>();
        for (PlanForm.Objective o : p.toForm().objectives()) {
            Map<String, Object> row = new HashMap<>();
            row.put("kind", label(o.kind(), locale));
            row.put("target", o.kind() == ObjectiveKind.REVENUE || o.target() == null ? o.target() : new Percent(o.target().doubleValue()));
            row.put("targetDate", o.targetDate());
            row.put("note", o.note());
            objectives.add(row);
        }
        m.put("objectives", objectives);
        LocalDate today = LocalDate.now(clock);
        List<Map<String, Object>> actions = new ArrayList<>();
        for (PlanAction a : p.getActions()) {
            Map<String, Object> row = new HashMap<>();
            row.put("what", a.getMeasure() != null ? label(a.getMeasure(), locale) + (a.getTitle() == null || a.getTitle().isBlank() ? ""
                    : " – " + a.getTitle()) : a.getTitle());
            row.put("owner", a.getOwner() == null ? null : users.displayName(a.getOwner()));
            row.put("dueDate", a.getDueDate());
            row.put("budget", a.getBudget());
            row.put("status", label(a.getStatus(), locale));
            row.put("overdue", a.overdue(today) ? text("keyaccount.xlsx.yes", locale) : "");
            actions.add(row);
        }
        m.put("actions", actions);
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (PlanForm.Contact ct : p.toForm().contacts()) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", ct.name());
            row.put("jobTitle", ct.jobTitle());
            row.put("role", label(ct.role(), locale));
            row.put("attitude", label(ct.attitude(), locale));
            row.put("note", ct.note());
            contacts.add(row);
        }
        m.put("contacts", contacts);
        List<Map<String, Object>> negotiations = new ArrayList<>();
        PlanNegotiations contributed = this.negotiations.getIfAvailable();
        if (contributed != null) {
            for (PlanNegotiations.Row r : contributed.forCustomer(p.getCustomerId(), locale)) {
                Map<String, Object> row = new HashMap<>();
                row.put("date", r.date());
                row.put("subject", r.subject());
                row.put("stage", r.stage());
                row.put("outcome", r.outcome());
                negotiations.add(row);
            }
        }
        m.put("negotiations", negotiations);
        m.put("negotiationsNote", negotiations.isEmpty() ? text("keyaccount.xlsx.noNegotiations", locale) : "");
        PlanServiceQuality.Figures sq = serviceFigures(p.getCustomerId(), locale);
        Map<String, Object> service = new HashMap<>();
        if (sq != null) {
            service.put("round", sq.round());
            service.put("servqual", sq.servqual());
            service.put("csi", sq.csi());
            service.put("nps", sq.nps());
            service.put("csiTrend", sq.csiTrend());
            service.put("openComplaints", sq.openComplaints());
            service.put("overdueComplaints", sq.overdueComplaints());
        } else {
            service.put("round", text("keyaccount.xlsx.noService", locale));
        }
        m.put("service", service);
        return m;
    }

    /** The service-quality figures of the customer the plan shows (null without the feature, the right or any). */
    public PlanServiceQuality.Figures serviceFigures(Long customerId, Locale locale) {
        PlanServiceQuality contributed = serviceQuality.getIfAvailable();
        return contributed == null ? null : contributed.forCustomer(customerId, locale);
    }

    /**
     * The rows of the portfolio the user may export (secured; read before streaming, which may run in the
     * background): exactly the rows the user reads in the portfolio list and the API, by the same rule.
     */
    public List<KeyAccountService.PortfolioRow> portfolioRows(String segment) {
        return keyAccounts.portfolio(segment);
    }

    /** Streams the rows through the portfolio template (rows already read with the user's rights; may run on any thread). */
    @PreAuthorize("permitAll()")
    public void writePortfolio(List<KeyAccountService.PortfolioRow> rows, String segment, Locale locale, OutputStream out,
            TemplateFiller.Progress progress) {
        Map<String, Object> model = new HashMap<>();
        model.put("t", new com.creditwb.workbench.common.excel.TemplateLabels(messages, locale, "keyaccount.xlsx."));
        model.put("segment", segment == null || segment.isBlank() ? text("keyaccount.segment.all", locale) : segmentLabel(segment, locale));
        model.put("count", rows.size());
        model.put("exportedAtText", LocalDate.now(clock).toString());
        Map<Object, String> labels = new HashMap<>();
        String yes = text("keyaccount.xlsx.yes", locale);
        Iterator<KeyAccountService.PortfolioRow> source = rows.iterator();
        Iterator<PortfolioLine> lines = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public PortfolioLine next() {
                KeyAccountService.PortfolioRow r = source.next();
                Segmentation.Value v = r.value();
                return new PortfolioLine(r.code(), r.name(), r.owner(), v.year(), v.revenue(), v.currentValue(),
                        v.margin() == null ? null : new Percent(v.margin()), v.npv(), v.potentialScore(), cached(labels, v.quadrant(), locale),
                        cached(labels, v.tier(), locale), v.revenueHead() ? yes : "", v.profitHead() ? yes : "", cached(labels, v.loyalty(), locale),
                        cached(labels, v.profitability(), locale), cached(labels, v.kotlerLevel(), locale),
                        cached(labels, v.currentLevel(), locale), cached(labels, r.keyAccount(), locale));
            }
        };
        TemplateFiller.stream(ExportTemplates.portfolio(), model, "rows", lines, progress, out);
    }

    /** A segment code in words (the code itself when it is unknown). */
    public String segmentLabel(String segment, Locale locale) {
        String code = segment.strip().toUpperCase(Locale.ROOT);
        for (String prefix : List.of("keyaccount.strategy.", "keyaccount.tier.", "keyaccount.loyalty.", "keyaccount.profitability.",
                "keyaccount.segment.")) {
            String label = messages.getMessage(prefix + code, null, null, locale);
            if (label != null) {
                return label;
            }
        }
        return code;
    }

    private String cached(Map<Object, String> labels, Labelled l, Locale locale) {
        return l == null ? null : labels.computeIfAbsent(l, k -> text(l.messageKey(), locale));
    }

    private String label(Labelled l, Locale locale) {
        return l == null ? null : text(l.messageKey(), locale);
    }

    private String yesNo(boolean b, Locale locale) {
        return text(b ? "keyaccount.xlsx.yes" : "keyaccount.xlsx.no", locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }
}
