package com.creditwb.workbench.tools;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;

/**
 * Screenshots of a running workbench as its users see it, for a person to look at (not a test): signs in through the
 * real login form in Debian's headless Chromium at 1,366 px and saves one PNG per page and language under
 * {@code target/screens}. Run against {@code ./wb run}:
 * {@code BENCH=com.creditwb.workbench.tools.Screens ./wb bench -Dscreens.base=http://localhost:8080
 * -Dscreens.pages=credit1:/credit/blocked,account1:/alliances/1}; {@code -Dscreens.upload=file} drops a file on the page's
 * first upload before the screenshot.
 */
public final class Screens {

    private Screens() {
    }

    public static void main(String[] args) {
        String base = System.getProperty("screens.base", "http://localhost:8080");
        List<String> pages = List.of(System.getProperty("screens.pages", "credit1:/credit/blocked").split(","));
        Path out = Path.of("target", "screens");
        try (Playwright playwright = Playwright.create();
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                        .setExecutablePath(Path.of("/usr/bin/chromium")).setArgs(List.of("--no-sandbox", "--disable-gpu",
                                "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync")))) {
            for (String locale : List.of("zh-CN", "en-US")) {
                for (String entry : pages) {
                    String user = entry.substring(0, entry.indexOf(':'));
                    String path = entry.substring(entry.indexOf(':') + 1);
                    // "path|Tab text" opens the page and then the tab of that name (in either language)
                    String tab = path.contains("|") ? path.substring(path.indexOf('|') + 1) : null;
                    path = tab == null ? path : path.substring(0, path.indexOf('|'));
                    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                            .setViewportSize(Integer.getInteger("screens.width", 1366), Integer.getInteger("screens.height", 900)));
                    Page page = context.newPage();
                    page.navigate(base + "/login");
                    page.locator("#vaadinLoginUsername input").fill(user);
                    page.locator("#vaadinLoginPassword input").fill(System.getProperty("screens.password", "demo"));
                    page.keyboard().press("Enter");
                    page.waitForURL(url -> !url.contains("/login"));
                    page.navigate(base + path);
                    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                    page.waitForTimeout(1500);
                    String upload = System.getProperty("screens.upload");
                    if (upload != null) {
                        // -Dscreens.upload=file: the page's first upload receives the file, as if dropped on it
                        page.locator("vaadin-upload input[type=file]").first().setInputFiles(Path.of(upload));
                        page.waitForTimeout(4000);
                    }
                    if (tab != null) {
                        for (String t : tab.split("/")) {
                            var candidates = page.locator("vaadin-tab").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(t));
                            if (candidates.count() > 0) {
                                candidates.first().click();
                                page.waitForTimeout(1000);
                                break;
                            }
                        }
                    }
                    String name = (user + path + (tab == null ? "" : "-" + tab.split("/")[0])).replaceAll("[^A-Za-z0-9]+", "-") + "-" + locale + ".png";
                    page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name)).setFullPage(true));
                    System.out.println("screen: " + out.resolve(name));
                    context.close();
                }
            }
        }
    }
}
