package com.creditwb.workbench.statement.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a line label to the form it is looked up by: full-width characters to half-width (NFKC),
 * spaces, numbering (一、 （一） 1. (2) I. III. (IV)) and prefixes (其中：减：加：Less: Add: Including:
 * Of which:) removed, remarks such as （损失以"－"号填列） or (loss is listed with "-") dropped,
 * English lower-cased. '实收资本（或股本）', '实收资本(或股本)' and ' 实收资本 （或股本）' all become
 * '实收资本(或股本)'.
 *
 * <p>{@link #loose} goes further for English labels: singular and plural alike ("Income tax
 * expenses" = "income tax expense", "liabilities" = "liability"), "the" and "&amp;" ignored; and
 * {@link #alternatives} gives a label written with an alternative in brackets ("Paid-in capital (or
 * share capital)") as each of its names.
 */
public final class LabelNormaliser {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0]+");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十\\d]+\\)[、.]?|\\([ivx]+\\)[、.]?|\\d+(?:\\.\\d+)*[、.)]|[ivx]+[.)、]|[a-z][.)])");
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:其中[:]?|减[:]|加[:]|less[:]|add[:]|plus[:]|ofwhich[:]?|including[:]|incl[.:]|amongwhich[:]?|inwhich[:]?)");
    private static final Pattern REMARK = Pattern.compile(
            "\\((?:[^()]*(?:填列|号|以-|-|loss|negative|decrease|亏损|减少)[^()]*)\\)$");
    private static final Pattern TRAILING = Pattern.compile("[:.,;、*]+$");
    private static final Pattern QUOTES = Pattern.compile("[\"'‘’“”`]");
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Pattern BRACKET = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern ALTERNATIVE_WORD = Pattern.compile("^(?:或|或者|or|i\\.e\\.|ie)");

    private LabelNormaliser() {
    }

    /*
     * Workbooks of one company repeat the same few hundred labels import after import: the forms are
     * remembered (pure functions of the label; at most CACHE_SIZE labels, then forgotten all at once).
     */
    private static final int CACHE_SIZE = 20_000;
    private static final java.util.Map<String, String> NORMALISED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, String> LOOSE = new java.util.concurrent.ConcurrentHashMap<>();

    private static String remembered(java.util.Map<String, String> cache, String label, java.util.function.UnaryOperator<String> form) {
        String known = cache.get(label);
        if (known != null) {
            return known;
        }
        if (cache.size() >= CACHE_SIZE) {
            cache.clear();
        }
        String computed = form.apply(label);
        cache.put(label, computed);
        return computed;
    }

    public static String normalise(String label) {
        if (label == null) {
            return "";
        }
        return remembered(NORMALISED, label, l -> strip(Normalizer.normalize(l, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)));
    }

    /** The label with English words in their singular form, "the" and "&amp;" ignored, then normalised. */
    public static String loose(String label) {
        if (label == null) {
            return "";
        }
        return remembered(LOOSE, label, LabelNormaliser::computeLoose);
    }

    private static String computeLoose(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("&", " and ");
        Matcher m = WORD.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(singular(m.group())));
        }
        m.appendTail(b);
        return strip(b.toString());
    }

    /**
     * The names a normalised label stands for when it has a bracketed alternative: without the
     * bracket, and the alternative on its own ("paid-incapital(orsharecapital)" → "paid-incapital",
     * "sharecapital"). Empty when the label has no bracket.
     */
    public static List<String> alternatives(String normalised) {
        Matcher m = BRACKET.matcher(normalised);
        if (!m.find()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(BRACKET.matcher(normalised).replaceAll(""));
        m.reset();
        while (m.find()) {
            String inside = ALTERNATIVE_WORD.matcher(m.group(1)).replaceFirst("");
            if (!inside.isEmpty()) {
                names.add(inside);
                // "总计(或合计)"-style: the alternative replaces the word just before the bracket is not guessed
            }
        }
        names.remove("");
        return new ArrayList<>(names);
    }

    private static String strip(String lowerCase) {
        String s = SPACES.matcher(lowerCase).replaceAll("");
        s = s.replace('—', '-').replace('－', '-').replace('–', '-').replace('−', '-');
        s = QUOTES.matcher(s).replaceAll("");
        String before;
        do {
            before = s;
            s = NUMBERING.matcher(s).replaceFirst("");
            s = PREFIX.matcher(s).replaceFirst("");
            s = REMARK.matcher(s).replaceFirst("");
            s = TRAILING.matcher(s).replaceFirst("");
        } while (!s.equals(before));
        return s;
    }

    /** "liabilities" → "liability", "expenses" → "expense", "assets" → "asset"; "the" dropped; short words kept. */
    static String singular(String word) {
        if (word.equals("the")) {
            return "";
        }
        if (word.length() <= 3 || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
