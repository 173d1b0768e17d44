package com.creditwb.workbench.statement.ui;

import com.creditwb.workbench.customer.CustomerRecord;
import com.creditwb.workbench.statement.ImportPreview;
import java.util.ArrayList;
import java.util.List;

/** One uploaded file's line in the import view: what was read, for whom, and where it stands. */
final class ImportResult {

    enum Status { READY, NEEDS_REVIEW, PERIOD_EXISTS, FAILED, STORED }

    final String fileName;
    ImportPreview preview;
    CustomerRecord customer;
    Status status;
    final List<String> messages = new ArrayList<>();

    ImportResult(String fileName) {
        this.fileName = fileName;
    }

    void set(Status newStatus, List<String> newMessages) {
        status = newStatus;
        messages.clear();
        messages.addAll(newMessages);
    }
}
