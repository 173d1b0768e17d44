package com.creditwb.workbench.statement.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Brings a line label to the form it is looked up by: full-width characters to half-width (NFKC),
 * spaces, numbering (一、 （一） 1. (2) I.) and prefixes (其中：减：加：Less: Add: Of which:) removed,
 * remarks such as （损失以"－"号填列） dropped, English lower-cased. '实收资本（或股本）', '实收资本(或股本)'
 * and ' 实收资本 （或股本）' all become '实收资本(或股本)'.
 */
public final class LabelNormaliser {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0]+");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十\\d]+\\)[、.]?|\\d+(?:\\.\\d+)*[、.)]|[ivx]+[.)]|[a-z][.)])");
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:其中[:]?|减[:]|加[:]|less:|add:|ofwhich[:]?|including:)");
    private static final Pattern REMARK = Pattern.compile(
            "\\((?:[^()]*(?:填列|号|以\"?-|loss|losses|negative|亏损)[^()]*)\\)$");
    private static final Pattern TRAILING = Pattern.compile("[:.,;、*]+$");
    private static final Pattern QUOTES = Pattern.compile("[\"'‘’“”]");

    private LabelNormaliser() {
    }

    public static String normalise(String label) {
        if (label == null) {
            return "";
        }
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = SPACES.matcher(s).replaceAll("");
        s = s.replace('—', '-').replace('－', '-').replace('–', '-');
        String before;
        do {
            before = s;
            s = NUMBERING.matcher(s).replaceFirst("");
            s = PREFIX.matcher(s).replaceFirst("");
            s = REMARK.matcher(s).replaceFirst("");
            s = TRAILING.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return QUOTES.matcher(s).replaceAll("");
    }
}
