package com.creditwb.workbench.customer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The name-fragment search on H2, which has no trigram index: every 2- and 3-character piece of each
 * lower-cased name is kept in {@code customer_name_gram} with per-piece counts. A fragment is looked
 * up by its rarest piece (2 characters: the bigram itself; longer: the rarest trigram, then checked
 * with LIKE), which reads a few hundred index entries instead of a million rows. When even the rarest
 * piece is common (more than the list's cap), matches are dense and the ordinary scan, which stops
 * early, is the faster way: then this index answers "use the scan". On PostgreSQL it is inactive.
 */
@Component
public class CustomerNameIndex {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final boolean active;

    CustomerNameIndex(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.active = isH2(dataSource);
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        } catch (SQLException e) {
            return false;
        }
    }

    public boolean isActive() {
        return active;
    }

    /** The distinct 2- and 3-character pieces of a lower-cased text. */
    static Set<String> grams(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        Set<String> grams = new LinkedHashSet<>();
        for (int n = 2; n <= 3; n++) {
            for (int i = 0; i + n <= s.length(); i++) {
                grams.add(s.substring(i, i + n));
            }
        }
        return grams;
    }

    /** Keeps the pieces of one customer's name up to date (inside the caller's transaction). */
    void reindex(long customerId, String oldName, String newName) {
        if (!active || (oldName != null && oldName.equals(newName))) {
            return;
        }
        if (oldName != null) {
            List<String> old = jdbc.queryForList("select gram from customer_name_gram where customer_id = ?", String.class, customerId);
            jdbc.update("delete from customer_name_gram where customer_id = ?", customerId);
            jdbc.batchUpdate("update customer_name_gram_count set n = n - 1 where gram = ?", old.stream().map(g -> new Object[] {g}).toList());
        }
        List<Object[]> rows = grams(newName).stream().map(g -> new Object[] {g, customerId}).toList();
        jdbc.batchUpdate("insert into customer_name_gram (gram, customer_id) values (?, ?)", rows);
        jdbc.batchUpdate("merge into customer_name_gram_count t using (select cast(? as varchar(3)) g) s on t.gram = s.g "
                + "when matched then update set n = t.n + 1 when not matched then insert (gram, n) values (s.g, 1)",
                rows.stream().map(r -> new Object[] {r[0]}).toList());
    }

    /** Rebuilds all pieces from the customer table (after a bulk load that bypassed the service). */
    public void rebuild() {
        if (!active) {
            return;
        }
        jdbc.execute("delete from customer_name_gram_count");
        jdbc.execute("delete from customer_name_gram");
        jdbc.execute("insert into customer_name_gram (gram, customer_id) "
                + "select distinct substring(lower(c.name), n.x, 2), c.id from customer c join system_range(1, 200) n on n.x < char_length(c.name) "
                + "union select distinct substring(lower(c.name), n.x, 3), c.id from customer c "
                + "join system_range(1, 200) n on n.x + 1 < char_length(c.name)");
        jdbc.execute("insert into customer_name_gram_count (gram, n) select gram, count(*) from customer_name_gram group by gram");
    }

    /**
     * The ids of customers whose name contains the fragment or whose code or USCC starts with it,
     * at most {@code cap + 1} of them; empty when the index cannot answer better than a scan
     * (inactive, a one-character fragment, or only common pieces).
     */
    Optional<Collection<Long>> matches(String fragment, int cap) {
        String f = fragment == null ? "" : fragment.strip().toLowerCase(Locale.ROOT);
        if (!active || f.length() < 2) {
            return Optional.empty();
        }
        Set<String> pieces = f.length() == 2 ? Set.of(f) : grams(f).stream().filter(g -> g.length() == 3).collect(Collectors.toSet());
        Map<String, Long> counts = new java.util.HashMap<>();
        named.query("select gram, n from customer_name_gram_count where gram in (:grams)", Map.of("grams", pieces),
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        String rarest = null;
        long fewest = Long.MAX_VALUE;
        for (String g : pieces) {
            long n = counts.getOrDefault(g, 0L);
            if (n < fewest) {
                fewest = n;
                rarest = g;
            }
        }
        if (fewest > cap) {
            return Optional.empty();
        }
        Set<Long> ids = new LinkedHashSet<>();
        if (fewest > 0) {
            List<Long> candidates = jdbc.queryForList("select customer_id from customer_name_gram where gram = ?", Long.class, rarest);
            if (f.equals(rarest)) {
                ids.addAll(candidates);
            } else {
                // one array parameter instead of thousands of placeholders
                ids.addAll(jdbc.query(con -> {
                    var ps = con.prepareStatement("select id from customer where id = any(?) and lower(name) like ? escape '\\'");
                    ps.setArray(1, con.createArrayOf("BIGINT", candidates.toArray()));
                    ps.setString(2, "%" + escape(f) + "%");
                    return ps;
                }, (rs, i) -> rs.getLong(1)));
            }
        }
        String prefix = escape(fragment.strip().toUpperCase(Locale.ROOT)) + "%";
        ids.addAll(jdbc.queryForList("select id from customer where code like ? escape '\\' limit " + (cap + 1), Long.class, prefix));
        ids.addAll(jdbc.queryForList("select id from customer where uscc like ? escape '\\' limit " + (cap + 1), Long.class, prefix));
        return Optional.of(new ArrayList<>(ids).subList(0, Math.min(ids.size(), cap + 1)));
    }

    /**
     * For a two- or three-character fragment, how many customers' names contain it (that piece's
     * count): a lower bound of the matches that needs no scan; empty for other fragments or when inactive.
     */
    Optional<Long> namesContaining(String fragment) {
        String f = fragment == null ? "" : fragment.strip().toLowerCase(Locale.ROOT);
        if (!active || f.length() < 2 || f.length() > 3) {
            return Optional.empty();
        }
        List<Long> n = jdbc.queryForList("select n from customer_name_gram_count where gram = ?", Long.class, f);
        return Optional.of(n.isEmpty() ? 0L : n.get(0));
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
