package com.creditwb.workbench.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;

/**
 * An upload that never holds more than {@code maxBytes} of a file in memory: larger files are
 * rejected while streaming, whatever the browser claims about their size. The accepted bytes are
 * handed to the consumer inside the UI's lock, so it may update components and call services.
 */
public final class BoundedUpload {

    private BoundedUpload() {
    }

    public static Upload create(UI ui, long maxBytes, BiConsumer<String, byte[]> onFile, Runnable onTooLarge) {
        Upload upload = new Upload();
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setUploadHandler(event -> receive(ui, event, maxBytes, onFile, onTooLarge));
        upload.setI18n(i18n(ui));
        return upload;
    }

    private static void receive(UI ui, UploadEvent event, long maxBytes, BiConsumer<String, byte[]> onFile, Runnable onTooLarge)
            throws IOException {
        byte[] data;
        try (InputStream in = event.getInputStream()) {
            data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        String fileName = event.getFileName();
        if (data.length > maxBytes) {
            event.reject();
            ui.access(onTooLarge::run);
            return;
        }
        ui.access(() -> onFile.accept(fileName, data));
    }

    static UploadI18N i18n(UI ui) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(ui.getTranslation("upload.drop.one"))
                .setMany(ui.getTranslation("upload.drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation("upload.add.one"))
                .setMany(ui.getTranslation("upload.add.many")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(ui.getTranslation("upload.error.tooBig"))
                .setTooManyFiles(ui.getTranslation("upload.error.tooMany"))
                .setIncorrectFileType(ui.getTranslation("upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(ui.getTranslation("upload.status.connecting"))
                        .setStalled(ui.getTranslation("upload.status.stalled"))
                        .setProcessing(ui.getTranslation("upload.status.processing"))
                        .setHeld(ui.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(ui.getTranslation("upload.remaining")).setUnknown(ui.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(ui.getTranslation("upload.error.server"))
                        .setUnexpectedServerError(ui.getTranslation("upload.error.server"))
                        .setForbidden(ui.getTranslation("upload.error.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of(ui.getTranslation("upload.units").split(","))));
        return i18n;
    }
}
