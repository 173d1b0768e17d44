package com.creditwb.workbench.it;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@EnabledIfSystemProperty(named = "screens", matches = "true")
class ScreensIT {

    @Test
    void screens() {
        BrowserSession b = new BrowserSession(8099);
        for (String locale : new String[] {"zh-CN", "en-US"}) {
            Page p = b.signIn("account1", "demo", locale);
            p.navigate(b.url("/negotiations"));
            p.waitForTimeout(2500);
            shot(p, "list-" + locale);
            p.locator("#negotiations-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("2027")).first().click();
            p.waitForTimeout(2500);
            shot(p, "overview-" + locale);
            String[] tabs = locale.startsWith("zh") ? new String[] {"谈判对手", "方案与目标", "策略与现场", "谈判活动", "结果", "访问记录"}
                    : new String[] {"Counterpart", "Plan and targets", "Strategy and venue", "Sessions", "Outcome", "Access log"};
            for (int i = 0; i < tabs.length; i++) {
                p.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText(tabs[i])).first().click();
                p.waitForTimeout(1500);
                shot(p, "tab" + i + "-" + locale);
            }
            p.navigate(b.url("/"));
            p.waitForTimeout(2500);
            shot(p, "dashboard-" + locale);
        }
        b.close();
    }

    static void shot(Page p, String name) {
        p.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/n/shots/" + name + ".png")).setFullPage(true));
    }
}
