package ace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ace.BrowserTest;
import ace.Sessions;
import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;

/**
 * The 403 page on the real server (the browser tests' context, no browser): Tomcat forwards the
 * refusal to /error, which must keep the reader's language and her signed-in session.
 */
@BrowserTest
class ErrorPageServerCoverageTest {

    @LocalServerPort int port;
    @Autowired Identity identity;

    private final HttpClient http = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return response;
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private static String csrfToken(String page) {
        Matcher matcher = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!matcher.find()) {
            matcher = Pattern.compile("<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(page);
            assertThat(matcher.find()).as("the CSRF field of the sign-in form").isTrue();
        }
        return matcher.group(1);
    }

    @Test
    void aSignedInContactPointOpeningAnIsuPageGetsTheForbiddenPageInFrench() throws Exception {
        String email = "forbidden-server-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, null, Role.NATIONAL_CONTACT_POINT, "KEN", null), Sessions.PASSWORD);

        HttpResponse<String> login = send(at("/login").GET());
        assertThat(login.statusCode()).isEqualTo(200);
        HttpResponse<String> signedIn = send(at("/login")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(
                    form("email", email, "password", Sessions.PASSWORD, "_csrf", csrfToken(login.body())))));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("/login"));

        HttpResponse<String> denied = send(at("/admin/accounts")
            .header("Accept-Language", "fr-FR,fr;q=0.9")
            .header("Accept", "text/html")
            .GET());

        Properties fr = ErrorPagesCoverageTest.bundle("fr");
        Properties en = ErrorPagesCoverageTest.bundle("en");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        String page = denied.body();
        assertThat(page).contains("<html lang=\"fr\" dir=\"ltr\">");
        assertThat(page).contains("<h1>" + fr.getProperty("error.403.heading") + "</h1>");
        assertThat(page).contains(fr.getProperty("error.403.text"));
        assertThat(page).doesNotContain(en.getProperty("error.403.heading"));
        assertThat(page).contains(email);
    }
}
