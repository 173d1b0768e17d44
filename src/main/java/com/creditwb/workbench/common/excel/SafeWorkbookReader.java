package com.creditwb.workbench.common.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The one way the workbench opens an uploaded workbook. Before POI parses anything it checks the
 * size, what the file really is (not its name), encryption, the old Excel 5/95 format, and for
 * .xlsx every zip entry: the expanded size and the compression ratio (zip bombs), DOCTYPE or entity
 * declarations in the XML (XXE), and the rows of each sheet — reading the zip as a stream, so a
 * hostile file is refused without being expanded into memory. Then .xlsx is read with XSSF, .xls
 * (Excel 97–2003) with HSSF. Every refusal is an {@link ExcelException} with a message key.
 */
public final class SafeWorkbookReader {

    private static final Pattern SHEET = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*?\\bname=\"([^\"]*)\"[^>]*?\\br:id=\"([^\"]+)\"");
    private static final Pattern SHEET_REVERSED = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*?\\br:id=\"([^\"]+)\"[^>]*?\\bname=\"([^\"]*)\"");
    private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\b[^>]*?\\bId=\"([^\"]+)\"[^>]*?\\bTarget=\"([^\"]+)\"");
    private static final Pattern RELATIONSHIP_REVERSED = Pattern.compile("<Relationship\\b[^>]*?\\bTarget=\"([^\"]+)\"[^>]*?\\bId=\"([^\"]+)\"");
    private static final int XML_HEAD = 8192;

    static {
        // POI refuses any part that inflates beyond 1:100 (a 100 KB cell of one repeated character does); the package is
        // checked as a whole before POI reads it (inspectZip: expanded size and ratio), so POI's own check only guards
        // against what that lets through
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.001);
    }

    private SafeWorkbookReader() {
    }

    public static Workbook open(byte[] bytes) {
        return open(bytes, ExcelLimits.DEFAULT);
    }

    /** {@link #read(byte[], ExcelLimits, Function)} with the default limits (statements, templates). */
    public static <T> T read(byte[] bytes, Function<Workbook, T> reader) {
        return read(bytes, ExcelLimits.DEFAULT, reader);
    }

    /**
     * Opens the workbook safely and reads it with {@code reader}: the one way every import reads a file. The read
     * takes a place at the {@link ImportGate} (a few at once per user) and runs within its {@link ReadBudget} (cells
     * visited, CPU seconds). Whatever POI throws while the cells are read (a missing format record in an old file, a
     * broken array formula, an illegal part name) is the file's fault, so it is an {@link ExcelException} "damaged" —
     * a 422 naming the file — never a 500.
     */
    public static <T> T read(byte[] bytes, ExcelLimits limits, Function<Workbook, T> reader) {
        String place = ImportGate.enter();
        ReadBudget.start(limits);
        long started = System.nanoTime();
        String outcome = "refused";
        try (Workbook workbook = open(bytes, limits)) {
            T read = reader.apply(workbook);
            outcome = "read";
            return read;
        } catch (ExcelException | ImportRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ExcelException(ExcelProblem.of("damaged"), e);
        } finally {
            ReadBudget.end();
            ImportGate.leave(place);
            io.micrometer.core.instrument.Timer.builder("workbench.import.read").description("Workbooks read by the imports")
                    .tag("kind", limits.kind()).tag("outcome", outcome).register(io.micrometer.core.instrument.Metrics.globalRegistry)
                    .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    public static Workbook open(byte[] bytes, ExcelLimits limits) {
        if (bytes == null || bytes.length == 0) {
            throw new ExcelException(ExcelProblem.of("empty"));
        }
        if (bytes.length > limits.maxBytes()) {
            throw new ExcelException(ExcelProblem.of("tooLarge", bytes.length >> 10, limits.maxBytes() >> 20));
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        return switch (magic) {
            case OOXML -> openXlsx(bytes, limits);
            case OLE2 -> openXls(bytes, limits);
            case BIFF2, BIFF3, BIFF4 -> throw new ExcelException(ExcelProblem.of("oldFormat"));
            default -> throw new ExcelException(ExcelProblem.of("notExcel"));
        };
    }

    private static Workbook openXlsx(byte[] bytes, ExcelLimits limits) {
        boolean strict = inspectZip(bytes, limits);
        try {
            if (limits.streamed()) {
                return StreamingReader.builder().rowCacheSize(200).bufferSize(16 * 1024).setAvoidTempFiles(true)
                        .setReadComments(false).setReadHyperlinks(false).setReadShapes(false).setReadCoreProperties(false)
                        .open(new ByteArrayInputStream(bytes));
            }
            return new XSSFWorkbook(new ByteArrayInputStream(strict ? OoxmlPackage.transitional(bytes) : bytes));
        } catch (IOException | RuntimeException e) {
            String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("doctype") || text.contains("entity")) {
                throw new ExcelException(ExcelProblem.of("hostileXml"), e);
            }
            throw new ExcelException(ExcelProblem.of("damaged"), e);
        }
    }

    private static Workbook openXls(byte[] bytes, ExcelLimits limits) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new ExcelException(ExcelProblem.of("encrypted"));
            }
            if (!fs.getRoot().hasEntryCaseInsensitive("Workbook") && fs.getRoot().hasEntryCaseInsensitive("Book")) {
                throw new ExcelException(ExcelProblem.of("oldFormat"));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExcelException ee) {
                throw ee;
            }
            throw new ExcelException(ExcelProblem.of("damaged"), e);
        }
        HSSFWorkbook workbook;
        try {
            workbook = new HSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (EncryptedDocumentException e) {
            throw new ExcelException(ExcelProblem.of("encrypted"), e);
        } catch (OldExcelFormatException e) {
            throw new ExcelException(ExcelProblem.of("oldFormat"), e);
        } catch (IOException | RuntimeException e) {
            throw new ExcelException(ExcelProblem.of("damaged"), e);
        }
        for (Sheet sheet : workbook) {
            if (sheet.getPhysicalNumberOfRows() > limits.maxRowsPerSheet()) {
                int rows = sheet.getPhysicalNumberOfRows();
                closeQuietly(workbook);
                throw new ExcelException(ExcelProblem.at(sheet.getSheetName(), null, limits.key("tooManyRows"), rows, limits.maxRowsPerSheet()));
            }
        }
        return workbook;
    }

    /** Streams every entry once: expanded size, ratio, XML declarations and rows per sheet. */
    static boolean inspectZip(byte[] bytes, ExcelLimits limits) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            Map<String, String> sheetNames = sheetNames(zip);
            long expanded = 0;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements();) {
                ZipArchiveEntry entry = entries.nextElement();
                String name = entry.getName();
                boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
                boolean worksheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml");
                boolean strings = name.equals("xl/sharedStrings.xml");
                TagCounter rows = new TagCounter("row");
                TagCounter sharedStrings = new TagCounter("si");
                byte[] head = new byte[XML_HEAD];
                int headLength = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        ReadBudget.checkNow();
                        expanded += n;
                        if (expanded > limits.maxExpandedBytes()) {
                            throw new ExcelException(ExcelProblem.of("expandedTooLarge", limits.maxExpandedBytes() >> 20));
                        }
                        if (expanded > (1 << 20) && bytes.length < expanded * limits.minInflateRatio()) {
                            throw new ExcelException(ExcelProblem.of("zipBomb"));
                        }
                        if (xml && headLength < XML_HEAD) {
                            int copy = Math.min(n, XML_HEAD - headLength);
                            System.arraycopy(buffer, 0, head, headLength, copy);
                            headLength += copy;
                        }
                        if (strings && sharedStrings.add(buffer, n) > limits.maxStrings()) {
                            throw new ExcelException(ExcelProblem.of("tooManyStrings", limits.maxStrings()));
                        }
                        if (worksheet && rows.add(buffer, n) > limits.maxRowsPerSheet()) {
                            throw new ExcelException(ExcelProblem.at(sheetNames.getOrDefault(name, name), null,
                                                    limits.key("tooManyRows"), rows.count(), limits.maxRowsPerSheet()));
                        }
                    }
                }
                if (xml && hasDeclarations(new String(head, 0, headLength, StandardCharsets.UTF_8))) {
                    throw new ExcelException(ExcelProblem.of("hostileXml"));
                }
            }
            return OoxmlPackage.strict(zip);
        } catch (ExcelException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ExcelException(ExcelProblem.of("damaged"), e);
        }
    }

    private static boolean hasDeclarations(String head) {
        String upper = head.toUpperCase(Locale.ROOT);
        return upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY");
    }

    /** Worksheet part name (xl/worksheets/sheet1.xml) to the sheet's name, from workbook.xml and its rels. */
    private static Map<String, String> sheetNames(ZipFile zip) throws IOException {
        String workbook = small(zip, "xl/workbook.xml");
        String rels = small(zip, "xl/_rels/workbook.xml.rels");
        Map<String, String> targets = new HashMap<>();
        collect(RELATIONSHIP.matcher(rels), targets, false);
        collect(RELATIONSHIP_REVERSED.matcher(rels), targets, true);
        Map<String, String> idToName = new HashMap<>();
        collect(SHEET.matcher(workbook), idToName, true);
        collect(SHEET_REVERSED.matcher(workbook), idToName, false);
        Map<String, String> names = new HashMap<>();
        idToName.forEach((id, name) -> {
            String target = targets.get(id);
            if (target != null) {
                String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                names.put(part, unescape(name));
            }
        });
        return names;
    }

    private static void collect(Matcher m, Map<String, String> into, boolean reversed) {
        while (m.find()) {
            if (reversed) {
                into.put(m.group(2), m.group(1));
            } else {
                into.put(m.group(1), m.group(2));
            }
        }
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    /** A small part (workbook.xml, rels) read up to 1 MB; absent parts read as empty. */
    private static String small(ZipFile zip, String name) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        }
    }

    private static void closeQuietly(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // in memory: nothing to release
        }
    }

    /** Counts start tags such as {@code <row} (or {@code <x:row}) across buffer boundaries. */
    static final class TagCounter {
        private final byte[] tag;
        private int count;
        private int state; // 0 idle, 1 after '<' or ':', 2.. matched part of the tag

        TagCounter(String tag) {
            this.tag = tag.getBytes(StandardCharsets.US_ASCII);
        }

        int add(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                if (state >= 1 && state <= tag.length) {
                    if (b == tag[state - 1]) {
                        state++;
                        continue;
                    }
                } else if (state == tag.length + 1) {
                    if (b == ' ' || b == '>' || b == '\t' || b == '\n' || b == '\r' || b == '/') {
                        count++;
                    }
                }
                state = (b == '<' || b == ':') ? 1 : 0;
            }
            return count;
        }

        int count() {
            return count;
        }
    }
}
