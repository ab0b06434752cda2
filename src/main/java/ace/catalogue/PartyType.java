package ace.catalogue;

/** Who offers or requests: a State, or an organisation (offers only). */
public enum PartyType {
    STATE, ORGANISATION
}
