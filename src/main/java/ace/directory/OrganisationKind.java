package ace.directory;

/** The kinds of provider other than States (R5). */
public enum OrganisationKind {
    UN_ENTITY, INTERGOVERNMENTAL, NGO, ACADEMIC, PRIVATE_SECTOR
}
