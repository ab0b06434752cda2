package ace.directory;

/** An organisation as other modules see it. */
public record OrganisationRef(long id, String acronym, String name, OrganisationKind kind) {
}
