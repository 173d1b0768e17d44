package com.creditwb.workbench.common.excel;

import com.creditwb.workbench.statement.SampleWorkbooks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The corpus of odd workbooks every import is run over (OddWorkbookCorpusTest). Where each comes from:
 * <ul>
 * <li>committed under {@code src/test/resources/odd-workbooks}: files LibreOffice 7 on this machine wrote from the
 * statement sample and the aging template (BIFF8 .xls, its two .xlsx filters, .ods);
 * <li>built here: the old formats by their record bytes (BIFF2, BIFF3, BIFF4 raw; BIFF5 in an OLE2 "Book" stream), strict
 * OOXML (a workbook's namespaces rewritten to the ISO strict ones), a chart, a pivot table, macros (.xlsm with a
 * vbaProject part), a shared-strings table of 300,000 texts, 16,384 columns, 32,767-character cells, merged and
 * hidden sheets, pictures, an array formula in an .xls, the spreadsheetml elements written with an {@code x:} prefix
 * (as the .NET Open XML SDK and some WPS versions write them), a Word document renamed .xlsx, an encrypted file;
 * <li>broken: truncated, a zip without its central directory, a changed byte in compressed data, and seeded
 * mutations of an .xls and of an .xlsx (bytes flipped at random places), as files damaged in transit are.
 * </ul>
 */
public final class OddWorkbooks {

    private OddWorkbooks() {
    }

