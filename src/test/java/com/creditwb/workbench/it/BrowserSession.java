package com.creditwb.workbench.it;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;

/** Debian's headless Chromium driven by Playwright, signed in through the real login form. */
final class BrowserSession implements AutoCloseable {

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    BrowserSession(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.playwright = Playwright.create();
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("workbench.chromium", "/usr/bin/chromium")))
                .setHeadless(true).setArgs(ARGS));
    }

    /** A page of a fresh browser context with nobody signed in. */
    Page anonymous(String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1400, 900));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    Page signIn(String username, String password, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(1400, 900));
        context.setDefaultTimeout(20_000);
        Page page = context.newPage();
        page.navigate(baseUrl + "/login");
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.keyboard().press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        page.locator("vaadin-side-nav").first().waitFor();
        return page;
    }

    String url(String path) {
        return baseUrl + path;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
