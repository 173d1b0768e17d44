package com.creditwb.workbench.collection.ui;

import com.creditwb.workbench.collection.DunningLetter;
import com.creditwb.workbench.collection.DunningService;
import com.creditwb.workbench.collection.domain.Dunning;
import com.creditwb.workbench.common.i18n.Formats;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.Labels;
import com.creditwb.workbench.common.ui.NavigationGroup;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.common.ui.Problems;
import com.creditwb.workbench.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Dunning (催款): the levels of each risk class (ADMIN edits them), the run, and the letters it proposes for review —
 * each previewed as the Word letter it would be, sent (one or the selected) or discarded.
 */
@NavigationGroup("nav.group.credit")
@Route("collections/dunning")
@RolesAllowed({Role.ADMIN_, Role.CREDIT_MANAGER_, Role.FINANCE_})
public class DunningView extends VerticalLayout implements HasDynamicTitle {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    final Grid<Map.Entry<String, List<Dunning.Level>>> levelGrid = new Grid<>();
    final Grid<DunningService.View> proposals = new Grid<>();
    final Button run = new Button();
    final Button sendSelected = new Button();
    final Paragraph count = new Paragraph();
    final Problems problems = new Problems();
    private final transient DunningService dunning;

    public DunningView(DunningService dunning, com.creditwb.workbench.collection.CollectorService collectors) {
        this.dunning = dunning;
        setSizeFull();
        var l = getLocale();
        Paragraph rule = new Paragraph(getTranslation("dunning.rule", Formats.integer(collectors.settings().dunningGapDays(), l)));
        rule.addClassName("wb-muted");

        levelGrid.setId("dunning-levels");
        levelGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        levelGrid.addColumn(e -> getTranslation("credit.class." + e.getKey())).setHeader(getTranslation("collection.worklist.riskClass"))
                .setAutoWidth(true).setFlexGrow(0);
        levelGrid.addColumn(e -> e.getValue().stream().map(x -> getTranslation("dunning.levelLine", Formats.integer(x.level(), l),
                Labels.of(this, x.stage()), Formats.integer(x.days(), l))).collect(Collectors.joining("　·　")))
                .setHeader(getTranslation("dunning.levels"));
        if (collectors.canManage()) {
            levelGrid.addComponentColumn(e -> {
                Button edit = new Button(getTranslation("common.edit"), c -> new LevelsDialog(dunning, e.getKey(), e.getValue(), this::refreshLevels).open());
                edit.setId("dunning-edit-" + e.getKey());
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return edit;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        levelGrid.setAllRowsVisible(true);

        run.setText(getTranslation("dunning.run"));
        run.setId("dunning-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setVisible(dunning.canDun());
        run.addClickListener(e -> problems.attempt(() -> {
            int n = dunning.run().size();
            Notify.success(getTranslation("dunning.ran", Formats.integer(n, getLocale())));
            refresh();
        }));
        sendSelected.setText(getTranslation("dunning.sendSelected"));
        sendSelected.setId("dunning-send-selected");
        sendSelected.setVisible(dunning.canDun());
        sendSelected.addClickListener(e -> sendAll(List.copyOf(proposals.getSelectedItems())));
        count.setId("dunning-count");

        proposals.setId("dunning-proposals");
        proposals.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        proposals.setSelectionMode(Grid.SelectionMode.MULTI);
        proposals.addComponentColumn(v -> {
            Anchor a = new Anchor("customers/" + v.letter().getCustomerId() + "?tab=collections", v.name() == null ? "" : v.name());
            a.setTitle(v.code() + " " + v.name());
            return a;
        }).setHeader(getTranslation("collection.worklist.customer")).setWidth("14em").setFlexGrow(1)
                .setComparator(Comparator.comparing(v -> v.name() == null ? "" : v.name()));
        proposals.addColumn(v -> getTranslation("dunning.levelShort", Formats.integer(v.letter().getLevel(), l), Labels.of(this, v.letter().getTemplate())))
                .setHeader(getTranslation("dunning.level")).setAutoWidth(true).setComparator(Comparator.comparingInt(v -> v.letter().getLevel()));
        proposals.addColumn(v -> Formats.amount(v.letter().getAmount(), l) + " " + v.letter().getCurrency())
                .setHeader(getTranslation("dunning.amount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setComparator(Comparator.comparing(v -> v.letter().getAmount()));
        proposals.addColumn(v -> Formats.integer(v.letter().getLines().size(), l)).setHeader(getTranslation("dunning.items"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        proposals.addColumn(v -> Formats.integer(v.letter().getLines().stream().mapToInt(DunningLetter.Line::daysOverdue).max().orElse(0), l))
                .setHeader(getTranslation("collection.worklist.oldestDays")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        proposals.addColumn(v -> v.letter().isFinalLevel() ? getTranslation("dunning.final") : "").setHeader(getTranslation("dunning.finalShort"))
                .setAutoWidth(true);
        proposals.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        proposals.setSizeFull();

        HorizontalLayout head = new HorizontalLayout(new H3(getTranslation("dunning.proposals")), count, run, sendSelected);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("dunning.title")), rule, levelGrid, head, problems, proposals);
        refreshLevels();
        refresh();
    }

    private HorizontalLayout actions(DunningService.View v) {
        Long id = v.letter().getId();
        Anchor preview = ExcelFiles.download(v.letter().fileName(), DOCX, () -> dunning.document(id), getTranslation("dunning.preview"));
        preview.setId("dunning-preview-" + id);
        HorizontalLayout actions = new HorizontalLayout(preview);
        if (dunning.canDun()) {
            Button send = new Button(getTranslation("dunning.send"), e -> sendAll(List.of(v)));
            send.setId("dunning-send-" + id);
            send.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button discard = new Button(getTranslation("dunning.discard"), e -> problems.attempt(() -> {
                dunning.discard(id);
                refresh();
            }));
            discard.setId("dunning-discard-" + id);
            discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(send, discard);
        }
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    /** Sends each letter in turn (each on its own: one refused does not hold back the others), then re-reads the list. */
    void sendAll(List<DunningService.View> letters) {
        int sent = 0;
        for (DunningService.View v : letters) {
            if (problems.attempt(() -> dunning.send(v.letter().getId()))) {
                sent++;
            }
        }
        if (sent > 0) {
            Notify.success(getTranslation("dunning.sent", Formats.integer(sent, getLocale())));
        }
        refresh();
    }

    void refreshLevels() {
        levelGrid.setItems(List.copyOf(dunning.levels().entrySet()));
    }

    void refresh() {
        List<DunningService.View> list = dunning.proposals();
        proposals.deselectAll();
        proposals.setItems(list);
        count.setText(list.isEmpty() ? getTranslation("dunning.none") : getTranslation("dunning.count", Formats.integer(list.size(), getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dunning.title");
    }
}
