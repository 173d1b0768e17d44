package com.creditwb.workbench.common.ui;

import com.creditwb.workbench.common.excel.ExcelException;
import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;

/**
 * The one import panel of a single workbook (aging list, account economics, exchange rates): upload → preview
 * (what would be stored, or every problem at its sheet and cell) → confirm. Nothing is stored before the
 * confirmation; a refused confirmation lists its problems the same way and stores nothing. The statement
 * import takes several workbooks at once and shows each one's preview in its own dialog with the cells.
 *
 * <p>Element ids start with the panel's id: {@code -upload}, {@code -outcome}, {@code -ready}, {@code -rejected},
 * {@code -problems}, {@code -confirm}, {@code -stored}.
 *
 * @param <P> the feature's preview of one workbook
 */
public class ImportPanel<P> extends VerticalLayout {

    /** What a feature does at each step. */
    public interface Steps<P> {

        /** Reads and checks the workbook; stores nothing. May throw {@link ExcelException} for a file that cannot be read. */
        P preview(String fileName, byte[] bytes);

        /** The preview's problems; none means it may be stored. */
        List<ExcelProblem> problems(P preview);

        /** What a storable preview would store, in words (and any question to answer before confirming). */
        List<Component> describe(P preview);

        /** Whether the confirmation may be given now (every question answered). */
        default boolean ready(P preview) {
            return true;
        }

        /** Stores the preview; the sentence saying what was stored. May throw {@link ImportRejectedException}. */
        String store(P preview);

        /** The limits of this kind of file (the upload refuses a larger one before it is read). */
        default com.creditwb.workbench.common.excel.ExcelLimits limits() {
            return com.creditwb.workbench.common.excel.ExcelLimits.DEFAULT;
        }
    }

    private final String id;
    private final transient Steps<P> steps;
    private final transient ProblemMessages messages;
    private final String rejectedKey;
    private final transient Runnable stored;
    public final Upload upload;
    public final Div outcome = new Div();
    public final Button confirm = new Button();
    private P preview;
    private String lastName;
    private byte[] lastBytes;

    /**
     * @param rejectedKey message key of the rejection's head ({0} file name, {1} number of problems)
     * @param confirmKey message key of the confirm button
     * @param stored what the page refreshes after a workbook was stored
     */
    public ImportPanel(String id, Steps<P> steps, ProblemMessages messages, String rejectedKey, String confirmKey, Runnable stored) {
        this.id = id;
        this.steps = steps;
        this.messages = messages;
        this.rejectedKey = rejectedKey;
        this.stored = stored;
        setPadding(false);
        upload = ExcelFiles.upload(UI.getCurrent(), 1, steps.limits().maxBytes(), this::received);
        upload.setId(id + "-upload");
        outcome.setId(id + "-outcome");
        confirm.setText(getTranslation(confirmKey));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId(id + "-confirm");
        confirm.setVisible(false);
        confirm.addClickListener(e -> store());
        add(upload, outcome, confirm);
    }

    /** The preview shown, or null (none read, or the last one could not be read). */
    public P preview() {
        return preview;
    }

    /** Reads the last workbook again (a setting the preview depends on changed). */
    public void reread() {
        if (lastBytes != null) {
            received(lastName, lastBytes);
        }
    }

    /** Enables the confirmation when the preview's questions are answered. */
    public void refreshConfirm() {
        confirm.setEnabled(preview != null && steps.ready(preview));
    }

    public void received(String fileName, byte[] bytes) {
        lastName = fileName;
        lastBytes = bytes;
        preview = null;
        confirm.setVisible(false);
        outcome.removeAll();
        try {
            P read = steps.preview(fileName, bytes);
            List<ExcelProblem> problems = steps.problems(read);
            if (!problems.isEmpty()) {
                showProblems(fileName, problems);
                return;
            }
            preview = read;
            List<Component> description = steps.describe(read);
            if (!description.isEmpty() && description.get(0).getId().isEmpty()) {
                description.get(0).setId(id + "-ready");
            }
            description.forEach(outcome::add);
            confirm.setVisible(true);
            refreshConfirm();
        } catch (ExcelException e) {
            showProblems(fileName, e.problems());
        }
    }

    void store() {
        try {
            String done = steps.store(preview);
            outcome.removeAll();
            Paragraph said = new Paragraph(done);
            said.setId(id + "-stored");
            outcome.add(said);
            confirm.setVisible(false);
            preview = null;
            lastBytes = null;
            Notify.success(done);
            stored.run();
        } catch (ImportRejectedException e) {
            outcome.removeAll();
            confirm.setVisible(false);
            showProblems(lastName, e.problems());
        }
    }

    private void showProblems(String fileName, List<ExcelProblem> problems) {
        Paragraph head = new Paragraph(getTranslation(rejectedKey, fileName, problems.size()));
        head.setId(id + "-rejected");
        outcome.add(head, ExcelProblemsGrid.of(problems, messages::message, id + "-problems"));
    }
}
