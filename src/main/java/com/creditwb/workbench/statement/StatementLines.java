package com.creditwb.workbench.statement;

import com.creditwb.workbench.statement.domain.LineItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The current statement lines of many customers by plain JDBC: re-scoring reads the statements of a whole portfolio a
 * page of customers at a time. Ids are written into the statements as numbers (they are longs, never text), a dense
 * page as a range: with a thousand parameters H2 planned a scan of every line, testing each against the list.
 */
@Component
public class StatementLines {

    /** A current period of a customer as read: interim or not, and its amounts by line item. */
    record Read(boolean interim, Map<LineItem, BigDecimal> amounts) {
    }

    private final JdbcTemplate jdbc;

    StatementLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Customer → period end → the period's interim flag and amounts; customers without statements are absent. */
    Map<Long, Map<LocalDate, Read>> current(Collection<Long> customerIds) {
        Map<Long, Map<LocalDate, Read>> byCustomer = new HashMap<>();
        if (customerIds.isEmpty()) {
            return byCustomer;
        }
        Set<Long> wanted = new HashSet<>(customerIds);
        long min = Collections.min(wanted);
        long max = Collections.max(wanted);
        String which = max - min < 2L * wanted.size() ? "s.customer_id between " + min + " and " + max
                : "s.customer_id in (" + wanted.stream().map(id -> Long.toString(id)).collect(Collectors.joining(",")) + ")";
        jdbc.query("select s.customer_id, s.period_end, s.interim, l.item_code, l.amount from statement_set s"
                + " join statement_line l on l.set_id = s.id where " + which + " and s.is_current = true", rs -> {
                    if (wanted.contains(rs.getLong(1))) {
                        byCustomer.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                                .computeIfAbsent(rs.getObject(2, LocalDate.class), k -> new Read(interim(rs), new EnumMap<>(LineItem.class)))
                                .amounts().put(LineItem.valueOf(rs.getString(4)), rs.getBigDecimal(5));
                    }
                });
        return byCustomer;
    }

    private static boolean interim(java.sql.ResultSet rs) {
        try {
            return rs.getBoolean(3);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