    /** Every file of the corpus by name. */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : new String[] {"libreoffice-biff8.xls", "libreoffice-ooxml.xlsx", "libreoffice-excel2007.xlsx", "libreoffice.ods",
            "libreoffice-aging-template.xls", "libreoffice-aging-template.xlsx"}) {
            files.put(name, resource(name));
        }
        files.put("biff2.xls", bytes(0x09, 0x00, 0x04, 0x00, 0x00, 0x00, 0x10, 0x00, 0x0a, 0x00, 0x00, 0x00));
        files.put("biff3.xls", bytes(0x09, 0x02, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x0a, 0x00, 0x00, 0x00));
        files.put("biff4.xls", bytes(0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x0a, 0x00, 0x00, 0x00));
        files.put("biff5-excel95.xls", biff5());
        byte[] sample = SampleWorkbooks.bytes(SampleWorkbooks.chineseSideBySide());
        files.put("strict-ooxml.xlsx", strict(sample));
        files.put("x-prefixed.xlsx", prefixed(sample));
        files.put("chart.xlsx", chart());
        files.put("pivot-table.xlsx", pivot());
        files.put("macros.xlsm", macros(sample));
        files.put("huge-string-table.xlsx", hugeStrings());
        files.put("16384-columns.xlsx", wide());
        files.put("long-texts-merged-hidden-picture.xlsx", decorated(new XSSFWorkbook()));
        files.put("long-texts-merged-hidden-picture.xls", decorated(new HSSFWorkbook()));
        files.put("array-formula.xls", arrayFormula());
        files.put("word-document-renamed.xlsx", wordDocument());
        try {
            files.put("encrypted.xlsx", com.creditwb.workbench.statement.SampleFiles.encrypted(sample));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        files.put("truncated.xlsx", java.util.Arrays.copyOf(sample, sample.length / 2));
        files.put("no-central-directory.xlsx", java.util.Arrays.copyOf(sample, sample.length - 22));
        byte[] changed = sample.clone();
        changed[changed.length / 3] ^= 0x5a;
        files.put("changed-byte.xlsx", changed);
        byte[] xls = resource("libreoffice-biff8.xls");
        Random random = new Random(20261207L);
        for (int i = 1; i <= 20; i++) {
            files.put("mutant-" + i + ".xls", mutate(xls, random, 1 + i % 4));
        }
        for (int i = 1; i <= 10; i++) {
            files.put("mutant-" + i + ".xlsx", mutateSheetXml(sample, random));
        }
        return files;
    }

    static byte[] resource(String name) {
        try (InputStream in = OddWorkbooks.class.getResourceAsStream("/odd-workbooks/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** An Excel 5/95 file: an OLE2 container whose stream is "Book" (BIFF5 BOF, version 0x0500), not "Workbook". */
    private static byte[] biff5() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] book = bytes(0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0xcd, 0x07, 0xc9, 0x07, 0x0a, 0x00, 0x00, 0x00);
            fs.createDocument(new ByteArrayInputStream(book), "Book");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every XML part of the package with each text edited; other parts as they are. */
    private static byte[] rewrite(byte[] zip, BiFunction<String, String, String> edit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] data = in.readAllBytes();
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    data = edit.apply(e.getName(), new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** ISO/IEC 29500 strict: the transitional namespaces and relationship types replaced by the purl.oclc.org ones. */
    static byte[] strict(byte[] xlsx) {
        return rewrite(xlsx, (name, xml) -> xml
                .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships")
                .replace("<workbook ", "<workbook conformance=\"strict\" "));
    }

    /** The spreadsheetml elements of the workbook, sheets and strings written as {@code x:name} with {@code xmlns:x}. */
    static byte[] prefixed(byte[] xlsx) {
        return rewrite(xlsx, (name, xml) -> {
            if (!name.startsWith("xl/") || name.contains("_rels") || name.contains("theme")) {
                return xml;
            }
            return xml.replaceAll("<(/?)([a-zA-Z]+)([\\s>/])", "<$1x:$2$3")
                    .replace("xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"",
                            "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"");
        });
    }

    private static byte[] chart() {
        XSSFWorkbook wb = (XSSFWorkbook) SampleWorkbooks.chineseSideBySide();
        var sheet = wb.getSheetAt(0);
        var drawing = sheet.createDrawingPatriarch();
        var anchor = drawing.createAnchor(0, 0, 0, 0, 10, 2, 18, 20);
        var chart = drawing.createChart(anchor);
        var categories = org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(4, 8, 0, 0));
        var values = org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(4, 8, 2, 2));
        var data = chart.createData(org.apache.poi.xddf.usermodel.chart.ChartTypes.BAR, chart.createCategoryAxis(
                org.apache.poi.xddf.usermodel.chart.AxisPosition.BOTTOM), chart.createValueAxis(org.apache.poi.xddf.usermodel.chart.AxisPosition.LEFT));
        data.addSeries(categories, values);
        chart.plot(data);
        return SampleWorkbooks.bytes(wb);
    }

    private static byte[] pivot() {
        XSSFWorkbook wb = new XSSFWorkbook();
        var data = wb.createSheet("Data");
        SampleWorkbooks.row(data, 0, "Customer", "Region", "Amount");
        for (int i = 1; i <= 50; i++) {
            SampleWorkbooks.row(data, i, "C" + (i % 7), "R" + (i % 3), i * 100);
        }
        var pivotSheet = wb.createSheet("Pivot");
        var pivot = pivotSheet.createPivotTable(new org.apache.poi.ss.util.AreaReference("A1:C51", org.apache.poi.ss.SpreadsheetVersion.EXCEL2007),
                new org.apache.poi.ss.util.CellReference("A3"), data);
        pivot.addRowLabel(0);
        pivot.addColumnLabel(org.apache.poi.ss.usermodel.DataConsolidateFunction.SUM, 2);
        return SampleWorkbooks.bytes(wb);
    }

    /** A macro-enabled workbook: the main part's content type says so and a vbaProject.bin part comes along. */
    private static byte[] macros(byte[] xlsx) {
        byte[] withType = rewrite(xlsx, (name, xml) -> name.equals("[Content_Types].xml")
                ? xml.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                        .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>")
                : xml);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(withType)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(in.readAllBytes());
            }
            z.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
            try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream vba = new ByteArrayOutputStream()) {
                fs.createDirectory("VBA").createDocument("dir", new ByteArrayInputStream(new byte[64]));
                fs.writeFilesystem(vba);
                z.write(vba.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** 5,000 rows × 60 columns of distinct texts: 300,000 entries in the shared-strings table, about a megabyte. */
    private static byte[] hugeStrings() {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 100, true, true); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("资产负债表");
            for (int r = 0; r < 5_000; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 60; c++) {
                    row.createCell(c).setCellValue(Integer.toString(r * 60 + c, 36));
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] wide() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet("Wide");
        for (int r = 0; r < 3; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < 16_384; c++) {
                row.createCell(c).setCellValue(r == 0 ? "h" + c : Integer.toString(c));
            }
        }
        return SampleWorkbooks.bytes(wb);
    }

    /** Cells of 32,767 characters, merged ranges, a hidden and a very hidden sheet, a picture. */
    private static byte[] decorated(Workbook wb) {
        Sheet sheet = wb.createSheet("资产负债表");
        SampleWorkbooks.row(sheet, 0, "资产负债表");
        SampleWorkbooks.row(sheet, 1, "编制单位：" + "长".repeat(32_000), "x".repeat(32_767));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        sheet.addMergedRegion(new CellRangeAddress(2, 4, 0, 2));
        SampleWorkbooks.row(sheet, 5, "货币资金", "1,000");
        wb.createSheet("hidden");
        wb.setSheetHidden(1, true);
        wb.createSheet("very hidden");
        wb.setSheetVisibility(2, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        int picture = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
        var drawing = sheet.createDrawingPatriarch();
        var anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(6);
        anchor.setRow1(6);
        drawing.createPicture(anchor, picture);
        return SampleWorkbooks.bytes(wb);
    }

    private static byte[] arrayFormula() {
        HSSFWorkbook wb = new HSSFWorkbook();
        Sheet sheet = wb.createSheet("资产负债表");
        SampleWorkbooks.row(sheet, 0, "项目", "期末余额");
        SampleWorkbooks.row(sheet, 1, "货币资金", 100);
        SampleWorkbooks.row(sheet, 2, "存货", 200);
        sheet.createRow(3).createCell(0).setCellValue("流动资产合计");
        sheet.setArrayFormula("SUM(B2:B3*1)", CellRangeAddress.valueOf("B4"));
        return SampleWorkbooks.bytes(wb);
    }

    private static byte[] wordDocument() {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("资产负债表 货币资金 1,000");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code flips} runs of a few bytes changed at random places after the OLE2 header. */
    private static byte[] mutate(byte[] file, Random random, int flips) {
        byte[] b = file.clone();
        for (int i = 0; i < flips; i++) {
            int at = 512 + random.nextInt(b.length - 520);
            for (int k = 0; k < 1 + random.nextInt(8); k++) {
                b[at + k] = (byte) random.nextInt(256);
            }
        }
        return b;
    }

    /** The first sheet's XML with a few characters changed at random places (tags broken, numbers garbled). */
    private static byte[] mutateSheetXml(byte[] xlsx, Random random) {
        return rewrite(xlsx, (name, xml) -> {
            if (!name.equals("xl/worksheets/sheet1.xml")) {
                return xml;
            }
            StringBuilder s = new StringBuilder(xml);
            for (int i = 0; i < 3; i++) {
                int at = 200 + random.nextInt(s.length() - 220);
                s.setCharAt(at, "<>\"/&x9 ".charAt(random.nextInt(8)));
            }
            return s.toString();
        });
    }
}
