package com.creditwb.workbench.credit;

import com.creditwb.workbench.credit.domain.CreditCheck;
import com.creditwb.workbench.common.ValidationException;
import com.creditwb.workbench.common.i18n.Messages;
import com.creditwb.workbench.credit.documents.Commitments;
import com.creditwb.workbench.common.NotFoundException;
import com.creditwb.workbench.credit.limits.EffectiveLimit;
import com.creditwb.workbench.credit.receivable.ReceivableItem;
import com.creditwb.workbench.security.AccessPolicy;
import com.creditwb.workbench.credit.model.RiskClass;
import com.creditwb.workbench.credit.rates.ExchangeRateService;
import com.creditwb.workbench.credit.model.ScoringModel;
import com.creditwb.workbench.credit.model.ScoringModelService;
import com.creditwb.workbench.credit.receivable.Aging;
import com.creditwb.workbench.credit.receivable.ReceivableImport;
import com.creditwb.workbench.credit.receivable.ReceivableService;
import com.creditwb.workbench.customer.CustomerService;
import com.creditwb.workbench.statement.StatementService;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exposure and DSO per customer, the portfolio, alerts, and the credit check an order system calls.
 * Thresholds (overdue days, grace after the review date, utilisation for review) come from the current model.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CreditMonitorService {

    public static final int DEFAULT_DSO_DAYS = 90;

    private final AssessmentService assessments;
    private final ReceivableService receivables;
    private final ScoringModelService models;
    private final CustomerService customers;
    private final StatementService statements;
    private final Messages messages;
    private final Clock clock;
    private final ExchangeRateService rates;
    private final CheckFacts checkFacts;
    private final com.creditwb.workbench.credit.limits.EffectiveLimits limits;
    private final AccessPolicy policy;

    CreditMonitorService(AssessmentService assessments, ReceivableService receivables, ScoringModelService models,
            CustomerService customers, StatementService statements, Messages messages, Clock clock, ExchangeRateService rates,
            CheckFacts checkFacts, AccessPolicy policy, com.creditwb.workbench.credit.limits.EffectiveLimits limits) {
        this.limits = limits;
        this.checkFacts = checkFacts;
        this.policy = policy;
        this.rates = rates;
        this.assessments = assessments;
        this.receivables = receivables;
        this.models = models;
        this.customers = customers;
        this.statements = statements;
        this.messages = messages;
        this.clock = clock;
    }

    private ScoringModel.Monitoring monitoring() {
        return models.current().model().monitoring();
    }

    public Exposure exposure(Long customerId, int dsoDays) {
        Assessment decision = assessments.currentDecision(customerId).orElse(null);
        Optional<ReceivableImport> list = receivables.current();
        Aging.Summary aging = receivables.summary(customerId, monitoring().overdueBlockDays()).orElse(null);
        return new Exposure(decision, list.map(ReceivableImport::getAsOf).orElse(null), aging,
                receivables.dso(customerId, dsoDays).orElse(null), decision == null ? null
                        : limits.of(customerId, decision.getLimitAmount(), decision.getDecidedAt()));
    }

    /**
     * BLOCK when there is no approved decision, it has expired (past its review date by more than the
     * grace days), its class is reject, the amount would take the committed exposure over the limit, or items are
     * overdue beyond the threshold; REVIEW when the review is overdue, utilisation would pass the review
     * level, items are overdue at all, or no exchange rate converts the amount (NO_RATE); APPROVE otherwise.
     */
    public CreditCheck check(String customerIdOrCode, BigDecimal amount, String currency) {
        validateAmount(amount, currency);
        io.micrometer.core.instrument.Timer.Sample sample = io.micrometer.core.instrument.Timer.start();
        CreditCheck result = evaluate(facts(customerIdOrCode), amount, currency, LocalDate.now(clock), null);
        sample.stop(CHECKS);
        return result;
    }

    /** How long credit checks take (a histogram, for the 99th percentile an order system sees). */
    private static final io.micrometer.core.instrument.Timer CHECKS = io.micrometer.core.instrument.Timer.builder("workbench.credit.check")
            .description("Credit checks: customer read, exposure and limit evaluated").publishPercentileHistogram()
            .register(io.micrometer.core.instrument.Metrics.globalRegistry);

    /**
     * What a check reads of the customer (by id or code), once the access policy lets the user read its credit: an
     * unknown customer, or one the user may not read, is not found.
     */
    public CheckFacts.Facts facts(String customerIdOrCode) {
        return checkFacts.read(readable(customerIdOrCode));
    }

    public CheckFacts.Facts facts(Long customerId) {
        if (customerId == null) {
            throw new NotFoundException("Customer", null);
        }
        return checkFacts.read(readable(checkFacts.key(customerId, null), customerId));
    }

    /** The customer (by id or code) whose credit the user may read; not found otherwise. */
    public CheckFacts.Key readable(String customerIdOrCode) {
        Long id = CustomerService.numericId(customerIdOrCode);
        return readable(checkFacts.key(id, id == null ? CustomerService.normalisedCode(customerIdOrCode) : null), customerIdOrCode);
    }

    private CheckFacts.Key readable(CheckFacts.Key key, Object asked) {
        if (key == null) {
            throw new NotFoundException("Customer", asked);
        }
        policy.checkRead(AccessPolicy.Subject.of(AccessPolicy.Area.CREDIT, key.owner()), "Customer", key.id());
        return key;
    }

    /** The facts of a customer {@link #readable} returned, read now (under the caller's lock and transaction). */
    public CheckFacts.Facts facts(CheckFacts.Key readable) {
        return checkFacts.read(readable);
    }

    /** The amount and currency an order system sends: positive, to the cent, a three-letter code. */
    public void validateAmount(BigDecimal amount, String currency) {
        if (amount == null || amount.signum() <= 0) {
            throw ValidationException.of("amount", messages.get("creditCheck.amountPositive"));
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw ValidationException.of("amount", messages.get("api.error.amountCents"));
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw ValidationException.of("amount", messages.get("creditCheck.amountTooLarge"));
        }
        if (currency != null && !currency.isBlank() && !currency.strip().matches("[A-Za-z]{3}")) {
            throw ValidationException.of("currency", messages.get("creditCheck.currencyCode"));
        }
    }

    /** The largest amount a check takes. */
    public static final BigDecimal MAX_AMOUNT = com.creditwb.workbench.credit.domain.Amounts.MAX;

    /** The amount in the customer's limit currency at the rate of the date; empty without a rate. */
    public Optional<BigDecimal> inLimitCurrency(CheckFacts.Facts f, BigDecimal amount, String currency, LocalDate date) {
        String limitCurrency = limitCurrency(f);
        if (currency == null || currency.isBlank() || currency.strip().equalsIgnoreCase(limitCurrency)) {
            return Optional.of(amount.setScale(2, java.math.RoundingMode.HALF_UP)); // no rate to look up
        }
        return rates.convert(amount, currency, limitCurrency, date);
    }

    private static String limitCurrency(CheckFacts.Facts f) {
        return f.decision() == null || f.decision().currency() == null ? ExchangeRateService.BASE : f.decision().currency();
    }

    /** The open items of the current aging list in the limit's currency; unconverted when no rate converts some (left out). */
    private record Open(Aging.Summary summary, boolean unconverted) {

        BigDecimal total() {
            return summary == null ? BigDecimal.ZERO : summary.total();
        }
    }

    /** Each item at the rate of its invoice date (one in the limit's own currency as it is). */
    private Open open(CheckFacts.Facts f, int thresholdDays) {
        if (f.asOf() == null) {
            return new Open(null, false);
        }
        String limitCurrency = limitCurrency(f);
        List<ReceivableItem> items = new ArrayList<>(f.items().size());
        boolean unconverted = false;
        for (CheckFacts.Item i : f.items()) {
            BigDecimal amount = i.currency() == null || i.currency().equalsIgnoreCase(limitCurrency) ? i.amount()
                    : rates.convert(i.amount(), i.currency(), limitCurrency, i.invoiceDate()).orElse(null);
            if (amount == null) {
                unconverted = true;
            } else {
                items.add(new ReceivableItem(null, f.customerId(), "", i.invoiceDate(), i.dueDate(), amount, limitCurrency));
            }
        }
        return new Open(Aging.summarise(items, f.asOf(), thresholdDays), unconverted);
    }

    /**
     * The check itself, for an amount (candidate null: it adds to the committed exposure) or a document (it takes its
     * place in the exposure, so a delivery that consumes its order adds nothing). The limit is passed only when the
     * amount raises the exposure above it. Open items in another currency are converted at the rate of their invoice
     * date; one that no rate converts makes the answer REVIEW with NO_RATE.
     *
     * @param f the customer's facts ({@link #facts}, read after the access policy's check)
     * @param candidate the document as it would count, its amount already in the limit's currency (not counted when no
     *     rate converts it); null for an amount
     */
    public CreditCheck evaluate(CheckFacts.Facts f, BigDecimal amount, String currency, LocalDate date, Commitments.Doc candidate) {
        ScoringModel.Monitoring m = monitoring();
        DecisionFigures found = f.decision();
        Open o = open(f, m.overdueBlockDays());
        Aging.Summary aging = o.summary();
        List<String> block = new ArrayList<>();
        List<String> review = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        BigDecimal available = BigDecimal.ZERO;
        BigDecimal limitInForce = null;
        // a candidate that cannot count (no rate for its currency) carries no amount
        Optional<BigDecimal> converted = candidate != null ? Optional.of(candidate.amount()).filter(x -> candidate.counted())
                : inLimitCurrency(f, amount, currency, date);
        Commitments.BeforeAfter ba = Commitments.beforeAndAfter(f.counted(), o.total(), f.asOf(), candidate);
        BigDecimal before = ba.before().total();
        BigDecimal after = candidate != null ? ba.after().total() : before.add(converted.orElse(BigDecimal.ZERO));
        boolean raises = after.compareTo(before) > 0;
        if (found == null) {
            block.add("NO_DECISION");
        } else {
            // the limit that holds today: a temporary or approved permanent change replaces the decision's
            BigDecimal limit = EffectiveLimit.of(found.limit(), found.decidedAt(), f.changes(), today).amount();
            available = limit.subtract(before);
            limitInForce = limit;
            if (found.nextReviewDate() != null && today.isAfter(found.nextReviewDate().plusDays(m.expiryGraceDays()))) {
                block.add("DECISION_EXPIRED");
            } else if (found.nextReviewDate() != null && today.isAfter(found.nextReviewDate())) {
                review.add("REVIEW_OVERDUE");
            }
            if (found.riskClass() == RiskClass.REJECT) {
                block.add("REJECT_CLASS");
            }
            if (converted.isEmpty() || o.unconverted()) {
                review.add("NO_RATE");
            }
            if (converted.isPresent() && raises && after.compareTo(limit) > 0) {
                block.add("LIMIT_EXCEEDED");
            } else if (converted.isPresent() && raises && limit.signum() > 0
                    && after.divide(limit, MathContext.DECIMAL64).doubleValue() > m.reviewUtilisation()) {
                review.add("HIGH_UTILISATION");
            }
        }
        // a group's limit covers its members together: the amount must fit what the group has left as well
        CheckFacts.Group group = f.group();
        if (group != null && converted.isPresent()) {
            BigDecimal groupBefore = groupExposure(group, f.customerId(), before);
            BigDecimal groupAfter = groupBefore.add(after.subtract(before));
            if (raises && groupAfter.compareTo(group.limit()) > 0) {
                block.add("GROUP_LIMIT_EXCEEDED");
            }
            available = available.min(group.limit().subtract(groupBefore));
        }
        if (f.collectionHold()) {
            block.add("COLLECTION_HOLD");
        }
        if (aging != null && aging.overdueBeyond().signum() > 0) {
            block.add("OVERDUE_BEYOND_THRESHOLD");
        } else if (aging != null && aging.overdue().signum() > 0) {
            review.add("ITEMS_OVERDUE");
        }
        CreditCheck.Decision outcome = !block.isEmpty() ? CreditCheck.Decision.BLOCK
                : !review.isEmpty() ? CreditCheck.Decision.REVIEW : CreditCheck.Decision.APPROVE;
        List<String> codes = new ArrayList<>(block);
        codes.addAll(review);
        return new CreditCheck(outcome, codes, reasons(codes, m), available.max(BigDecimal.ZERO), before, limitInForce);
    }

    /** The members' committed exposure together (the given member's as given). */
    private BigDecimal groupExposure(CheckFacts.Group group, Long customerId, BigDecimal own) {
        BigDecimal total = BigDecimal.ZERO;
        for (Long member : group.members()) {
            total = total.add(member.equals(customerId) ? own : exposureOf(checkFacts.read(checkFacts.key(member, null))).total());
        }
        return total;
    }

    /** The limit in force, the committed exposure by part and what the one leaves of the other (never below zero; null without a limit). */
    public record Standing(EffectiveLimit limit, Commitments.Exposure exposure, BigDecimal available) {
    }

    public Standing standing(Long customerId) {
        CheckFacts.Facts f = facts(customerId);
        EffectiveLimit limit = effectiveLimit(f);
        Commitments.Exposure e = exposureOf(f);
        return new Standing(limit, e, limit.amount() == null ? null : limit.amount().subtract(e.total()).max(BigDecimal.ZERO));
    }

    /** The customer's committed exposure by part (receivables, open orders, deliveries not invoiced, invoices after the list). */
    public Commitments.Exposure committedExposure(Long customerId) {
        return exposureOf(facts(customerId));
    }

    private Commitments.Exposure exposureOf(CheckFacts.Facts f) {
        return Commitments.of(open(f, monitoring().overdueBlockDays()).total(), f.asOf(), f.counted());
    }

    /** The limit that holds today (with a temporary or approved change), if the customer has a decision. */
    public Optional<BigDecimal> limitOf(Long customerId) {
        CheckFacts.Facts f = facts(customerId);
        return Optional.ofNullable(f.decision()).map(d -> effectiveLimit(f).amount());
    }

    /** The decision's limit with any temporary or approved permanent change in force today. */
    public EffectiveLimit effectiveLimit(Long customerId) {
        return effectiveLimit(facts(customerId));
    }

    private EffectiveLimit effectiveLimit(CheckFacts.Facts f) {
        DecisionFigures d = f.decision();
        return EffectiveLimit.of(d == null ? null : d.limit(), d == null ? null : d.decidedAt(), d == null ? List.of() : f.changes(),
                LocalDate.now(clock));
    }

    /** The codes in the user's language. */
    public List<String> reasons(List<String> codes) {
        return codes.isEmpty() ? List.of() : reasons(codes, monitoring());
    }

    private List<String> reasons(List<String> codes, ScoringModel.Monitoring m) {
        long percent = Math.round(m.reviewUtilisation() * 100);
        String language = com.creditwb.workbench.common.i18n.Locales.current().toLanguageTag();
        // a check answers with the same few texts again and again: each is formatted once per language and thresholds
        return codes.stream().map(c -> reasonTexts.computeIfAbsent(language + '|' + c + '|' + m.overdueBlockDays() + '|' + percent,
                k -> messages.get("creditCheck.reason." + c, m.overdueBlockDays(), percent))).toList();
    }

    private final java.util.concurrent.ConcurrentMap<String, String> reasonTexts = new java.util.concurrent.ConcurrentHashMap<>();

}
