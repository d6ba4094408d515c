package be.groupsetup.adapters.persistence.file;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Written before an import replaces a group and removed when it is complete: the group's number and the
 * SHA-256 of the imported document, by which the next store operation recognises whether the new document was
 * put in place (then the imported history waiting beside the old one follows it) or not (then it is dropped).
 */
record ImportJournal(String number, String documentDigest) {

    static String digest(byte[] document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
