package ace.directory;

/** A State's relation to the Biological Weapons Convention. */
public enum BwcStatus {
    STATE_PARTY, SIGNATORY, NONE
}
