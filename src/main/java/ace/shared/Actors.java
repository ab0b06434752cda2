package ace.shared;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting now, as recorded in events and the audit log: the signed-in person's e-mail,
 * or a name for the machine ({@code system}, {@code cli}) when nobody is signed in.
 */
public final class Actors {

    public static final String SYSTEM = "system";

    private Actors() {
    }

    public static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || auth.getName() == null) {
            return SYSTEM;
        }
        return auth.getName();
    }
}
