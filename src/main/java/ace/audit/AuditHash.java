package ace.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/** SHA-256 over the fields, each length-prefixed so no two different entries hash the same text. */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(long seq, Instant recordedAt, String actor, String action, String subject,
            @Nullable String before, @Nullable String after, String previousHash) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {Long.toString(seq), Long.toString(recordedAt.toEpochMilli()), actor, action,
                subject, before == null ? "\u0000" : before, after == null ? "\u0000" : after, previousHash}) {
            text.append(field.length()).append(':').append(field).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
