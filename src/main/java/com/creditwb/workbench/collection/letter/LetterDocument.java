package com.creditwb.workbench.collection.letter;

import com.creditwb.workbench.common.i18n.Formats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;

/**
 * Fills a dunning letter template (Word, Apache POI XWPF): every {@code {{name}}} in the body, tables, headers and
 * footers becomes the letter's value, and the table row holding {@code {{item.…}}} is repeated for each item. A value
 * is written as the text of a run, never as a field or instruction, with control and direction characters replaced by
 * spaces: what a customer's name holds cannot become Word code (a field, a link, a macro) or break the file.
 *
 * <p>Placeholders: {@code customer, code, contact, date, reference, sender, total, currency, oldestDays, level}; in the
 * item row {@code item.invoice, item.date, item.due, item.days, item.amount}. A placeholder split over several runs
 * (as Word does when a company edits the wording) is still found: the paragraph's text is joined into its first run,
 * which keeps its formatting.
 */
public final class LetterDocument {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z.]+)\\s*}}");

    /** One item in the letter's table. */
    public record Item(String invoiceNo, LocalDate invoiceDate, LocalDate dueDate, int daysOverdue, BigDecimal balance) {
    }

    /** What a letter says. */
    public record Letter(String customer, String code, String contact, LocalDate date, String reference, String sender, String currency,
            long oldestDays, int level, List<Item> items, Locale locale) {

        BigDecimal total() {
            return items.stream().map(Item::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private LetterDocument() {
    }

    /** The letter as a Word document from the template given; an unreadable template is an {@link IllegalArgumentException}. */
    public static byte[] fill(byte[] template, Letter letter) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Map<String, String> values = values(letter);
            for (XWPFTable table : tables(doc.getBodyElements())) {
                repeatItemRow(table, letter);
            }
            fillBody(doc.getBodyElements(), values);
            for (XWPFHeaderFooter hf : headersAndFooters(doc)) {
                fillBody(hf.getBodyElements(), values);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
            throw new IllegalArgumentException("unreadable letter template", e);
        }
    }

    /** Text safe for a run: control and direction characters become spaces (line breaks too: a value is one line). */
    static String safe(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE
                    && !(Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
                            || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1)));
            boolean bidi = c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F' || c == '\u061C';
            b.append(control || bidi || c == '\uFFFE' || c == '\uFFFF' ? ' ' : c);
        }
        return b.toString();
    }

    private static Map<String, String> values(Letter l) {
        Locale locale = l.locale();
        Map<String, String> v = new HashMap<>();
        v.put("customer", l.customer());
        v.put("code", l.code());
        v.put("contact", l.contact() == null ? "" : l.contact());
        v.put("date", Formats.date(l.date(), locale));
        v.put("reference", l.reference());
        v.put("sender", l.sender());
        v.put("total", Formats.amount(l.total(), locale));
        v.put("currency", l.currency());
        v.put("oldestDays", Formats.integer(l.oldestDays(), locale));
        v.put("level", Formats.integer(l.level(), locale));
        return v;
    }

    private static Map<String, String> values(Item i, Locale locale) {
        Map<String, String> v = new HashMap<>();
        v.put("item.invoice", i.invoiceNo());
        v.put("item.date", Formats.date(i.invoiceDate(), locale));
        v.put("item.due", Formats.date(i.dueDate(), locale));
        v.put("item.days", Formats.integer(i.daysOverdue(), locale));
        v.put("item.amount", Formats.amount(i.balance(), locale));
        return v;
    }

    private static void repeatItemRow(XWPFTable table, Letter letter) {
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            if (!rowText(row).contains("{{item.")) {
                continue;
            }
            int at = r;
            for (Item item : letter.items()) {
                // filled while detached: adding the row copies its XML into the table
                CTRow copy = (CTRow) row.getCtRow().copy();
                XWPFTableRow added = new XWPFTableRow(copy, table);
                Map<String, String> values = values(item, letter.locale());
                for (XWPFTableCell cell : added.getTableCells()) {
                    fillBody(cell.getBodyElements(), values);
                }
                table.addRow(added, ++at);
            }
            table.removeRow(r);
            return;
        }
    }

    private static String rowText(XWPFTableRow row) {
        StringBuilder b = new StringBuilder();
        row.getTableCells().forEach(c -> b.append(c.getText()));
        return b.toString();
    }

    private static void fillBody(List<IBodyElement> elements, Map<String, String> values) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                fill(p, values);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        fillBody(cell.getBodyElements(), values);
                    }
                }
            }
        }
    }

    private static void fill(XWPFParagraph p, Map<String, String> values) {
        String text = p.getText();
        if (text == null || !text.contains("{{")) {
            return;
        }
        List<XWPFRun> runs = p.getRuns();
        if (runs.isEmpty()) {
            return;
        }
        // the paragraph's runs joined into its first (placeholders may be split over runs), each placeholder replaced
        StringBuilder joined = new StringBuilder();
        runs.forEach(r -> joined.append(r.text()));
        Matcher m = PLACEHOLDER.matcher(joined);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : safe(value)));
        }
        m.appendTail(out);
        XWPFRun first = runs.get(0);
        for (int i = runs.size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
        first.setText(out.toString(), 0);
        for (int i = first.getCTR().sizeOfTArray() - 1; i > 0; i--) {
            first.getCTR().removeT(i);
        }
    }

    private static List<XWPFTable> tables(List<IBodyElement> elements) {
        List<XWPFTable> list = new ArrayList<>();
        for (IBodyElement e : elements) {
            if (e instanceof XWPFTable t) {
                list.add(t);
            }
        }
        return list;
    }

    private static List<XWPFHeaderFooter> headersAndFooters(XWPFDocument doc) {
        List<XWPFHeaderFooter> list = new ArrayList<>(doc.getHeaderList());
        list.addAll(doc.getFooterList());
        return list;
    }
}
