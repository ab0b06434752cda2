package ace.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ace.shared.Actors;

/**
 * Attachments under {@code <data dir>/attachments}: the type is decided by the file's content
 * (Tika's magic numbers, the name only breaking ties), only documents and images are kept,
 * and they are only ever served as downloads.
 */
@Service
public class AttachmentStore {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    static final Set<String> ALLOWED = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "image/webp", "text/plain", "application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation", "application/rtf");

    private final Path root;
    private final ItemStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Tika tika = new Tika();

    AttachmentStore(@Value("${ace.data-dir}") String dataDir, ItemStore store, ApplicationEventPublisher events,
            Clock clock) {
        this.root = Path.of(dataDir, "attachments");
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** Stores the file for the item; refused (with a message key) when too large or of a type not allowed. */
    @Transactional
    public Attachment add(ItemView item, String originalName, InputStream content) throws IOException {
        Files.createDirectories(root);
        String key = UUID.randomUUID().toString();
        Path target = root.resolve(key);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size;
        try (InputStream in = new DigestInputStream(new LimitedInputStream(content, MAX_BYTES), sha)) {
            size = Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        catch (LimitedInputStream.TooLarge e) {
            Files.deleteIfExists(target);
            throw new InvalidItemException(java.util.List.of(Problem.of(item.ref(), "attachment",
                    "attachment.tooLarge", MAX_BYTES / (1024 * 1024))));
        }
        String name = safeName(originalName);
        String type;
        try (InputStream stored = new java.io.BufferedInputStream(Files.newInputStream(target))) {
            type = tika.detect(stored, name);
        }
        if (size == 0 || !ALLOWED.contains(type)) {
            Files.deleteIfExists(target);
            throw new InvalidItemException(java.util.List.of(Problem.of(item.ref(), "attachment",
                    "attachment.type", type)));
        }
        Attachment attachment = new Attachment(0, name, type, size, HexFormat.of().formatHex(sha.digest()),
                clock.instant(), Actors.current());
        long id = store.insertAttachment(item.id(), attachment, key);
        events.publishEvent(new AttachmentAdded(item.id(), item.ref(), id, name, attachment.sha256(),
                Actors.current()));
        return attachment;
    }

    /** The stored attachment and its item id, to be checked against the item's visibility. */
    public java.util.Optional<StoredFile> file(long id) {
        return store.attachment(id).map(a -> new StoredFile(a.itemId(), a.fileName(), a.contentType(), a.size(),
                root.resolve(a.storageKey())));
    }

    static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "attachment";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    /** A file on disk with what the page needs to serve it. */
    public record StoredFile(long itemId, String fileName, String contentType, long size, Path path) {

        public InputStream open() {
            try {
                return Files.newInputStream(path);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
