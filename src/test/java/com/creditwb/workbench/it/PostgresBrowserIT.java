package com.creditwb.workbench.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.creditwb.workbench.PostgresTest;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The app on PostgreSQL signed into through the real login form: a profile that refused every sign-in fails here. */
@PostgresTest
class PostgresBrowserIT extends BrowserSupport {

    @Test
    void a_credit_manager_signs_in_on_postgresql_and_sees_the_customers() {
        Page page = browser.signIn("credit1", "demo", "en-US");
        page.navigate(browser.url("/customers"));
        assertThat(page.locator("#customer-grid")).containsText("C00001");
        page.context().close();
    }
}
