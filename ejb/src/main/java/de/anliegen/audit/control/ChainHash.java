package de.anliegen.audit.control;

import de.anliegen.audit.entity.AuditEvent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 that links an audit entry to the one before it. Every field goes in with its length in front (absent
 * ones as -1), so that no two different entries can be written as the same bytes.
 */
public final class ChainHash {

    public static final String START = "0".repeat(64);

    private ChainHash() {}

    /** The hash the entry should carry, computed afresh from what it holds (its detail by the detail's hash). */
    public static String of(AuditEvent event) {
        var digest = sha256();
        digest.update(ByteBuffer.allocate(16)
                .putLong(event.seq())
                .putLong(event.occurredAt().toEpochMilli())
                .array());
        for (var field : new String[] {
            event.actor(),
            event.action(),
            event.purpose(),
            event.consumerId() == null ? null : event.consumerId().toString(),
            event.objectRef(),
            event.caseId() == null ? null : event.caseId().toString(),
            event.detailHash(),
            event.previousHash()
        }) {
            if (field == null) {
                digest.update(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                var bytes = field.getBytes(StandardCharsets.UTF_8);
                digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                digest.update(bytes);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String ofDetail(String detail) {
        return detail == null
                ? null
                : HexFormat.of().formatHex(sha256().digest(detail.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
