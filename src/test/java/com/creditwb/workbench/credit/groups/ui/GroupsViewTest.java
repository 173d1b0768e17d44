package com.creditwb.workbench.credit.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.credit.groups.CustomerGroup;
import com.creditwb.workbench.credit.groups.GroupService;
import com.creditwb.workbench.customer.CustomerService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The groups page built directly with a mocked service (no browser). */
class GroupsViewTest {

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    @Test
    void the_groups_are_listed_with_their_members_parent_first_and_only_credit_managers_add_one() {
        ViewTestSupport.open(Locale.SIMPLIFIED_CHINESE);
        GroupService groups = mock(GroupService.class);
        CustomerGroup g = mock(CustomerGroup.class);
        when(g.getName()).thenReturn("华东控股集团");
        when(g.getLimit()).thenReturn(new BigDecimal("150000"));
        var summary = new GroupService.Summary(g, List.of(new GroupService.Member(1L, "C1", "华东控股", new BigDecimal("90000"), true),
                new GroupService.Member(2L, "C2", "华东一厂", new BigDecimal("60000"), false)), new BigDecimal("150000"), BigDecimal.ZERO, 1);
        when(groups.list()).thenReturn(List.of(summary));
        GroupsView view = new GroupsView(groups, mock(CustomerService.class), mock(com.creditwb.workbench.customer.CustomerSearch.class));
        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.grid.getGenericDataView().getItems().toList()).containsExactly(summary);
        assertThat(view.membersText(summary)).isEqualTo("华东控股（母公司）、华东一厂及另外 1 家");
        when(groups.canEdit()).thenReturn(true);
        assertThat(new GroupsView(groups, mock(CustomerService.class), mock(com.creditwb.workbench.customer.CustomerSearch.class)).add.isVisible()).isTrue();
    }
}
