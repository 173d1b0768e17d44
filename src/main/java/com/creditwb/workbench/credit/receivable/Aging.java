package com.creditwb.workbench.credit.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Open items by how long they are overdue at a date (plain Java): not due, 1–30, 31–60, 61–90, 91–180
 * and over 180 days past the due date.
 */
public final class Aging {

    public enum Bucket {
        NOT_DUE(Integer.MIN_VALUE, 0), D1_30(1, 30), D31_60(31, 60), D61_90(61, 90), D91_180(91, 180), OVER_180(181, Integer.MAX_VALUE);

        private final int from;
        private final int to;

        Bucket(int from, int to) {
            this.from = from;
            this.to = to;
        }

        public static Bucket of(long daysOverdue) {
            for (Bucket b : values()) {
                if (daysOverdue >= b.from && daysOverdue <= b.to) {
                    return b;
                }
            }
            return OVER_180;
        }

        public String messageKey() {
            return "aging.bucket." + name();
        }
    }

    /**
     * @param total all open items
     * @param buckets amounts by bucket (every bucket present)
     * @param overdueBeyond amount overdue more than the threshold days
     * @param maxDaysOverdue the oldest item's days past due (0 when none is overdue)
     */
    public record Summary(BigDecimal total, Map<Bucket, BigDecimal> buckets, BigDecimal overdueBeyond, long maxDaysOverdue,
            int items) {

        public BigDecimal overdue() {
            return total.subtract(buckets.get(Bucket.NOT_DUE));
        }
    }

    private Aging() {
    }

    public static Summary summarise(Collection<ReceivableItem> items, LocalDate asOf, int thresholdDays) {
        Map<Bucket, BigDecimal> buckets = new EnumMap<>(Bucket.class);
        for (Bucket b : Bucket.values()) {
            buckets.put(b, BigDecimal.ZERO);
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal beyond = BigDecimal.ZERO;
        long max = 0;
        for (ReceivableItem i : items) {
            long days = ChronoUnit.DAYS.between(i.getDueDate(), asOf);
            buckets.merge(Bucket.of(days), i.getAmount(), BigDecimal::add);
            total = total.add(i.getAmount());
            if (days > thresholdDays) {
                beyond = beyond.add(i.getAmount());
            }
            max = Math.max(max, days);
        }
        return new Summary(total, buckets, beyond, max, items.size());
    }
}
