package com.creditwb.workbench.common.ui;

import com.creditwb.workbench.common.excel.ExcelProblem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.Function;

/** The problems of a rejected workbook, one per row with its sheet and cell (the first 500 shown). */
public final class ExcelProblemsGrid {

    static final int SHOWN = 500;

    private ExcelProblemsGrid() {
    }

    public static Grid<ExcelProblem> of(List<ExcelProblem> problems, Function<ExcelProblem, String> message, String id) {
        Grid<ExcelProblem> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(p -> p.sheet() == null ? "" : p.sheet()).setHeader(grid.getTranslation("aging.sheet")).setAutoWidth(true);
        grid.addColumn(p -> p.cell() == null ? "" : p.cell()).setHeader(grid.getTranslation("aging.cell")).setAutoWidth(true);
        grid.addColumn(message::apply).setHeader(grid.getTranslation("aging.problem")).setFlexGrow(3);
        grid.setItems(problems.size() > SHOWN ? problems.subList(0, SHOWN) : problems);
        grid.setAllRowsVisible(true);
        grid.setId(id);
        return grid;
    }
}
