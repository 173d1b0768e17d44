package com.creditwb.workbench.common.audit;

import com.creditwb.workbench.common.i18n.Labelled;

/** How a record was opened: on a page, through the REST API, or in an exported file. */
public enum ReadChannel implements Labelled {
    UI, API, EXPORT;

    @Override
    public String messageKey() {
        return "readChannel." + name();
    }
}
