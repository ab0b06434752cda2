package ace.catalogue;

import java.time.Instant;

/** A file attached to an item, stored under the data folder and served only as a download. */
public record Attachment(long id, String fileName, String contentType, long size, String sha256, Instant uploadedAt,
        String uploadedBy) {
}
