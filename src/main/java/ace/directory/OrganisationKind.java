package ace.directory;

/** The kinds of provider other than States (R5). */
public enum OrganisationKind {
    UN_ENTITY, INTERGOVERNMENTAL, NGO, ACADEMIC, PRIVATE_SECTOR,
    /** Not yet classified, e.g. created by an import; the ISU sets the kind. */
    OTHER
}
