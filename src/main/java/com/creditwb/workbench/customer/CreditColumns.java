package com.creditwb.workbench.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The port through which the credit feature keeps its figures on the customer row (so the customers list sorts by
 * rating, limit or available in the database at any size, and a credit check reads the current decision in one
 * indexed statement) and reads them back. The customer feature owns the table: this is the only SQL on it outside
 * the customer's own repositories; the credit feature computes the figures from its own tables and hands them over.
 * Writes run inside the caller's transaction, so the figures change together with what they come from.
 */
@Component
public class CreditColumns {

    /**
     * Everything kept of a customer's credit: the current decision's rating and risk class (with the ranks the list
     * sorts by), the limit in force and the last day of a temporary one, exposure and available, and the decision's
     * id, decided limit, currency, review date and time of decision (each null when there is none).
     */
    public record Figures(String rating, Integer ratingRank, String riskClass, Integer riskRank, BigDecimal limit, LocalDate limitUntil,
            BigDecimal exposure, BigDecimal available, Long decisionId, BigDecimal decidedLimit, String currency, LocalDate reviewDate,
            Instant decidedAt) {
    }

    /** The current decision as a credit check reads it from the customer row. */
    public record Decision(Long id, BigDecimal decidedLimit, String currency, LocalDate reviewDate, String riskClass, Instant decidedAt) {
    }

    /** A customer's id, account manager and name, and its current decision (null without one). */
    public record Key(Long id, String owner, String name, Decision decision) {
    }

    private final JdbcTemplate jdbc;

    CreditColumns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One customer's figures, as a whole. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void write(Long customerId, Figures f) {
        jdbc.update("update customer set credit_rating = ?, credit_rating_rank = ?, credit_risk_class = ?, credit_risk_rank = ?, "
                + "credit_limit = ?, credit_limit_until = ?, credit_exposure = ?, credit_available = ?, credit_decision_id = ?, "
                + "credit_decided_limit = ?, credit_currency = ?, credit_review_date = ?, credit_decided_at = ? where id = ?",
                f.rating(), f.ratingRank(), f.riskClass(), f.riskRank(), f.limit(), f.limitUntil() == null ? null : java.sql.Date.valueOf(f.limitUntil()),
                f.exposure(), f.available(), f.decisionId(), f.decidedLimit(), f.currency(),
                f.reviewDate() == null ? null : java.sql.Date.valueOf(f.reviewDate()),
                f.decidedAt() == null ? null : f.decidedAt().atOffset(java.time.ZoneOffset.UTC), customerId);
    }

    /** The customers whose temporary limit in force ended before the day. */
    public List<Long> temporaryLimitEndedBefore(LocalDate day) {
        return jdbc.queryForList("select id from customer where credit_limit_until < ?", Long.class, java.sql.Date.valueOf(day));
    }

    /**
     * Every customer's exposure from the open items of the current aging list (a customer the map does not name has
     * none open: 0), and available as limit less exposure; {@code null} when no list is held (no exposure known).
     * Only rows whose figures change are written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void writeExposures(Map<Long, BigDecimal> openByCustomer) {
        if (openByCustomer == null) {
            jdbc.update("update customer set credit_exposure = null, credit_available = credit_limit where credit_exposure is not null");
            return;
        }
        Map<Long, BigDecimal> held = new HashMap<>();
        jdbc.query("select id, credit_exposure from customer", rs -> {
            held.put(rs.getLong(1), rs.getBigDecimal(2));
        });
        List<Object[]> changed = new ArrayList<>();
        held.forEach((id, before) -> {
            BigDecimal now = openByCustomer.getOrDefault(id, BigDecimal.ZERO.setScale(2));
            if (before == null || before.compareTo(now) != 0) {
                changed.add(new Object[] {now, id});
            }
        });
        jdbc.batchUpdate("update customer set credit_exposure = ? where id = ?", changed);
        jdbc.update("update customer set credit_available = credit_limit - credit_exposure where credit_limit is not null "
                + "and (credit_available is null or credit_available <> credit_limit - credit_exposure)");
    }

    /**
     * Holds the customer's row until the caller's transaction ends: the document checks, releases and limit decisions
     * of one customer run one at a time — on every node of a cluster, since the database holds the lock, not a JVM.
     * Waits for a transaction that holds it (H2: up to its LOCK_TIMEOUT; PostgreSQL: until it ends).
     */
    public void lock(Long customerId) {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a customer's row is locked within a transaction");
        }
        jdbc.query("select id from customer where id = ? for update", rs -> { }, customerId);
    }

    /** The customer's id, owner, name and current decision by id or else by code; null when no customer has it. */
    public Key key(Long id, String code) {
        org.springframework.jdbc.core.RowMapper<Key> key = (rs, i) -> new Key(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getObject(4) == null ? null : new Decision(rs.getLong(4), rs.getBigDecimal(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class), rs.getString(8), instant(rs.getObject(9, OffsetDateTime.class))));
        String columns = "select id, owner_username, name, credit_decision_id, credit_decided_limit, credit_currency, credit_review_date,"
                + " credit_risk_class, credit_decided_at from customer where ";
        List<Key> found = id != null ? jdbc.query(columns + "id = ?", key, id) : jdbc.query(columns + "code = ?", key, Objects.requireNonNull(code));
        return found.isEmpty() ? null : found.get(0);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
