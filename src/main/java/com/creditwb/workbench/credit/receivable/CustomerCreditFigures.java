package com.creditwb.workbench.credit.receivable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the credit columns of the customers list (rating, risk class, limit, exposure, available) on
 * the customer row (written through the customer feature's port {@link com.creditwb.workbench.customer.CreditColumns}), so that the list sorts by them in the database at any size, and the current decision's figures a
 * credit check reads (its id, decided limit, currency, review date and time of decision): after a decision is
 * approved for one customer, after an aging list is stored for all. Runs inside the caller's
 * transaction, so the figures change together with what they come from.
 */
@Component
public class CustomerCreditFigures {

    /**
     * The usual letter scale, best first: ranks ratings the current model does not name (decided under an earlier scale)
     * after the model's own grades.
     */
    static final List<String> RATINGS = List.of("AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C", "D");
    /** Risk class order for sorting, lowest risk first (the names of credit.model.RiskClass). */
    static final List<String> RISK_CLASSES = List.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH", "REJECT");
    static final int UNRANKED = 10_000;
    /** Where the usual letters start when the current model names other grades. */
    static final int LETTERS = 1_000;

    private final JdbcTemplate jdbc;
    private final com.creditwb.workbench.customer.CreditColumns columns;
    private final java.time.Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<com.creditwb.workbench.credit.model.ScoringModelService> models;

    CustomerCreditFigures(JdbcTemplate jdbc, com.creditwb.workbench.customer.CreditColumns columns, java.time.Clock clock,
            org.springframework.beans.factory.ObjectProvider<com.creditwb.workbench.credit.model.ScoringModelService> models) {
        this.jdbc = jdbc;
        this.columns = columns;
        this.clock = clock;
        this.models = models;
    }

    /**
     * Where a rating sorts, best first: by the current model's own scale (a company's custom grades such as P1…P5 sort
     * as its rating bands run), then the usual letters, then anything else.
     */
    static Integer ratingRank(List<String> modelOrder, String grade) {
        if (grade == null) {
            return null;
        }
        int own = modelOrder.indexOf(grade);
        if (own >= 0) {
            return own;
        }
        int letter = RATINGS.indexOf(grade);
        return letter >= 0 ? LETTERS + letter : UNRANKED;
    }

    private List<String> modelOrder() {
        var service = models.getIfAvailable();
        // the model's scale is configuration, not a record: read it whoever (or whatever job) refreshes the figures
        return service == null ? RATINGS : com.creditwb.workbench.common.SystemAuthentication.call(() -> service.current().model().ratings())
                .stream().map(com.creditwb.workbench.credit.model.ScoringModel.RatingBand::grade).toList();
    }

    static Integer rank(List<String> order, String value) {
        if (value == null) {
            return null;
        }
        int i = order.indexOf(value);
        return i < 0 ? UNRANKED : i;
    }

    /** One customer's figures from its current decision and the current aging list. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh(Long customerId) {
        refresh(customerId, java.time.LocalDate.now(clock));
    }

    /**
     * The figures on a given day: the limit is the one in force then ({@link com.creditwb.workbench.credit.limits.EffectiveLimit}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh(Long customerId, java.time.LocalDate today) {
        List<Map<String, Object>> decision = jdbc.queryForList("select id, rating, risk_class, limit_amount, currency, next_review_date,"
                + " decided_at from credit_assessment where customer_id = ? and is_current = true", customerId);
        String rating = decision.isEmpty() ? null : (String) decision.get(0).get("rating");
        String riskClass = decision.isEmpty() ? null : (String) decision.get(0).get("risk_class");
        BigDecimal limit = decision.isEmpty() ? null : (BigDecimal) decision.get(0).get("limit_amount");
        java.time.LocalDate until = null;
        if (limit != null) {
            java.time.Instant decidedAt = decision.get(0).get("decided_at") == null ? null : instant(decision.get(0).get("decided_at"));
            List<com.creditwb.workbench.credit.limits.EffectiveLimit.Change> changes = jdbc.queryForList("select requested_limit, valid_until,"
                    + " decided_at from limit_request where customer_id = ? and status = 'APPROVED'", customerId).stream()
                    .map(ch -> new com.creditwb.workbench.credit.limits.EffectiveLimit.Change((BigDecimal) ch.get("requested_limit"),
                            ch.get("valid_until") == null ? null : java.time.LocalDate.parse(ch.get("valid_until").toString().substring(0, 10)),
                            instant(ch.get("decided_at")))).toList();
            var inForce = com.creditwb.workbench.credit.limits.EffectiveLimit.of(limit, decidedAt, changes, today);
            limit = inForce.amount();
            until = inForce.temporaryUntil();
        }
        BigDecimal exposure = exposure(customerId);
        BigDecimal available = limit == null ? null : limit.subtract(exposure == null ? BigDecimal.ZERO : exposure);
        Map<String, Object> d = decision.isEmpty() ? Map.of() : decision.get(0);
        columns.write(customerId, new com.creditwb.workbench.customer.CreditColumns.Figures(rating, ratingRank(modelOrder(), rating),
                riskClass, rank(RISK_CLASSES, riskClass), limit, until, exposure, available, d.get("id") == null ? null : ((Number) d.get("id")).longValue(),
                (BigDecimal) d.get("limit_amount"), (String) d.get("currency"),
                d.get("next_review_date") == null ? null : java.time.LocalDate.parse(d.get("next_review_date").toString().substring(0, 10)),
                d.get("decided_at") == null ? null : instant(d.get("decided_at"))));
    }

    private static java.time.Instant instant(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.time.Instant i) {
            return i;
        }
        return java.time.Instant.parse(o.toString());
    }

    /** The customers whose temporary limit ended before the day: their limit in force is the decided one again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int refreshLapsed(java.time.LocalDate today) {
        List<Long> lapsed = columns.temporaryLimitEndedBefore(today);
        lapsed.forEach(id -> refresh(id, today));
        return lapsed.size();
    }

    private BigDecimal exposure(Long customerId) {
        List<Long> current = jdbc.queryForList("select id from receivable_import where is_current = true", Long.class);
        if (current.isEmpty()) {
            return null;
        }
        BigDecimal open = jdbc.queryForObject("select sum(amount) from receivable_item where import_id = ? and customer_id = ?",
                BigDecimal.class, current.get(0), customerId);
        BigDecimal settled = jdbc.queryForObject("select sum(a.amount) from receivable_settlement a, receivable_import r where r.id = ?"
                + " and a.list_as_of = r.as_of and a.customer_id = ? and exists (select 1 from receivable_item i where i.import_id = r.id"
                + " and i.customer_id = a.customer_id and i.invoice_no = a.invoice_no)", BigDecimal.class, current.get(0), customerId);
        open = open == null ? BigDecimal.ZERO : open;
        return open.subtract(settled == null ? BigDecimal.ZERO : settled).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /**
     * Every customer's exposure and available limit from the current aging list, less what was settled against it (0 for a customer the
     * list does not name; none when no list is held). Only rows whose figures change are written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refreshExposure() {
        List<Long> current = jdbc.queryForList("select id from receivable_import where is_current = true", Long.class);
        if (current.isEmpty()) {
            columns.writeExposures(null);
            return;
        }
        Map<Long, BigDecimal> open = new java.util.HashMap<>();
        jdbc.query("select customer_id, sum(amount) from receivable_item where import_id = ? group by customer_id",
                rs -> {
                    open.put(rs.getLong(1), rs.getBigDecimal(2).setScale(2, java.math.RoundingMode.HALF_UP));
                }, current.get(0));
        // less what was settled against the list since (payments, credit notes, write-offs recorded while it is current)
        jdbc.query("select a.customer_id, sum(a.amount) from receivable_settlement a, receivable_import r where r.id = ? and a.list_as_of = r.as_of"
                + " and exists (select 1 from receivable_item i where i.import_id = r.id and i.customer_id = a.customer_id"
                + " and i.invoice_no = a.invoice_no) group by a.customer_id", rs -> {
                    BigDecimal settled = rs.getBigDecimal(2);
                    open.computeIfPresent(rs.getLong(1), (k, v) -> v.subtract(settled).setScale(2, java.math.RoundingMode.HALF_UP));
                }, current.get(0));
        columns.writeExposures(open);
    }
}
