package com.creditwb.workbench.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Finance imports a workbook in a real browser, fixes an unrecognised label, confirms, and sees the ratios. */
class StatementBrowserIT extends BrowserTest {

    static final Path SAMPLE = Path.of("src/test/resources/statements/sample-zh-side-by-side.xlsx");
    static final Path BROKEN = Path.of("src/test/resources/statements/hostile-encrypted.xlsx");


    @Test
    void upload_map_an_unrecognised_label_confirm_and_see_the_ratios() {
        Page page = browser.signIn("finance1", "demo", "en-US");
        page.navigate(browser.url("/statements/import?customer=C00031"));
        assertThat(page.locator("#import-customer input")).hasValue(java.util.regex.Pattern.compile("C00031.*"));
        page.locator("#import-upload input[type=file]").setInputFiles(new Path[] {SAMPLE, BROKEN});

        Locator results = page.locator("#import-results");
        assertThat(results).containsText("sample-zh-side-by-side.xlsx");
        assertThat(results).containsText("1 line(s) not recognised");
        // the broken file gets its own line and spoils nothing
        assertThat(results).containsText("password-protected");

        // only the readable file can be reviewed (the upload order decides the row); the rows are drawn again as each
        // file's result arrives, so the click is sent to the button itself rather than to where it was a moment ago
        Locator review = page.locator("vaadin-button[id^=review-]").filter(new Locator.FilterOptions().setHasText("Review")).first();
        assertThat(review).isEnabled();
        review.dispatchEvent("click");
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Not recognised (1)")).click();
        assertThat(page.locator("#preview-unrecognised")).containsText("应收利息");
        Locator map = page.locator("#preview-unrecognised .wb-map-item input");
        map.click();
        map.pressSequentially("Other receivables");
        assertThat(page.locator("vaadin-combo-box-item").first()).containsText("Balance sheet · Other receivables");
        map.press("ArrowDown");
        map.press("Enter");
        assertThat(page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Not recognised (0)"))).hasCount(1);
        page.locator("#preview-confirm").click();
        assertThat(results).containsText("Stored");

        page.navigate(browser.url("/customers/C00031"));
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Financials")).click();
        assertThat(page.locator("#statement-BALANCE_SHEET")).containsText("Other receivables");
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Ratios")).click();
        // current ratio 2,600 / 1,200 = 2.17; the sample company is in Altman's safe zone
        assertThat(page.locator("#ratios-SOLVENCY")).containsText("2.17");
        assertThat(page.locator("#altman")).containsText("Safe zone");
        page.context().close();
    }

    @Test
    void a_reader_sees_no_import_and_typing_its_url_is_not_allowed() {
        Page page = browser.signIn("account1", "demo", "en-US");
        page.navigate(browser.url("/statements/import"));
        assertThat(page.locator("#access-denied")).containsText("Not allowed");
        assertThat(page.locator("#import-upload")).hasCount(0);
        page.context().close();
    }
}
