package ace.identity;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without checking the password, because of too many recent failures. */
class ThrottledException extends AuthenticationException {

    ThrottledException() {
        super("too many failed attempts");
    }
}
