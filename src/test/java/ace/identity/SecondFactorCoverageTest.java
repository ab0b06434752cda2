package ace.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.Decoder;

import ace.IntegrationTest;
import ace.MutableClock;
import ace.Sessions;

/**
 * The optional second factor for people outside the ISU (AccountSecurityController): enrol from
 * the security page with the inline SVG QR code, then sign-in asks for the code; removable.
 */
@IntegrationTest
class SecondFactorCoverageTest {

    @Autowired MockMvc mvc;
    @Autowired Identity identity;
    @Autowired SecondFactors secondFactors;
    @Autowired MutableClock clock;

    private CurrentUser openContactPoint() {
        String email = "ncp-2fa-" + UUID.randomUUID() + "@example.org";
        return identity.create(new NewAccount(email, "Optional Second Factor", Role.NATIONAL_CONTACT_POINT, "KEN",
                null), Sessions.PASSWORD);
    }

    private String signInRedirect(String email, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").session(session).with(csrf()).param("email", email)
                .param("password", Sessions.PASSWORD))
            .andReturn().getResponse().getRedirectedUrl();
    }

    private String html(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Reads back what the inline SVG encodes: each dark module is drawn as "Mx yh1v1h-1z". */
    private static String decodeQr(String page) throws Exception {
        Matcher svg = Pattern.compile("<svg xmlns=\"http://www.w3.org/2000/svg\"[^>]*>.*?</svg>", Pattern.DOTALL)
            .matcher(page);
        assertThat(svg.find()).as("an inline SVG QR code").isTrue();
        Matcher module = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg.group());
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        java.util.List<int[]> dark = new java.util.ArrayList<>();
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            dark.add(new int[] {x, y});
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        assertThat(dark).as("dark modules in the QR code").isNotEmpty();
        // The finder patterns sit in three corners, so the dark modules span exactly the symbol.
        int size = maxX - minX + 1;
        assertThat(maxY - minY + 1).isEqualTo(size);
        BitMatrix matrix = new BitMatrix(size, size);
        for (int[] xy : dark) {
            matrix.set(xy[0] - minX, xy[1] - minY);
        }
        return new Decoder().decode(matrix).getText();
    }

    /** Opens the enrolment page from the security page and confirms with a code computed here. */
    private void enrolThroughThePages(CurrentUser user, MockHttpSession session) throws Exception {
        String enrolPage = html(session, "/account/security/enrol");
        String secret = (String) session.getAttribute(SignInController.ENROL_SECRET);
        assertThat(secret).isNotBlank();
        assertThat(enrolPage).contains("action=\"/account/security/enrol\"");
        assertThat(decodeQr(enrolPage)).isEqualTo(Totp.uri("ACE", user.email(), secret));

        String confirmation = mvc.perform(post("/account/security/enrol").session(session).with(csrf())
                .param("code", Totp.code(secret, Totp.step(clock.instant()))))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(confirmation).contains("id=\"recovery-codes\"");
        assertThat(Pattern.compile("<li><code>[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}</code></li>").matcher(confirmation)
            .results().count()).isEqualTo(SecondFactors.RECOVERY_CODES);
        assertThat(session.getAttribute(SignInController.ENROL_SECRET)).isNull();
    }

    @Test
    void aContactPointEnrolsWithTheQrCodeAndIsThenAskedForTheSecondFactorAtSignIn() throws Exception {
        CurrentUser ncp = openContactPoint();
        MockHttpSession session = new MockHttpSession();
        assertThat(signInRedirect(ncp.email(), session)).isEqualTo("/");

        String security = html(session, "/account/security");
        assertThat(security).contains("Your account has no second factor.");
        assertThat(security).contains("href=\"/account/security/enrol\"");

        String enrolPage = html(session, "/account/security/enrol");
        assertThat(enrolPage).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        assertThat(enrolPage).contains("role=\"img\"");
        assertThat(enrolPage).contains("<path fill=\"#000\" d=\"M");
        String secret = (String) session.getAttribute(SignInController.ENROL_SECRET);
        assertThat(enrolPage).contains("<code id=\"secret\">" + secret.replaceAll("(.{4})", "$1 ").strip() + "</code>");

        String wrong = Totp.code(secret, Totp.step(clock.instant())).equals("123456") ? "654321" : "123456";
        mvc.perform(post("/account/security/enrol").session(session).with(csrf()).param("code", wrong))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("error-summary")));
        assertThat(secondFactors.principal(ncp.id()).secondFactor()).isFalse();

        enrolThroughThePages(ncp, session);
        assertThat(secondFactors.principal(ncp.id()).secondFactor()).isTrue();
        assertThat(html(session, "/account/security"))
            .contains("Your account is protected by a second factor. Recovery codes left: 10.");

        MockHttpSession next = new MockHttpSession();
        assertThat(signInRedirect(ncp.email(), next)).isEqualTo("/login/second-factor");
        mvc.perform(get("/account/security").session(next)).andExpect(redirectedUrl("/login/second-factor"));
        assertThat(html(next, "/login/second-factor")).contains("name=\"code\"");

        clock.advance(Duration.ofSeconds(30));
        mvc.perform(post("/login/second-factor").session(next).with(csrf())
                .param("code", Totp.code(secret, Totp.step(clock.instant()))))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/account/security").session(next)).andExpect(status().isOk());
    }

    @Test
    void aContactPointMayRemoveHerSecondFactorAndSignInWithThePasswordAlone() throws Exception {
        CurrentUser ncp = openContactPoint();
        MockHttpSession session = new MockHttpSession();
        assertThat(signInRedirect(ncp.email(), session)).isEqualTo("/");
        enrolThroughThePages(ncp, session);

        assertThat(html(session, "/account/security")).contains("action=\"/account/security/remove\"");
        mvc.perform(post("/account/security/remove").session(session).with(csrf()))
            .andExpect(redirectedUrl("/account/security"));
        assertThat(secondFactors.principal(ncp.id()).secondFactor()).isFalse();
        assertThat(html(session, "/account/security")).contains("The second factor was removed.");

        assertThat(signInRedirect(ncp.email(), new MockHttpSession())).isEqualTo("/");
    }
}
