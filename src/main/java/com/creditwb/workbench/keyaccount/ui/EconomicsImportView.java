package com.creditwb.workbench.keyaccount.ui;

import com.creditwb.workbench.common.excel.ExcelProblem;
import com.creditwb.workbench.common.excel.ProblemMessages;
import com.creditwb.workbench.common.ui.ExcelFiles;
import com.creditwb.workbench.common.ui.ImportPanel;
import com.creditwb.workbench.keyaccount.EconomicsPreview;
import com.creditwb.workbench.keyaccount.importing.EconomicsTemplate;
import com.creditwb.workbench.security.Role;
import com.vaadin.flow.component.button.Button;
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

    private final transient com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService;
    final ImportPanel<EconomicsPreview> panel;
    final Upload upload;
    final Div outcome;
    final Button confirm;

    public EconomicsImportView(com.creditwb.workbench.keyaccount.AccountEconomicsService economicsService, ProblemMessages problems,
            MessageSource messages) {
        this.economicsService = economicsService;
        addClassName("wb-page");
        panel = new ImportPanel<>("economics", new Steps(), problems, "keyaccount.import.rejected", "keyaccount.import.confirm", () -> { });
        upload = panel.upload;
        outcome = panel.outcome;
        confirm = panel.confirm;
        HorizontalLayout templates = new HorizontalLayout(new Span(getTranslation("keyaccount.import.template")),
                template(messages, Locale.SIMPLIFIED_CHINESE), template(messages, Locale.ENGLISH));
        templates.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("keyaccount.import.title")), new Paragraph(getTranslation("keyaccount.import.intro")), templates, panel);
    }

    /** The economics workbook's steps: every row or none, years replaced counted. */
    private final class Steps implements ImportPanel.Steps<EconomicsPreview> {

        @Override
        public com.creditwb.workbench.common.excel.ExcelLimits limits() {
            return com.creditwb.workbench.common.excel.ExcelLimits.ECONOMICS;
        }


        @Override
        public EconomicsPreview preview(String fileName, byte[] bytes) {
            return economicsService.preview(bytes, fileName);
        }

        @Override
        public List<ExcelProblem> problems(EconomicsPreview preview) {
            return preview.problems();
        }

        @Override
        public List<com.vaadin.flow.component.Component> describe(EconomicsPreview preview) {
            return List.of(new Paragraph(getTranslation("keyaccount.import.ready", preview.fileName(), preview.rows().size(),
                    preview.customers(), preview.replacing())));
        }

        @Override
        public String store(EconomicsPreview preview) {
            return getTranslation("keyaccount.import.stored", economicsService.confirm(preview));
        }
    }

    void received(String fileName, byte[] bytes) {
        panel.received(fileName, bytes);
    }

    private Anchor template(MessageSource messages, Locale locale) {
        String lang = com.creditwb.workbench.common.i18n.Locales.language(locale);
        Anchor anchor = ExcelFiles.download(EconomicsTemplate.fileName(locale), () -> EconomicsTemplate.bytes(messages, locale),
                getTranslation("statements.template." + lang));
        anchor.setId("economics-template-" + lang);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("keyaccount.import.title");
    }
}
