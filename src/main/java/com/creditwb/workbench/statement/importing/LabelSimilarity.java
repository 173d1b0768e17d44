package com.creditwb.workbench.statement.importing;

import com.creditwb.workbench.statement.domain.LineItem;
import java.util.HashSet;
import java.util.Set;

/**
 * How alike a label written in a workbook is to a catalogue item: the Dice coefficient of the
 * character pairs (and, for Chinese, single characters) of their loose forms ({@link LabelNormaliser#loose}), the best over the item's
 * labels, 0 to 1, after the words every total has ("total", 合计) are left out. "利润合计" against
 * "利润总额" is 0.6; "Total assets" against "Profit before tax" about 0.1. Used to suggest which unrecognised line could be a missing key line.
 */
public final class LabelSimilarity {

    /** From this score on a line is offered as a candidate. */
    public static final double CANDIDATE = 0.4;

    /** Words nearly every total has: they say nothing about which line it is. */
    private static final java.util.regex.Pattern GENERIC = java.util.regex.Pattern.compile("total|合计|总计|小计|subtotal|sub-total");

    private LabelSimilarity() {
    }

    public static double to(LineItem item, String label) {
        Set<String> pairs = pairs(LabelNormaliser.loose(label));
        double best = 0;
        for (String known : item.labels()) {
            best = Math.max(best, dice(pairs, pairs(LabelNormaliser.loose(known))));
        }
        return best;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return 2.0 * common.size() / (a.size() + b.size());
    }

    private static Set<String> pairs(String loose) {
        String s = GENERIC.matcher(loose).replaceAll("");
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x2E80) {
                pairs.add(s.substring(i, i + 1)); // a Chinese character carries meaning on its own
            }
        }
        for (int i = 0; i + 2 <= s.length(); i++) {
            pairs.add(s.substring(i, i + 2));
        }
        return pairs;
    }
}
