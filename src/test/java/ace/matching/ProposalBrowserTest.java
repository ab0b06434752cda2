package ace.matching;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import ace.BrowserSupport;
import ace.BrowserTest;
import ace.catalogue.ImportProgress;
import ace.catalogue.Importer;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;

/** Kenya proposes the French offer that fits its request; France accepts; the outcome is reported. */
@BrowserTest
class ProposalBrowserTest extends ace.BrowserJourney {

    static final String PASSWORD = "a long and unusual passphrase";

    @Autowired Identity identity;
    @Autowired Importer importer;

    private String ncp(String state) {
        String email = "loop-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, null, Role.NATIONAL_CONTACT_POINT, state, null), PASSWORD);
        return email;
    }

    private void signIn(Page page, String email) {
        page.navigate(url("/login?lang=en"));
        page.fill("#email", email);
        page.fill("#password", PASSWORD);
        page.click("main button[type=submit]");
    }

    @Test
    void proposeAcceptConfirmAndReportTheOutcome() {
        String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        importer.importDocument("""
                {"format":"ace-interchange/1","items":[
                 {"ref":"B-REQ-%1$s","kind":"REQUEST","party":{"type":"STATE","code":"KEN"},
                  "title":{"en":"PCR training for the national influenza laboratory %1$s"},"fields":["HUMAN_HEALTH_SURVEILLANCE"],
                  "types":["TRAINING"],"languages":["en"],"visibility":"PUBLIC"},
                 {"ref":"B-OFF-%1$s","kind":"OFFER","party":{"type":"STATE","code":"FRA"},
                  "title":{"fr":"Formation PCR pour la surveillance de la grippe %1$s"},
                  "fields":["HUMAN_HEALTH_SURVEILLANCE"],"types":["TRAINING"],"languages":["en","fr"],"visibility":"PUBLIC"}]}"""
            .formatted(run).getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);

        Page kenya = browser.newPage(1280, 900);
        signIn(kenya, ncp("KEN"));
        kenya.navigate(url("/requests/B-REQ-" + run));
        assertThat(kenya.locator(".fit h3 a").first()).isVisible();
        kenya.locator(".fit:has(input[value='B-OFF-" + run + "']) button").click();
        assertThat(kenya.locator("#proposal-status")).hasText("Proposed, awaiting answers");
        String proposal = kenya.url();
        BrowserSupport.screenshot(kenya, "proposal-proposed");

        Page france = browser.newPage(1280, 900);
        signIn(france, ncp("FRA"));
        france.navigate(proposal);
        france.locator("form[action$='/accept'] button").click();
        assertThat(france.locator("#proposal-status")).hasText("Confirmed");
        france.fill("#start", "2027-02-01");
        france.fill("#end", "2027-02-12");
        france.locator("form[action$='/plan'] button").click();
        assertThat(france.locator("#proposal-status")).hasText("Confirmed, delivery planned");

        kenya.navigate(proposal);
        kenya.fill("#delivered", "Two-week PCR course for twelve technicians");
        kenya.fill("#women", "7");
        kenya.fill("#men", "5");
        kenya.locator("form[action$='/report'] button[type=submit]").click();
        assertThat(kenya.locator("#proposal-status")).hasText("Outcome reported");
        assertThat(kenya.locator("#proposal-outcome")).containsText("7 women, 5 men");

        france.navigate(proposal);
        france.fill("#feedback", "Motivated participants; we would come back");
        france.locator("form[action$='/feedback'] button[type=submit]").click();
        assertThat(france.locator("#provider-feedback")).hasText("Motivated participants; we would come back");
        kenya.navigate(proposal);
        assertThat(kenya.locator("#provider-feedback")).hasText("Motivated participants; we would come back");
        assertThat(kenya.locator("ol.history")).containsText("Feedback given by the provider");
        BrowserSupport.screenshot(kenya, "proposal-reported");
    }
}
