package com.creditwb.workbench.common;

/** A record the caller asked for does not exist (HTTP 404, "not found" in the UI). */
public class NotFoundException extends RuntimeException {

    private final String entity;
    private final String key;

    public NotFoundException(String entity, Object key) {
        super(entity + " " + key + " not found");
        this.entity = entity;
        this.key = String.valueOf(key);
    }

    public String getEntity() {
        return entity;
    }

    public String getKey() {
        return key;
    }
}
