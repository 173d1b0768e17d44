package com.creditwb.workbench.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the committed sample and hostile workbooks under src/test/resources/statements (run once
 * with {@code BENCH=com.creditwb.workbench.statement.SampleFiles ./wb bench}; the files are in git).
 */
public final class SampleFiles {

    public static final String DIR = "statements";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("src/test/resources", DIR);
        Files.createDirectories(dir);
        // real-looking samples
        Workbook side = SampleWorkbooks.chineseSideBySide();
        SampleWorkbooks.row(side.getSheet("资产负债表"), 4 + 13, "应收利息", null, 15, 12, null, null, null, null);
        write(dir.resolve("sample-zh-side-by-side.xlsx"), SampleWorkbooks.bytes(side));
        write(dir.resolve("sample-en-single-column.xlsx"), SampleWorkbooks.bytes(SampleWorkbooks.englishSingleColumn()));
        HSSFWorkbook xls = new HSSFWorkbook();
        Sheet bs = xls.createSheet("资产负债表");
        SampleWorkbooks.row(bs, 0, "资产负债表", null, "2024年12月31日", "单位：元");
        SampleWorkbooks.row(bs, 1, "项目", "期末余额", "年初余额");
        SampleWorkbooks.row(bs, 2, "货币资金", 500000, 400000);
        SampleWorkbooks.row(bs, 3, "流动资产合计", 500000, 400000);
        SampleWorkbooks.row(bs, 4, "资产总计", 500000, 400000);
        SampleWorkbooks.row(bs, 5, "负债合计", 200000, 150000);
        SampleWorkbooks.row(bs, 6, "所有者权益合计", 300000, 250000);
        SampleWorkbooks.row(bs, 7, "负债和所有者权益总计", 500000, 400000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        xls.write(out);
        write(dir.resolve("sample-legacy.xls"), out.toByteArray());
        // broken and hostile
        byte[] good = SampleWorkbooks.bytes(SampleWorkbooks.chineseSideBySide());
        write(dir.resolve("hostile-empty.xlsx"), new byte[0]);
        write(dir.resolve("hostile-pdf-renamed.xlsx"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        write(dir.resolve("hostile-truncated.xlsx"), Arrays.copyOf(good, good.length / 2));
        write(dir.resolve("hostile-encrypted.xlsx"), encrypted(good));
        write(dir.resolve("hostile-zip-bomb.xlsx"), zipBomb());
        write(dir.resolve("hostile-xxe.xlsx"), rewrite(good, "xl/workbook.xml", x -> x.replaceFirst("\\?>",
                "?><!DOCTYPE workbook [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")));
        write(dir.resolve("hostile-300k-rows.xlsx"), manyRows());
        Workbook unbalanced = SampleWorkbooks.chineseSideBySide();
        unbalanced.getSheet("资产负债表").getRow(16).getCell(6).setCellValue(5999);
        write(dir.resolve("broken-unbalanced.xlsx"), SampleWorkbooks.bytes(unbalanced));
        Workbook duplicate = SampleWorkbooks.chineseSideBySide();
        SampleWorkbooks.row(duplicate.getSheet("利润表"), 20, "营业收入", 12000, 9000);
        write(dir.resolve("broken-duplicate-line.xlsx"), SampleWorkbooks.bytes(duplicate));
        System.out.println("written to " + dir.toAbsolutePath());
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
    }

    public static byte[] encrypted(byte[] plain) throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream os = encryptor.getDataStream(fs)) {
            os.write(plain);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        return out.toByteArray();
    }

    public static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
        }
        return out.toByteArray();
    }

    public static byte[] manyRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet("明细");
            for (int r = 0; r < 300_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            wb.write(out);
        }
        return out.toByteArray();
    }

    public static byte[] rewrite(byte[] zipBytes, String entryName, java.util.function.UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zipBytes));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entryName)) {
                    data = edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
            }
        }
        return out.toByteArray();
    }

    private SampleFiles() {
    }
}
