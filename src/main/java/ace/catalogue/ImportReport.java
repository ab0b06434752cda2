package ace.catalogue;

import java.util.List;

/** What an import did: refs created, updated and left unchanged. */
public record ImportReport(List<String> created, List<String> updated, List<String> unchanged) {

    public int total() {
        return created.size() + updated.size() + unchanged.size();
    }
}
