package com.creditwb.workbench.common;

/** Someone else saved the record after the caller read it; nothing was overwritten (HTTP 409). */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String message, Throwable cause) {
        super(message, cause);
    }
}
