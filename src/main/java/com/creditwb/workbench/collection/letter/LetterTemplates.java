package com.creditwb.workbench.collection.letter;

import com.creditwb.workbench.collection.domain.Dunning;
import com.creditwb.workbench.common.excel.Templates;
import com.creditwb.workbench.common.i18n.Locales;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The dunning letter templates, {@code templates/dunning-<stage>_<zh_CN|en>.docx}: a company restyles them in Word (logo
 * in the header, wording, signature) and the restyled copy is used at once (see {@link Templates}); without one, the
 * standard letter is generated from the message bundles ({@code letter.*}): A4, the item table's header repeated on
 * every page.
 */
public final class LetterTemplates {

    private LetterTemplates() {
    }

    public static String fileName(Dunning.Stage stage, Locale locale) {
        return stage.fileStem() + "_" + Locales.fileSuffix(locale) + ".docx";
    }

    /** The template for the letter: the restyled copy if there is one, else the standard. */
    public static byte[] template(Dunning.Stage stage, Locale locale, MessageSource messages) {
        return Templates.restyledOr(fileName(stage, locale), () -> standard(stage, locale, messages));
    }

    /** The standard template of the stage in the language. */
    public static byte[] standard(Dunning.Stage stage, Locale locale, MessageSource messages) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc);
            XWPFParagraph head = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            run(head, text(messages, "letter.company", locale), true, 14);
            XWPFParagraph foot = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            foot.setAlignment(ParagraphAlignment.CENTER);
            run(foot, text(messages, "letter.footer", locale), false, 8);

            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            run(date, text(messages, "letter.dateLine", locale), false, 10);
            run(doc.createParagraph(), text(messages, "letter.to", locale), true, 11);
            run(doc.createParagraph(), text(messages, "letter.attention", locale), false, 11);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingBefore(240);
            title.setSpacingAfter(240);
            run(title, text(messages, stage.letterKey("title"), locale), true, 16);
            run(doc.createParagraph(), text(messages, stage.letterKey("opening"), locale), false, 11);

            XWPFTable table = doc.createTable(3, 5);
            table.setWidth("100%");
            // the grid Word and LibreOffice lay the columns out by: twips of the 16.7 cm between A4's 2 cm margins
            var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
            for (int c = 0; c < WIDTHS.length; c++) {
                (c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol()).setW(BigInteger.valueOf(WIDTHS[c]));
            }
            table.setTableAlignment(TableRowAlign.CENTER);
            String[] heads = {"letter.item.invoice", "letter.item.date", "letter.item.due", "letter.item.days", "letter.item.amount"};
            String[] cells = {"{{item.invoice}}", "{{item.date}}", "{{item.due}}", "{{item.days}}", "{{item.amount}}"};
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            for (int c = 0; c < 5; c++) {
                cell(header, c, text(messages, heads[c], locale), true, c >= 3);
                cell(table.getRow(1), c, cells[c], false, c >= 3);
            }
            XWPFTableRow total = table.getRow(2);
            cell(total, 0, text(messages, "letter.item.total", locale), true, false);
            cell(total, 4, "{{total}}", true, true);
            for (int c = 1; c < 4; c++) {
                total.getCell(c).setWidth(String.valueOf(WIDTHS[c]));
            }

            XWPFParagraph body = doc.createParagraph();
            body.setSpacingBefore(240);
            run(body, text(messages, stage.letterKey("body"), locale), false, 11);
            run(doc.createParagraph(), text(messages, "letter.contactUs", locale), false, 11);
            XWPFParagraph closing = doc.createParagraph();
            closing.setSpacingBefore(360);
            run(closing, text(messages, "letter.closing", locale), false, 11);
            run(doc.createParagraph(), text(messages, "letter.signature", locale), false, 11);
            run(doc.createParagraph(), text(messages, "letter.company", locale), true, 11);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
    }

    /** The item table's columns: invoice, invoice date, due date, days overdue, amount. */
    private static final int[] WIDTHS = {2699, 1638, 1638, 1349, 2314};

    private static void cell(XWPFTableRow row, int c, String text, boolean bold, boolean right) {
        row.getCell(c).setWidth(String.valueOf(WIDTHS[c]));
        XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
        if (right) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        run(p, text, bold, 10);
    }

    /** A4 portrait with 2 cm margins. */
    private static void a4(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margin = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        BigInteger twoCm = BigInteger.valueOf(1134);
        margin.setTop(twoCm);
        margin.setBottom(twoCm);
        margin.setLeft(twoCm);
        margin.setRight(twoCm);
    }

    /** Writes the standard templates into the folder given (the project's {@code templates/}). */
    public static void main(String[] args) throws IOException {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        for (Dunning.Stage stage : Dunning.Stage.values()) {
            for (Locale locale : Locales.SUPPORTED) {
                files.put(fileName(stage, locale), () -> standard(stage, locale, messages));
            }
        }
        Templates.writeStandard(args, files);
    }
}
