package ace.identity;

/** One role per account (INTERCHANGE.md §1). */
public enum Role {
    ISU_ADMIN, ISU_OFFICER, NATIONAL_CONTACT_POINT, STATE_VIEWER, ORGANISATION_FOCAL_POINT, COMMITTEE_MEMBER, AUDITOR;

    /** The role speaks for one State. */
    public boolean needsState() {
        return this == NATIONAL_CONTACT_POINT || this == STATE_VIEWER;
    }

    /** The role speaks for one organisation. */
    public boolean needsOrganisation() {
        return this == ORGANISATION_FOCAL_POINT;
    }

    /** ISU staff must use a second factor. */
    public boolean requiresSecondFactor() {
        return this == ISU_ADMIN || this == ISU_OFFICER;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
