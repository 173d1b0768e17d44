package com.creditwb.workbench.keyaccount.ui;

import com.creditwb.workbench.common.excel.ExcelException;
import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.Notify;
import com.creditwb.workbench.keyaccount.EconomicsPreview;
import com.creditwb.workbench.keyaccount.KeyAccountService;
import com.creditwb.workbench.keyaccount.importing.EconomicsTemplate;
import com.creditwb.workbench.security.Role;
import com.creditwb.workbench.common.excel.ImportRejectedException;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Account economics imported from Excel: checked first (sheet and cell of every problem), then stored all or nothing. */
@com.vaadin.flow.router.Menu(title = "nav.economicsImport", order = 3.1, icon = "vaadin:upload-alt")
@com.creditwb.workbench.common.ui.NavigationGroup("nav.group.keyAccounts")
@Route("key-accounts/import")
@RolesAllowed({Role.ADMIN_, Role.FINANCE_, Role.ACCOUNT_MANAGER_})
public class EconomicsImportView extends VerticalLayout implements HasDynamicTitle {

    private final transient KeyAccountService keyAccounts;

    private final transient com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService;
    private final transient ProblemMessages problems;
    final Upload upload;
    final Div outcome = new Div();
    final Button confirm = new Button();
    EconomicsPreview preview;

    public EconomicsImportView(KeyAccountService keyAccounts, com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService, ProblemMessages problems, MessageSource messages) {
        this.keyAccounts = keyAccounts;
        this.economicsService = economicsService;
        this.problems = problems;
        addClassName("wb-page");
        upload = ExcelFiles.upload(UI.getCurrent(), 1, this::received);
        upload.setId("economics-upload");
        HorizontalLayout templates = new HorizontalLayout(new Span(getTranslation("keyaccount.import.template")),
                template(messages, Locale.SIMPLIFIED_CHINESE), template(messages, Locale.ENGLISH));
        templates.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        outcome.setId("economics-outcome");
        confirm.setText(getTranslation("keyaccount.import.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("economics-confirm");
        confirm.setVisible(false);
        confirm.addClickListener(e -> store());
        add(new H2(getTranslation("keyaccount.import.title")), new Paragraph(getTranslation("keyaccount.import.intro")), templates, upload,
                outcome, confirm);
    }

    private Anchor template(MessageSource messages, Locale locale) {
        String lang = com.creditwb.workbench.common.i18n.Locales.language(locale);
        Anchor anchor = ExcelFiles.download(EconomicsTemplate.fileName(locale), () -> EconomicsTemplate.bytes(messages, locale),
                getTranslation("statements.template." + lang));
        anchor.setId("economics-template-" + lang);
        return anchor;
    }

    void received(String fileName, byte[] bytes) {
        preview = null;
        confirm.setVisible(false);
        outcome.removeAll();
        try {
            preview = economicsService.preview(bytes, fileName);
            if (preview.storable()) {
                Paragraph ready = new Paragraph(getTranslation("keyaccount.import.ready", fileName, preview.rows().size(), preview.customers(),
                        preview.replacing()));
                ready.setId("economics-ready");
                outcome.add(ready);
                confirm.setVisible(true);
            } else {
                showProblems(fileName, preview.problems());
            }
        } catch (ExcelException e) {
            showProblems(fileName, e.problems());
        } catch (RuntimeException e) {
            outcome.add(new Paragraph(getTranslation("error.unexpected.short")));
            org.slf4j.LoggerFactory.getLogger(EconomicsImportView.class).error("Economics import of {} failed", fileName, e);
        }
    }

    private void showProblems(String fileName, List<ExcelProblem> list) {
        Paragraph head = new Paragraph(getTranslation("keyaccount.import.rejected", fileName, list.size()));
        head.setId("economics-rejected");
        com.vaadin.flow.component.grid.Grid<ExcelProblem> grid = com.creditwb.workbench.common.ui.ExcelProblemsGrid.of(list, problems::message,
                "economics-problems");
        outcome.add(head, grid);
    }

    void store() {
        try {
            int stored = economicsService.confirm(preview);
            outcome.removeAll();
            Paragraph done = new Paragraph(getTranslation("keyaccount.import.stored", stored));
            done.setId("economics-stored");
            outcome.add(done);
            confirm.setVisible(false);
            Notify.success(getTranslation("keyaccount.import.stored", stored));
        } catch (ImportRejectedException e) {
            showProblems(preview.fileName(), e.problems());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("keyaccount.import.title");
    }
}
