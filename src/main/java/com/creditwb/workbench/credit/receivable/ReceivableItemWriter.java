package com.creditwb.workbench.credit.receivable;

import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes an aging list's items in JDBC batches within the import's transaction: 200,000 open items go in as a few
 * hundred round trips, instead of an identity insert each through the persistence context.
 */
@Component
public class ReceivableItemWriter {

    private static final int BATCH = 1_000;
    private static final String INSERT = "insert into receivable_item (import_id, customer_id, invoice_no, invoice_date, due_date, amount, currency)"
            + " values (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    ReceivableItemWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Long importId, List<AgingPreview.Item> items) {
        jdbc.batchUpdate(INSERT, items, BATCH, (ps, i) -> {
            ps.setLong(1, importId);
            ps.setLong(2, i.customerId());
            ps.setString(3, i.invoiceNo());
            ps.setDate(4, Date.valueOf(i.invoiceDate()));
            ps.setDate(5, Date.valueOf(i.dueDate()));
            ps.setBigDecimal(6, i.amount());
            ps.setString(7, i.currency());
        });
    }
}
