package ace;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** Playwright driving Debian's Chromium: no browser download, no network beyond loopback. */
public final class BrowserSupport implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;

    public BrowserSupport() {
        playwright = Playwright.create(new Playwright.CreateOptions()
            .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Paths.get(System.getProperty("ace.chromium", "/usr/bin/chromium")))
            .setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public Page newPage(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
            .setLocale("en-GB")).newPage();
    }

    /** Saves a screenshot under target/screenshots (copied to docs/screenshots by hand when it matters). */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
            .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
