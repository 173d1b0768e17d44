package com.creditwb.workbench.negotiation;

/** An archived negotiation is read-only (409 with code ARCHIVED in the API). */
public class ArchivedException extends RuntimeException {

    public ArchivedException(Long id) {
        super("negotiation " + id + " is archived");
    }
}
