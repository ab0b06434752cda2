package ace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import ace.BrowserTest;
import ace.catalogue.ImportProgress;
import ace.catalogue.Importer;

/**
 * WCAG 2.2 A and AA rules that a machine can check (axe-core, shipped as a test resource), on
 * the public pages in a left-to-right and a right-to-left language. What axe cannot judge
 * (meaningful alternative texts, a sensible reading order) stays for people to review.
 */
@BrowserTest
class AccessibilityTest extends ace.BrowserJourney {

    @Autowired Importer importer;
    @Autowired ace.identity.Identity identity;
    @Autowired ace.MutableClock clock;

    private static String axe() throws IOException {
        try (InputStream in = AccessibilityTest.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Page page, String axe) {
        page.evaluate(axe);
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run(document, {runOnly: {type: 'tag',
                      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}});
                  return r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
                }""");
        return (List<String>) result;
    }

    @Test
    void publicPagesPassTheAutomatedWcagChecksInEnglishAndArabic() throws Exception {
        importer.importDocument("""
                {"format":"ace-interchange/1","items":[
                 {"ref":"AX-OFF-1","kind":"OFFER","party":{"type":"STATE","code":"NOR"},
                  "title":{"en":"Biosafety course","ar":"دورة في السلامة البيولوجية"},"description":{"en":"Two weeks."},
                  "fields":["BIOSAFETY_BIOSECURITY"],"types":["TRAINING"],"visibility":"PUBLIC"},
                 {"ref":"AX-REQ-1","kind":"REQUEST","party":{"type":"STATE","code":"EGY"},
                  "title":{"ar":"تدريب على السلامة البيولوجية"},"fields":["BIOSAFETY_BIOSECURITY"],
                  "types":["TRAINING"],"visibility":"PUBLIC"}]}""".getBytes(StandardCharsets.UTF_8),
                ImportProgress.NONE);
        String axe = axe();
        List<String> problems = new ArrayList<>();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser chromium = playwright.chromium().launch(new com.microsoft.playwright.BrowserType.LaunchOptions()
                .setExecutablePath(java.nio.file.Paths.get(System.getProperty("ace.chromium", "/usr/bin/chromium")))
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update")));
            // The pages forbid inline scripts; only this test's context may run axe in them.
            BrowserContext context = chromium.newContext(new Browser.NewContextOptions().setBypassCSP(true)
                .setViewportSize(1280, 900));
            Page page = context.newPage();
            for (String language : List.of("en", "ar")) {
                for (String path : List.of("/", "/offers", "/offers?group=field", "/requests", "/offers/AX-OFF-1",
                        "/requests/AX-REQ-1", "/states", "/organisations", "/login")) {
                    page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
                    violations(page, axe).forEach(v -> problems.add(language + " " + path + ": " + v));
                }
            }
            // A 360 px phone, right to left.
            Page phone = chromium.newContext(new Browser.NewContextOptions().setBypassCSP(true)
                .setViewportSize(360, 740).setIsMobile(true).setHasTouch(true)).newPage();
            for (String path : List.of("/", "/offers", "/offers/AX-OFF-1", "/login")) {
                phone.navigate(url(path + "?lang=ar"));
                violations(phone, axe).forEach(v -> problems.add("ar 360px " + path + ": " + v));
            }
            // The pages of a signed-in contact point: forms, proposals, notifications, tokens, security.
            String email = "axe-" + java.util.UUID.randomUUID() + "@example.org";
            identity.create(new ace.identity.NewAccount(email, null, ace.identity.Role.NATIONAL_CONTACT_POINT, "EGY",
                    null), ace.Sessions.PASSWORD);
            page.navigate(url("/login"));
            page.fill("#email", email);
            page.fill("#password", ace.Sessions.PASSWORD);
            page.click("main button[type=submit]");
            for (String language : List.of("en", "ar")) {
                for (String path : List.of("/requests/new", "/offers/new", "/requests/AX-REQ-1/edit", "/proposals",
                        "/notifications", "/account/tokens", "/account/security")) {
                    page.navigate(url(path + "?lang=" + language));
                    assertThat(page.url()).as("signed in for " + path).doesNotContain("/login");
                    violations(page, axe).forEach(v -> problems.add(language + " " + path + ": " + v));
                }
            }
            // The ISU administrator's pages, after enrolling the second factor.
            String admin = "axe-admin-" + java.util.UUID.randomUUID() + "@example.org";
            identity.create(new ace.identity.NewAccount(admin, null, ace.identity.Role.ISU_ADMIN, null, null),
                    ace.Sessions.PASSWORD);
            Page isu = chromium.newContext(new Browser.NewContextOptions().setBypassCSP(true)
                .setViewportSize(1280, 900)).newPage();
            isu.navigate(url("/login"));
            isu.fill("#email", admin);
            isu.fill("#password", ace.Sessions.PASSWORD);
            isu.click("main button[type=submit]");
            violations(isu, axe).forEach(v -> problems.add("en /login/enrol: " + v));
            isu.fill("#code", ace.identity.TestTotp.code(isu.locator("#secret").textContent(), clock.instant()));
            isu.click("main button[type=submit]");
            violations(isu, axe).forEach(v -> problems.add("en recovery codes: " + v));
            for (String language : List.of("en", "ar")) {
                for (String path : List.of("/admin/accounts", "/admin/accounts/invite", "/admin/import", "/audit",
                        "/admin/organisations/new", "/admin/states/KEN")) {
                    isu.navigate(url(path + "?lang=" + language));
                    assertThat(isu.url()).as("signed in for " + path).doesNotContain("/login");
                    violations(isu, axe).forEach(v -> problems.add(language + " " + path + ": " + v));
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }
}
