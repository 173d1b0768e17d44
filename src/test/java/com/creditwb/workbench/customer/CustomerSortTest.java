package com.creditwb.workbench.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/** The tie-breaker that keeps pages from overlapping, in the direction a (column, id) index serves. */
class CustomerSortTest {

    @Test
    void the_id_follows_the_first_orders_direction() {
        assertThat(CustomerSearch.stable(Sort.by(Sort.Direction.DESC, "registeredCapital")))
                .isEqualTo(Sort.by(Sort.Order.desc("registeredCapital"), Sort.Order.desc("id")));
        assertThat(CustomerSearch.stable(Sort.by("name"))).isEqualTo(Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id")));
    }

    @Test
    void unsorted_means_by_id_and_a_unique_column_needs_no_tie_breaker() {
        assertThat(CustomerSearch.stable(Sort.unsorted())).isEqualTo(Sort.by(Sort.Order.asc("id")));
        assertThat(CustomerSearch.stable(Sort.by("code"))).isEqualTo(Sort.by("code"));
    }
}
