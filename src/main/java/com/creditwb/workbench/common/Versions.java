package com.creditwb.workbench.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * The one way to move a record's version on when only a part of it changed (a contact, a plan action, an alliance's
 * partner or stage): the version is raised now, in the database, and the row stays locked until the transaction ends,
 * so a copy read before the change is stale ({@link ConcurrentEditException}) and two such changes never interleave.
 */
public final class Versions {

    private Versions() {
    }

    /** Raises the entity's version now; returns the entity. */
    public static <T> T bump(EntityManager entityManager, T entity) {
        entityManager.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return entity;
    }
}
