package com.creditwb.workbench.relationship.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.relationship.TaskService;
import com.creditwb.workbench.relationship.domain.TaskDue;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** *My tasks* built directly, with the service's answers as given (no browser). */
class MyTasksViewTest {

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    @Test
    void the_page_asks_for_the_chosen_due_filter_and_counts_what_it_gets() {
        ViewTestSupport.open(Locale.ENGLISH);
        TaskService tasks = mock(TaskService.class);
        when(tasks.tasks(null, TaskDue.ALL)).thenReturn(List.of());
        when(tasks.tasks(null, TaskDue.OVERDUE)).thenReturn(List.of());
        MyTasksView view = new MyTasksView(tasks, mock(com.creditwb.workbench.customer.CustomerService.class),
                mock(com.creditwb.workbench.relationship.CadenceService.class), ViewTestSupport.CLOCK);
        assertThat(view.count.getText()).isEqualTo("0 open");
        assertThat(view.due.getValue()).isEqualTo(TaskDue.ALL);
        view.due.setValue(TaskDue.OVERDUE);
        verify(tasks).tasks(null, TaskDue.OVERDUE);
        assertThat(view.getPageTitle()).isEqualTo("My tasks");
    }

    @Test
    void done_hands_the_task_to_the_service_and_reads_the_list_again() {
        ViewTestSupport.open(Locale.ENGLISH);
        TaskService tasks = mock(TaskService.class);
        com.creditwb.workbench.relationship.Task task = mock(com.creditwb.workbench.relationship.Task.class);
        when(task.getId()).thenReturn(5L);
        when(task.getDueOn()).thenReturn(com.creditwb.workbench.TestClockConfig.DATE);
        when(task.getText()).thenReturn("call back");
        when(task.getLink()).thenReturn("customers/1?tab=activities");
        when(tasks.tasks(null, TaskDue.ALL)).thenReturn(List.of(task), List.of());
        MyTasksView view = new MyTasksView(tasks, mock(com.creditwb.workbench.customer.CustomerService.class),
                mock(com.creditwb.workbench.relationship.CadenceService.class), ViewTestSupport.CLOCK);
        assertThat(view.count.getText()).isEqualTo("1 open");
        com.vaadin.flow.component.button.Button done = (com.vaadin.flow.component.button.Button) ViewTestSupport.render(view.grid, 4, task);
        assertThat(done.getId()).hasValue("task-done-5");
        done.click();
        verify(tasks).done(5L);
        assertThat(view.count.getText()).isEqualTo("0 open");
    }
}
