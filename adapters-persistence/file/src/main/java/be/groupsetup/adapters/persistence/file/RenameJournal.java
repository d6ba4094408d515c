package be.groupsetup.adapters.persistence.file;

/**
 * Written before a rename starts and removed when it is complete: after a crash the next store operation
 * completes the rename (the new document was written) or forgets it (it was not).
 *
 * @param historyLine the rename's history entry, as the history file holds it
 */
record RenameJournal(String from, String to, long revision, String historyLine) {
}
