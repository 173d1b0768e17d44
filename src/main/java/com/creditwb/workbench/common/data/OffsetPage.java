package com.creditwb.workbench.common.data;

import java.util.Objects;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A {@link Pageable} for an arbitrary offset and limit, as a lazy grid asks for them
 * (offset need not be a multiple of the limit, which {@code PageRequest} requires).
 */
public final class OffsetPage implements Pageable {

    private final long offset;
    private final int limit;
    private final Sort sort;

    private OffsetPage(long offset, int limit, Sort sort) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.offset = offset;
        this.limit = limit;
        this.sort = Objects.requireNonNull(sort);
    }

    public static OffsetPage of(long offset, int limit, Sort sort) {
        return new OffsetPage(offset, limit, sort);
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetPage(offset + limit, limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return hasPrevious() ? new OffsetPage(Math.max(0, offset - limit), limit, sort) : first();
    }

    @Override
    public Pageable first() {
        return new OffsetPage(0, limit, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPage((long) pageNumber * limit, limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetPage other && offset == other.offset && limit == other.limit
                && sort.equals(other.sort);
    }

    @Override
    public int hashCode() {
        return Objects.hash(offset, limit, sort);
    }

    @Override
    public String toString() {
        return "OffsetPage[offset=" + offset + ", limit=" + limit + ", sort=" + sort + "]";
    }
}
