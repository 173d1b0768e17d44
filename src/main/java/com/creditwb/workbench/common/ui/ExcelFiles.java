package com.creditwb.workbench.common.ui;

import com.creditwb.workbench.common.excel.ExcelLimits;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** The Excel upload and download every import page offers: the size limit of the safe reader, .xlsx and .xls only. */
public final class ExcelFiles {

    public static final String XLSX = com.creditwb.workbench.common.excel.Xlsx.MEDIA_TYPE;

    private ExcelFiles() {
    }

    /** An upload of up to {@code maxFiles} workbooks; a file over the limit is refused with a message and never read. */
    public static Upload upload(UI ui, int maxFiles, BiConsumer<String, byte[]> onFile) {
        return upload(ui, maxFiles, ExcelLimits.DEFAULT.maxBytes(), onFile);
    }

    /** The same for files of up to {@code max} bytes (the limit of their kind, {@link ExcelLimits#maxBytes}). */
    public static Upload upload(UI ui, int maxFiles, long max, BiConsumer<String, byte[]> onFile) {
        Upload upload = BoundedUpload.create(ui, max, onFile, () -> Notify.error(ui.getTranslation("excel.tooLarge", "", max >> 20)));
        upload.setMaxFiles(maxFiles);
        upload.setAcceptedFileTypes(".xlsx", ".xls", XLSX, "application/vnd.ms-excel");
        return upload;
    }

    /**
     * A link that streams a workbook to the browser as it is written when clicked (a list export of any
     * size: nothing is held in memory but the writer's window).
     */
    public static Anchor stream(String fileName, java.util.function.Consumer<java.io.OutputStream> writer, String label) {
        Anchor anchor = new Anchor((com.vaadin.flow.server.streams.DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType(XLSX);
            // the download is a request of its own: make the page's UI current, so that labels come in its language
            com.vaadin.flow.component.UI previous = com.vaadin.flow.component.UI.getCurrent();
            com.vaadin.flow.component.UI.setCurrent(event.getUI());
            try (java.io.OutputStream out = event.getOutputStream()) {
                writer.accept(out);
            } finally {
                com.vaadin.flow.component.UI.setCurrent(previous);
            }
        }, label);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    /** A link that downloads a workbook made when clicked (a template, an export). */
    public static Anchor download(String fileName, Supplier<byte[]> bytes, String label) {
        return download(fileName, XLSX, bytes, label);
    }

    /** A link that downloads a document of the given type made when clicked (a Word letter). */
    public static Anchor download(String fileName, String contentType, Supplier<byte[]> bytes, String label) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes.get()), fileName, contentType, -1)), label);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
