package com.creditwb.workbench.collection.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which dunning letter (催款函) is due. A risk class has levels 1..n, each due when the oldest undisputed overdue item is
 * at least its days past due; letters go one level at a time, the next no sooner than the gap after the last one sent
 * (so a customer found 95 days overdue gets the reminder first, not the legal notice). The highest level is the final
 * one. Our rule; the seeds name dunning (催款) but give no levels. Plain Java.
 */
public final class Dunning {

    /** The letter templates, one per kind of letter; {@link #fileStem()} names its Word template. */
    public enum Stage implements com.creditwb.workbench.common.i18n.Labelled {
        REMINDER, SECOND, FINAL, LEGAL;

        /** The message key of a part of the standard letter ({@code title}, {@code opening}, {@code body}). */
        public String letterKey(String part) {
            return "letter." + name() + "." + part;
        }

        public String fileStem() {
            return "dunning-" + name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public String messageKey() {
            return "dunning.stage." + name();
        }
    }

    /** One level of a risk class. */
    public record Level(int level, int days, Stage stage) {
    }

    private Dunning() {
    }

    /**
     * The letter due, if any.
     *
     * @param levels the risk class's levels (any order)
     * @param current the level of the customer's last letter still in force (0: none)
     * @param lastSent when that letter was sent (null: none)
     * @param oldestDays days the oldest undisputed overdue item is past due (0: nothing to chase)
     */
    public static Optional<Level> due(List<Level> levels, int current, LocalDate lastSent, long oldestDays, LocalDate today, int gapDays) {
        if (oldestDays <= 0) {
            return Optional.empty();
        }
        if (lastSent != null && ChronoUnit.DAYS.between(lastSent, today) < gapDays) {
            return Optional.empty();
        }
        return levels.stream().filter(l -> l.level() == current + 1 && l.days() <= oldestDays).findFirst();
    }

    /** Whether the level is the class's last. */
    public static boolean isFinal(List<Level> levels, int level) {
        return levels.stream().max(Comparator.comparingInt(Level::level)).map(l -> l.level() == level).orElse(false);
    }

    /**
     * Levels as ADMIN sets them must climb: numbered 1..n without gaps, each due later than the one before.
     *
     * @return the index of the first level that breaks the rule, or -1
     */
    public static int firstInvalid(List<Level> levels) {
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            if (l == null || l.stage() == null || l.level() != i + 1 || l.days() < 0 || l.days() > 3650
                    || i > 0 && l.days() <= levels.get(i - 1).days()) {
                return i;
            }
        }
        return -1;
    }
}
