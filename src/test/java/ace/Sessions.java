package ace;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import ace.identity.Identity;
import ace.identity.NewAccount;
import ace.identity.Role;

/** Test fixture: a fresh account of a role, signed in through the real form; the session to use. */
public final class Sessions {

    public static final String PASSWORD = "a long and unusual passphrase";

    private Sessions() {
    }

    public static MockHttpSession signedIn(MockMvc mvc, Identity identity, Role role, @Nullable String state)
            throws Exception {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        identity.create(new NewAccount(email, null, role, state, null), PASSWORD);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("email", email).param("password", PASSWORD));
        return session;
    }
}
