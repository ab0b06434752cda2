package ace.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import ace.BrowserSupport;
import ace.BrowserTest;
import ace.MutableClock;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;
import ace.identity.TestTotp;

/**
 * A Senegalese contact point publishes a request in French with an attachment; a Ghanaian
 * viewer finds it by search; an anonymous visitor cannot; an ISU officer imports a file and
 * watches the progress bar finish.
 */
@BrowserTest
class CatalogueBrowserTest extends ace.BrowserJourney {

    static final String PASSWORD = "a long and unusual passphrase";
    @Autowired Identity identity;
    @Autowired MutableClock clock;
    @Autowired Importer importer;

    private String account(Role role, String state) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, "Test", role, state, null), PASSWORD);
        return email;
    }

    private void signIn(Page page, String email) {
        page.navigate(url("/login"));
        page.fill("#email", email);
        page.fill("#password", PASSWORD);
        page.click("main button[type=submit]");
    }

    @Test
    void publishInFrenchWithAnAttachmentFindAsAnotherUserHideFromAnonymous(@TempDir Path dir) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String title = "Formation en biosécurité pour le laboratoire de Dakar " + run;
        String ncp = account(Role.NATIONAL_CONTACT_POINT, "SEN");
        Page page = browser.newPage(1280, 900);
        page.navigate(url("/?lang=fr"));
        signIn(page, ncp);
        page.navigate(url("/requests/new"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("#texts0\\.language")).hasValue("fr");
        page.fill("#texts0\\.title", title);
        page.fill("#texts0\\.description", "Former douze techniciens à la gestion des risques biologiques.");
        page.check("input[name=fields][value=BIOSAFETY_BIOSECURITY]");
        page.check("input[name=types][value=TRAINING]");
        page.check("input[name=visibility][value=STATES_PARTIES]");
        page.fill("#contacts0\\.name", "Awa Diop");
        page.fill("#contacts0\\.email", "awa.diop@example.sn");
        page.click("main form button[type=submit]:has-text('Enregistrer')");
        assertThat(page.locator("h1")).hasText(title);
        String ref = page.locator(".meta code").first().textContent();

        Path pdf = dir.resolve("programme.pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        page.setInputFiles("#file", pdf);
        page.click("form[enctype] button[type=submit]");
        assertThat(page.locator("#attachments ~ ul a")).hasText("programme.pdf");
        BrowserSupport.screenshot(page, "request-fr");

        Path html = dir.resolve("evil.pdf");
        Files.writeString(html, "<html><script>alert(1)</script></html>");
        page.setInputFiles("#file", html);
        page.click("form[enctype] button[type=submit]");
        assertThat(page.locator(".error-summary")).isVisible();

        page.click(".account button[type=submit]");
        Page other = browser.newPage(1280, 900);
        signIn(other, account(Role.STATE_VIEWER, "GHA"));
        other.navigate(url("/requests?lang=en&q=biosécurité+Dakar+" + run));
        assertThat(other.locator(".result h3 a")).hasText(title);
        assertThat(other.locator(".result .tag").first()).containsText("French");
        other.click(".result h3 a");
        assertThat(other.locator("main")).containsText("Awa Diop");
        assertThat(other.locator("#attachments ~ ul a")).hasText("programme.pdf");

        Page anonymous = browser.newPage(1280, 900);
        anonymous.navigate(url("/requests?q=biosécurité+Dakar+" + run));
        assertThat(anonymous.locator(".result")).hasCount(0);
        anonymous.navigate(url("/requests/" + ref));
        assertThat(anonymous.locator("h1")).not().hasText(title);

        // Offers classified and grouped for search (R4).
        importer.importDocument(Documents.document(
                Documents.offer("BG-1-" + run, "WHO", "World Health Organization", "en", "Biosafety officer course " + run,
                    "PUBLIC"),
                Documents.offer("BG-2-" + run, "WHO", "World Health Organization", "fr", "Cours de biosûreté " + run,
                    "PUBLIC")).getBytes(java.nio.charset.StandardCharsets.UTF_8), ImportProgress.NONE);
        anonymous.navigate(url("/offers?group=field&lang=en"));
        assertThat(anonymous.locator("section.group h3").first()).isVisible();
        assertThat(anonymous.locator(".views a[aria-current=page]")).hasText("grouped by subject area");
        BrowserSupport.screenshot(anonymous, "offers-grouped");
    }

    @Test
    void theIsuImportsAFileAndWatchesTheProgressBarFinish(@TempDir Path dir) throws Exception {
        String officer = account(Role.ISU_OFFICER, null);
        Page page = browser.newPage(1280, 900);
        signIn(page, officer);
        assertThat(page).hasURL(url("/login/enrol"));
        page.fill("#code", TestTotp.code(page.locator("#secret").textContent(), clock.instant()));
        page.click("main button[type=submit]");

        String run = Documents.run();
        Path file = dir.resolve("items.json");
        Files.writeString(file, Documents.document(
                Documents.request("UI-IMP-1-" + run, "KEN", "en", "Imported one", "x", "PUBLIC"),
                Documents.request("UI-IMP-2-" + run, "PER", "es", "Importado dos", "x", "PUBLIC")));
        page.navigate(url("/admin/import?lang=en"));
        page.setInputFiles("#file", file);
        page.click("main button[type=submit]");
        assertThat(page.locator("#import-progress")).isVisible();
        assertThat(page.locator("#import-report")).containsText("2 created");
        BrowserSupport.screenshot(page, "import-finished");

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Documents.document(
                Documents.request("UI-BAD-" + run, "XXX", "en", "Bad", "x", "PUBLIC")));
        page.navigate(url("/admin/import"));
        page.setInputFiles("#file", bad);
        page.click("main button[type=submit]");
        assertThat(page.locator("#import-problems")).containsText("UI-BAD-" + run + " party.code");
    }
}
