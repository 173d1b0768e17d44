package com.creditwb.workbench.collection.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.creditwb.workbench.ViewTestSupport;
import com.creditwb.workbench.collection.CollectionSettings;
import com.creditwb.workbench.collection.CollectorService;
import com.creditwb.workbench.collection.DunningService;
import com.creditwb.workbench.collection.domain.Dunning;
import com.creditwb.workbench.common.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The dunning page and the levels dialog built directly, with the services' answers as real records (no browser). */
class DunningViewsTest {

    static final List<Dunning.Level> LEVELS = List.of(new Dunning.Level(1, 7, Dunning.Stage.REMINDER), new Dunning.Level(2, 30, Dunning.Stage.SECOND));

    @AfterEach
    void close() {
        ViewTestSupport.close();
    }

    @Test
    void the_page_lists_each_classs_levels_and_only_admin_may_edit_them() {
        ViewTestSupport.open(Locale.ENGLISH);
        DunningService dunning = mock(DunningService.class);
        when(dunning.levels()).thenReturn(Map.of("HIGH", LEVELS));
        when(dunning.proposals()).thenReturn(List.of());
        when(dunning.canDun()).thenReturn(true);
        CollectorService collectors = mock(CollectorService.class);
        when(collectors.settings()).thenReturn(new CollectionSettings.Rules(true, true, 30, 7));
        DunningView view = new DunningView(dunning, collectors);
        assertThat(view.count.getText()).isEqualTo("No letters waiting for review.");
        assertThat(view.levelGrid.getColumns()).as("no edit column for a credit manager").hasSize(2);
        assertThat(view.run.isVisible()).isTrue();
        when(collectors.canManage()).thenReturn(true);
        assertThat(new DunningView(dunning, collectors).levelGrid.getColumns()).hasSize(3);
    }

    @Test
    void refused_levels_keep_the_dialog_open_with_the_reason_on_the_level_that_breaks_the_rule() {
        ViewTestSupport.open(Locale.ENGLISH);
        DunningService dunning = mock(DunningService.class);
        List<Dunning.Level> typed = List.of(new Dunning.Level(1, 7, Dunning.Stage.REMINDER), new Dunning.Level(2, 5, Dunning.Stage.SECOND));
        doThrow(ValidationException.of("levels[1]", "More days than the level before")).when(dunning).saveLevels(eq("HIGH"), eq(typed));
        boolean[] saved = {false};
        LevelsDialog dialog = new LevelsDialog(dunning, "HIGH", LEVELS, () -> saved[0] = true);
        dialog.open();
        IntegerFields.find(dialog, "levels-days-2").setValue(5);
        dialog.primary().click();
        assertThat(saved[0]).isFalse();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(IntegerFields.find(dialog, "levels-days-2").isInvalid()).isTrue();
        assertThat(IntegerFields.find(dialog, "levels-days-2").getErrorMessage()).isEqualTo("More days than the level before");
        verify(dunning).saveLevels("HIGH", typed);
    }

    /** Finds a field of a dialog by its id. */
    static final class IntegerFields {
        static com.vaadin.flow.component.textfield.IntegerField find(com.vaadin.flow.component.Component root, String id) {
            return (com.vaadin.flow.component.textfield.IntegerField) root.getChildren().flatMap(IntegerFields::all)
                    .filter(c -> id.equals(c.getId().orElse(null))).findFirst().orElseThrow();
        }

        static java.util.stream.Stream<com.vaadin.flow.component.Component> all(com.vaadin.flow.component.Component c) {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.getChildren().flatMap(IntegerFields::all));
        }
    }
}
