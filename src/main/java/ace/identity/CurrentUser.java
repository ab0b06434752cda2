package ace.identity;

import org.jspecify.annotations.Nullable;

/** The signed-in person, as other modules may know her. */
public record CurrentUser(long id, String email, Role role, @Nullable String stateCode,
        @Nullable Long organisationId) {

    public boolean isIsu() {
        return role == Role.ISU_ADMIN || role == Role.ISU_OFFICER;
    }
}
