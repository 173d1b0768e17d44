package com.creditwb.workbench.common.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * What a zip package is before POI reads it: an Excel workbook (transitional or ISO strict OOXML), an OpenDocument
 * spreadsheet (.ods, refused with its own message), or another Office document renamed .xlsx (not Excel). A strict
 * workbook, which POI's in-memory reader does not take, is rewritten to the transitional namespaces it differs by (the
 * mapping of ISO/IEC 29500-1 §A, as excel-streaming-reader's ooxml-strict-mappings lists them).
 */
final class OoxmlPackage {

    private static final String SPREADSHEET = "spreadsheetml";
    private static final Map<String, String> STRICT_TO_TRANSITIONAL = new LinkedHashMap<>();

    static {
        String strict = "http://purl.oclc.org/ooxml/";
        String transitional = "http://schemas.openxmlformats.org/";
        STRICT_TO_TRANSITIONAL.put(strict + "spreadsheetml/main", transitional + "spreadsheetml/2006/main");
        STRICT_TO_TRANSITIONAL.put(strict + "officeDocument/relationships", transitional + "officeDocument/2006/relationships");
        STRICT_TO_TRANSITIONAL.put(strict + "officeDocument/extendedProperties", transitional + "officeDocument/2006/extended-properties");
        STRICT_TO_TRANSITIONAL.put(strict + "officeDocument/customProperties", transitional + "officeDocument/2006/custom-properties");
        STRICT_TO_TRANSITIONAL.put(strict + "officeDocument/docPropsVTypes", transitional + "officeDocument/2006/docPropsVTypes");
        STRICT_TO_TRANSITIONAL.put(strict + "officeDocument/sharedTypes", transitional + "officeDocument/2006/sharedTypes");
        STRICT_TO_TRANSITIONAL.put(strict + "officeDocument/math", transitional + "officeDocument/2006/math");
        STRICT_TO_TRANSITIONAL.put(strict + "drawingml/main", transitional + "drawingml/2006/main");
        STRICT_TO_TRANSITIONAL.put(strict + "drawingml/chart", transitional + "drawingml/2006/chart");
        STRICT_TO_TRANSITIONAL.put(strict + "drawingml/chartDrawing", transitional + "drawingml/2006/chartDrawing");
        STRICT_TO_TRANSITIONAL.put(strict + "drawingml/picture", transitional + "drawingml/2006/picture");
        STRICT_TO_TRANSITIONAL.put(strict + "drawingml/spreadsheetDrawing", transitional + "drawingml/2006/spreadsheetDrawing");
    }

    private OoxmlPackage() {
    }

    /**
     * Whether the package is a strict workbook; refused when it is no Excel workbook at all.
     *
     * @throws ExcelException openDocument for an .ods, notExcel for a package whose content types name no spreadsheet
     */
    static boolean strict(ZipFile zip) throws IOException {
        String mimetype = small(zip, "mimetype", 256);
        if (mimetype.startsWith("application/vnd.oasis.opendocument")) {
            throw new ExcelException(ExcelProblem.of("openDocument"));
        }
        String types = small(zip, "[Content_Types].xml", 1 << 20);
        if (!types.contains(SPREADSHEET) && !types.contains("ms-excel")) {
            throw new ExcelException(ExcelProblem.of("notExcel"));
        }
        return small(zip, "xl/workbook.xml", 4096).contains("http://purl.oclc.org/ooxml/")
                || small(zip, "_rels/.rels", 4096).contains("http://purl.oclc.org/ooxml/");
    }

    /** The strict package with every XML part's namespaces and relationship types in their transitional form. */
    static byte[] transitional(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 2);
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements();) {
                ZipArchiveEntry entry = entries.nextElement();
                byte[] data;
                try (InputStream in = zip.getInputStream(entry)) {
                    data = in.readAllBytes();
                }
                if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                    String xml = new String(data, StandardCharsets.UTF_8).replace(" conformance=\"strict\"", "");
                    for (Map.Entry<String, String> m : STRICT_TO_TRANSITIONAL.entrySet()) {
                        xml = xml.replace(m.getKey(), m.getValue());
                    }
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(entry.getName()));
                z.write(data);
            }
        }
        return out.toByteArray();
    }

    private static String small(ZipFile zip, String name, int max) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(name);
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(max), StandardCharsets.UTF_8);
        }
    }
}
