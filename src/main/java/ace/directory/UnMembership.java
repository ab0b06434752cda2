package ace.directory;

/** Member of the United Nations, or non-member observer State. */
public enum UnMembership {
    MEMBER, OBSERVER
}
