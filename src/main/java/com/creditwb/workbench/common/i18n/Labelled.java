package com.creditwb.workbench.common.i18n;

/** A value users see: its label comes from the message bundles under this key. */
public interface Labelled {

    String messageKey();
}
