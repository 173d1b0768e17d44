package com.creditwb.workbench.credit;

import com.creditwb.workbench.credit.documents.Commitments;
import com.creditwb.workbench.credit.documents.DocumentType;
import com.creditwb.workbench.credit.limits.EffectiveLimit;
import com.creditwb.workbench.customer.CreditColumns;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Everything a credit check reads of one customer — its current decision, the approved limit changes, its open items
 * in the current aging list, its counted documents and its group — read by plain JDBC in a few indexed statements,
 * without loading entities: a check runs for every order, delivery and invoice an order system sends. No access rule
 * here: {@link CreditMonitorService} asks the access policy with the owner read alongside.
 */
@Component
public class CheckFacts {

    /** An open item of the aging list as the check sees it. */
    public record Item(BigDecimal amount, String currency, LocalDate invoiceDate, LocalDate dueDate) {
    }

    /**
     * @param decision the current approved decision (null without one)
     * @param asOf the current aging list's date (null without a list; then {@code items} is empty)
     * @param group the customer's group (null when in none)
     * @param collectionHold whether a collection hold is in force on the customer
     */
    public record Facts(Long customerId, String owner, DecisionFigures decision, List<EffectiveLimit.Change> changes,
            LocalDate asOf, List<Item> items, List<Commitments.Doc> counted, Group group, boolean collectionHold) {
    }

    /** The aging list that is current, read once per check. */
    record AgingList(Long id, LocalDate asOf) {
    }

    private final JdbcTemplate jdbc;
    private final CreditColumns columns;

    CheckFacts(JdbcTemplate jdbc, CreditColumns columns) {
        this.jdbc = jdbc;
        this.columns = columns;
    }

    /** The customer's id and owner by id (digits) or code; null when no customer has it. */
    public Key key(Long id, String code) {
        // the decision's figures are kept on the customer row (CustomerCreditFigures through the customer's port): the
        // assessment row is far wider
        CreditColumns.Key k = columns.key(id, code);
        if (k == null) {
            return null;
        }
        CreditColumns.Decision d = k.decision();
        return new Key(k.id(), k.owner(), k.name(), d == null ? null : new DecisionFigures(d.id(), d.decidedLimit(), d.currency(),
                d.reviewDate(), d.riskClass() == null ? null : com.creditwb.workbench.credit.model.RiskClass.valueOf(d.riskClass()), d.decidedAt()));
    }

    /** A document of a type and number: its id and customer (null when there is none). */
    public record DocumentKey(Long id, Long customerId) {
    }

    public DocumentKey document(DocumentType type, String number) {
        List<DocumentKey> found = jdbc.query("select id, customer_id from credit_document where doc_type = ? and number = ?",
                (rs, i) -> new DocumentKey(rs.getLong(1), rs.getLong(2)), type.name(), number);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The customer's group as the check sees it: its limit and members (the customer among them). */
    public record Group(Long id, String name, Long parentId, BigDecimal limit, Set<Long> members) {
    }

    /** A customer's id, account manager and name, and its current decision (null without one). */
    public record Key(Long id, String owner, String name, DecisionFigures decision) {
    }

    /** The facts of a customer known to exist (see {@link #key}). */
    public Facts read(Key key) {
        Long customerId = key.id();
        DecisionFigures decision = key.decision();
        List<EffectiveLimit.Change> changes = decision == null ? List.of() : jdbc.query("select requested_limit, valid_until, decided_at"
                + " from limit_request where customer_id = ? and status = 'APPROVED'", (rs, i) -> new EffectiveLimit.Change(rs.getBigDecimal(1),
                        rs.getObject(2, LocalDate.class), instant(rs.getObject(3, OffsetDateTime.class))), customerId);
        List<AgingList> lists = jdbc.query("select id, as_of from receivable_import where is_current = true",
                (rs, i) -> new AgingList(rs.getLong(1), rs.getObject(2, LocalDate.class)));
        AgingList list = lists.isEmpty() ? null : lists.get(0);
        List<Item> items = list == null ? List.of() : settled(customerId, list, jdbc.query("select amount, currency, invoice_date, due_date,"
                + " invoice_no from receivable_item where customer_id = ? and import_id = ?", (rs, i) -> new Listed(new Item(rs.getBigDecimal(1),
                        rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)), rs.getString(5)), customerId, list.id()));
        boolean hold = !jdbc.queryForList("select id from collection_hold where customer_id = ? and lifted_at is null", Long.class,
                customerId).isEmpty();
        return new Facts(customerId, key.owner(), decision, changes, list == null ? null : list.asOf(), items, counted(customerId),
                group(customerId), hold);
    }

    private record Listed(Item item, String invoiceNo) {
    }

    /**
     * The list's items less what was settled against the list since it became current (payments, credit notes and
     * write-offs the collections record per invoice, {@link com.creditwb.workbench.credit.receivable.Settlement}); an item settled in full is gone.
     */
    private List<Item> settled(Long customerId, AgingList list, List<Listed> listed) {
        java.util.Map<String, BigDecimal> settled = new java.util.HashMap<>();
        jdbc.query("select invoice_no, sum(amount) from receivable_settlement where list_as_of = ? and customer_id = ? group by invoice_no",
                rs -> {
                    settled.put(rs.getString(1), rs.getBigDecimal(2));
                }, list.asOf(), customerId);
        List<Item> items = new java.util.ArrayList<>(listed.size());
        for (Listed l : listed) {
            BigDecimal paid = settled.remove(l.invoiceNo());
            BigDecimal left = paid == null ? l.item().amount() : l.item().amount().subtract(paid);
            if (left.signum() > 0) {
                items.add(paid == null ? l.item() : new Item(left, l.item().currency(), l.item().invoiceDate(), l.item().dueDate()));
            }
        }
        return items;
    }

    /** The documents that count in the customer's exposure (approved or released, with an amount in the limit's currency). */
    public List<Commitments.Doc> counted(Long customerId) {
        return jdbc.query("select id, doc_type, reference_id, amount_limit, doc_date from credit_document where customer_id = ?"
                + " and status = 'COUNTED' and amount_limit is not null", (rs, i) -> new Commitments.Doc(rs.getLong(1),
                        DocumentType.valueOf(rs.getString(2)), (Long) rs.getObject(3, Long.class), rs.getBigDecimal(4), rs.getObject(5, LocalDate.class),
                        true), customerId);
    }

    private Group group(Long customerId) {
        List<Group> groups = jdbc.query("select g.id, g.name, g.parent_customer_id, g.group_limit from customer_group g"
                + " join customer_group_member m on m.group_id = g.id where m.customer_id = ?",
                (rs, i) -> new Group(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4), Set.of()), customerId);
        if (groups.isEmpty()) {
            return null;
        }
        Group g = groups.get(0);
        Set<Long> members = new HashSet<>(jdbc.queryForList("select customer_id from customer_group_member where group_id = ?", Long.class, g.id()));
        return new Group(g.id(), g.name(), g.parentId(), g.limit(), Set.copyOf(members));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
