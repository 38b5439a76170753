package dossier.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fragment ids that depend only on what they name (a source and quoted words, a page and a
 * correction), so that links to them survive edits elsewhere: a prefix and 10 hex digits of sha256.
 */
final class StableId {
    private StableId() {
    }

    static String of(String prefix, String basis) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
