package ace.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import ace.BrowserSupport;
import ace.MutableClock;

/**
 * The first person at a new installation: opens the setup link, creates the administrator,
 * enrols her authenticator, signs out and in again with a code, and reads ACE in Arabic and
 * Chinese.
 */
@ace.BrowserTest
class FirstRunBrowserTest extends ace.BrowserJourney {

    @Autowired FirstRunSetup setup;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private String currentCode(Page page) {
        String secret = page.locator("#secret").textContent().replace(" ", "");
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    @Test
    void setUpTheFirstAdministratorSignInWithASecondFactorAndSwitchLanguages() {
        jdbc.sql("delete from identity_api_token").update();
        jdbc.sql("delete from identity_recovery_code").update();
        jdbc.sql("delete from identity_account").update();
        String token = setup.issueIfNeeded().orElseThrow();

        Page page = browser.newPage(1280, 900);
        page.navigate(url("/setup?token=wrong"));
        assertThat(page.locator("h1")).not().hasText("Create the first ISU administrator");

        page.navigate(url("/setup?lang=en&token=" + token));
        page.fill("#email", "first.admin@isu.example.org");
        page.fill("#displayName", "First Administrator");
        page.fill("#password", "the first key of a new house");
        page.fill("#confirmation", "the first key of a new house");
        page.click("main button[type=submit]");
        assertThat(page).hasURL(url("/login?setup"));

        page.fill("#email", "first.admin@isu.example.org");
        page.fill("#password", "the first key of a new house");
        page.click("main button[type=submit]");
        assertThat(page).hasURL(url("/login/enrol"));
        BrowserSupport.screenshot(page, "enrol-second-factor");
        page.fill("#code", currentCode(page));
        page.click("main button[type=submit]");
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        BrowserSupport.screenshot(page, "recovery-codes");

        page.navigate(url("/admin/accounts"));
        assertThat(page.locator("main")).containsText("first.admin@isu.example.org");
        page.click(".account button[type=submit]");
        assertThat(page).hasURL(url("/?signedOut"));

        clock.advance(Duration.ofSeconds(30));
        page.navigate(url("/login"));
        page.fill("#email", "first.admin@isu.example.org");
        page.fill("#password", "the first key of a new house");
        page.click("main button[type=submit]");
        assertThat(page).hasURL(url("/login/second-factor"));
        String secret = jdbc.sql("select totp_secret from identity_account where email = ?")
            .param("first.admin@isu.example.org").query(String.class).single();
        page.fill("#code", Totp.code(secret, Totp.step(clock.instant())));
        page.click("main button[type=submit]");
        page.navigate(url("/admin/accounts"));
        assertThat(page.locator("h1")).hasText("Accounts");

        page.navigate(url("/"));
        page.click(".languages a[hreflang=ar]");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        BrowserSupport.screenshot(page, "home-ar");

        page.click(".languages a[hreflang=zh]");
        assertThat(page.locator("html")).hasAttribute("lang", "zh");
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        BrowserSupport.screenshot(page, "home-zh");

        page.navigate(url("/states"));
        assertThat(page.locator("html")).hasAttribute("lang", "zh");
        assertThat(page.locator("main")).containsText("肯尼亚");
        assertThat(setup.issueIfNeeded()).isEmpty();
    }

    @Test
    void thePublicPagesFitAPhoneScreen() {
        Page page = browser.newPage(360, 740);
        page.navigate(url("/states?lang=ar"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).isLessThanOrEqualTo(360 + 1);
        BrowserSupport.screenshot(page, "states-ar-phone");
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
    }
}
