package com.creditwb.workbench.collection.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditwb.workbench.collection.domain.Dunning;
import com.creditwb.workbench.common.i18n.Locales;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Letters filled from the standard templates and from a restyled one, read back with POI. */
class LetterDocumentTest {

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    static LetterDocument.Letter letter(String customer, Locale locale) {
        return new LetterDocument.Letter(customer, "C00042", "王会计", LocalDate.of(2026, 12, 1), "DL-7", "张信用", "CNY", 75, 2,
                List.of(new LetterDocument.Item("INV-1", LocalDate.of(2026, 8, 18), LocalDate.of(2026, 9, 17), 75, new BigDecimal("12000.50")),
                        new LetterDocument.Item("INV-2", LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 20), 42, new BigDecimal("3000"))),
                locale);
    }

    @Test
    void the_standard_letter_has_the_item_table_with_a_row_per_item_and_the_total_in_the_customers_language() throws IOException {
        byte[] docx = LetterDocument.fill(LetterTemplates.standard(Dunning.Stage.SECOND, Locales.ENGLISH, MESSAGES), letter("Acme Trading Ltd", Locales.ENGLISH));
        try (XWPFDocument doc = read(docx)) {
            XWPFTable table = doc.getTables().get(0);
            // header, INV-1, INV-2, total
            assertThat(table.getRows()).hasSize(4);
            assertThat(table.getRow(0).getCell(4).getText()).isEqualTo("Amount due (CNY)");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("INV-1");
            assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("Sep 17, 2026");
            assertThat(table.getRow(1).getCell(3).getText()).isEqualTo("75");
            assertThat(table.getRow(2).getCell(4).getText()).isEqualTo("3,000.00");
            // 12,000.50 + 3,000.00
            assertThat(table.getRow(3).getCell(4).getText()).isEqualTo("15,000.50");
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("Second payment reminder", "Acme Trading Ltd (customer no. C00042)", "the oldest is 75 days overdue",
                    "Attn.: 王会计", "Ref.: DL-7").doesNotContain("{{");
            // A4
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
        }
        byte[] zh = LetterDocument.fill(LetterTemplates.standard(Dunning.Stage.FINAL, Locales.CHINESE, MESSAGES), letter("华东贸易有限公司", Locales.CHINESE));
        try (XWPFDocument doc = read(zh)) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("最后催款通知", "华东贸易有限公司（客户编号 C00042）", "最长已逾期 75 天", "2026年9月17日");
        }
    }

    @Test
    void a_restyled_template_keeps_its_logo_wording_and_signature_with_placeholders_split_over_runs() throws Exception {
        byte[] restyled;
        try (XWPFDocument doc = read(LetterTemplates.standard(Dunning.Stage.REMINDER, Locales.ENGLISH, MESSAGES));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // a logo in the header
            XWPFRun logo = doc.createHeader(HeaderFooterType.FIRST).createParagraph().createRun();
            logo.addPicture(new ByteArrayInputStream(png()), Document.PICTURE_TYPE_PNG, "logo.png", 914400, 457200);
            doc.getHeaderList().forEach(h -> h.createParagraph().createRun().setText("ACME Industrial Group"));
            // the wording: "Dear {{customer}}" as Word keeps an edited placeholder, over three runs, the name in bold
            XWPFParagraph dear = doc.insertNewParagraph(doc.getParagraphs().get(0).getCTP().newCursor());
            dear.createRun().setText("Dear {{cust");
            XWPFRun bold = dear.createRun();
            bold.setBold(true);
            bold.setText("omer}}, kindly pay ");
            dear.createRun().setText("{{total}} {{currency}} by return.");
            // the signature
            doc.createParagraph().createRun().setText("Li Ming, Head of Receivables, ACME");
            doc.write(out);
            restyled = out.toByteArray();
        }
        byte[] docx = LetterDocument.fill(restyled, letter("Acme Trading Ltd", Locales.ENGLISH));
        try (XWPFDocument doc = read(docx)) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("Dear Acme Trading Ltd, kindly pay 15,000.50 CNY by return.", "Li Ming, Head of Receivables, ACME",
                    "ACME Industrial Group", "INV-2").doesNotContain("{{");
            assertThat(doc.getAllPackagePictures()).hasSize(1);
        }
    }

    @Test
    void formula_like_and_control_text_is_written_as_plain_text_never_as_word_code() throws IOException {
        String hostile = "=HYPERLINK(\"http://evil\")\u0007{ DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe }\u202Eabc\u0000";
        byte[] docx = LetterDocument.fill(LetterTemplates.standard(Dunning.Stage.REMINDER, Locales.ENGLISH, MESSAGES), letter(hostile, Locales.ENGLISH));
        String xml = part(docx, "word/document.xml");
        assertThat(xml).doesNotContain("fldSimple", "instrText", "fldChar", "hyperlink", "\u0007", "\u202E", "\u0000");
        try (XWPFDocument doc = read(docx)) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("=HYPERLINK(\"http://evil\") { DDEAUTO");
        }
    }

    @Test
    void every_standard_letter_has_its_wording_in_both_languages() throws IOException {
        for (Dunning.Stage stage : Dunning.Stage.values()) {
            for (Locale locale : Locales.SUPPORTED) {
                // a missing message would throw here
                try (XWPFDocument doc = read(LetterTemplates.standard(stage, locale, MESSAGES))) {
                    assertThat(new XWPFWordExtractor(doc).getText()).contains(MESSAGES.getMessage(stage.letterKey("title"), null, locale));
                }
            }
        }
    }

    @Test
    void a_template_word_cannot_read_is_refused() {
        assertThatThrownBy(() -> LetterDocument.fill("not a docx".getBytes(StandardCharsets.UTF_8), letter("X", Locales.ENGLISH)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static String part(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException(name);
    }

    /** A 1×1 PNG. */
    static byte[] png() throws IOException {
        var image = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
