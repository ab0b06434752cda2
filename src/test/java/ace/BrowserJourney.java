package ace;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of browser tests: one Chromium per class, and addresses on the test server. */
public abstract class BrowserJourney {

    protected static BrowserSupport browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void launch() {
        browser = new BrowserSupport();
    }

    @AfterAll
    static void quit() {
        browser.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
