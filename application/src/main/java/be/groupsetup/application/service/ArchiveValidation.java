package be.groupsetup.application.service;

import be.groupsetup.application.error.ArchiveFormatException;
import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.csam.LoginCheck;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.Acknowledgement;
import be.groupsetup.domain.text.UnsafeCharacters;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules an archive must follow before any store is asked to keep it (issue 11, "one import validation used by
 * every store"): the JSON shape is the codec's business, these are the application's, so that every store — files,
 * PostgreSQL, one still to come — refuses the same files. Refused, with a reason saying what is wrong and what is
 * expected (an {@link ArchiveFormatException}: exit 1, nothing stored), when:
 * <ul>
 *     <li>the history is empty: the previous release, like this one, always wrote the history from the group's
 *     creation on, so an export without one was not written by groupsetup;</li>
 *     <li>its entries are not numbered 1, 2, … n, in that order, without gaps or repeats (negative and zero
 *     revisions included): a store would cut such a history at the next change, or refuse it;</li>
 *     <li>the group's revision is not the revision of the history's last entry;</li>
 *     <li>any text anywhere — a configuration value, a CSAM record's person, its {@code recordedBy}, its login check,
 *     an acknowledgement's code, reason, author or values read, a history entry's technician, detail, the values of
 *     its field changes, its records, its findings' codes and arguments — holds a character that can act
 *     ({@link UnsafeCharacters}, docs/rules.md §1.4).</li>
 * </ul>
 * Times are not required to be in order: a team's clocks differ.
 */
public final class ArchiveValidation {

    private static final String EXPECTED_TEXT = ": a character that can act instead of showing (a control such as an "
            + "escape or a line break, an invisible format character such as a bidi override or a zero-width space, "
            + "a private-use character, a line separator) is refused in every text of an imported file";

    private ArchiveValidation() {
    }

    /** @throws ArchiveFormatException naming the first rule the archive breaks */
    public static void check(GroupArchive archive) {
        checkRevisions(archive);
        firstUnsafeText(archive).ifPresent(problem -> {
            throw new ArchiveFormatException(problem + EXPECTED_TEXT, null);
        });
    }

    private static void checkRevisions(GroupArchive archive) {
        List<HistoryEntry> history = archive.history();
        long revision = archive.group().revision();
        if (history.isEmpty()) {
            throw new ArchiveFormatException("its history is empty, whereas an export holds every change from the "
                    + "group's creation (revision 1) to its revision " + revision, null);
        }
        for (int i = 0; i < history.size(); i++) {
            long expected = i + 1L;
            long found = history.get(i).revision();
            if (found != expected) {
                throw new ArchiveFormatException("its history entry " + expected + " has revision " + found
                        + " where " + expected + " is expected: the history's revisions must be 1, 2, 3 … in order,"
                        + " without gaps or repeats", null);
            }
        }
        if (revision != history.size()) {
            throw new ArchiveFormatException("the group is at revision " + revision + " but its history ends at "
                    + "revision " + history.size() + ": the two must be the same", null);
        }
    }

    /** Where the first text that holds a character that can act is, and which character, if any. */
    static Optional<String> firstUnsafeText(GroupArchive archive) {
        Texts texts = new Texts();
        for (FieldKey field : FieldKey.values()) {
            archive.group().setup().configuration().value(field)
                    .ifPresent(value -> texts.check("the value of " + field.key(), value));
        }
        List<StepRecord> records = archive.group().setup().procedure().records();
        for (int i = 0; i < records.size(); i++) {
            records(texts, "CSAM record " + (i + 1), records.get(i));
        }
        List<Acknowledgement> acknowledgements = archive.group().setup().acknowledgements();
        for (int i = 0; i < acknowledgements.size(); i++) {
            Acknowledgement acknowledgement = acknowledgements.get(i);
            String where = "acknowledgement " + (i + 1);
            texts.check(where + ", its code", acknowledgement.code());
            texts.check(where + ", its reason", acknowledgement.reason());
            texts.check(where + ", its technician (by)", acknowledgement.by());
            for (Map.Entry<FieldKey, String> read : acknowledgement.readValues().entrySet()) {
                texts.check(where + ", the value of " + read.getKey().key() + " it read", read.getValue());
            }
        }
        for (HistoryEntry entry : archive.history()) {
            String where = "history revision " + entry.revision();
            texts.check(where + ", its technician", entry.technician());
            texts.check(where + ", its detail", entry.detail());
            for (FieldChange change : entry.fieldChanges()) {
                texts.check(where + ", the old value of " + change.field().key(), change.oldValue());
                texts.check(where + ", the new value of " + change.field().key(), change.newValue());
            }
            for (int i = 0; i < entry.recorded().size(); i++) {
                records(texts, where + ", CSAM record added " + (i + 1), entry.recorded().get(i));
            }
            for (int i = 0; i < entry.removed().size(); i++) {
                records(texts, where + ", CSAM record removed " + (i + 1), entry.removed().get(i));
            }
            for (int i = 0; i < entry.findings().size(); i++) {
                Finding finding = entry.findings().get(i);
                String which = where + ", finding " + (i + 1);
                texts.check(which + ", its code", finding.code());
                texts.check(which + ", its message key", finding.messageKey());
                for (int a = 0; a < finding.arguments().size(); a++) {
                    texts.check(which + ", its argument " + (a + 1), finding.arguments().get(a));
                }
            }
        }
        return Optional.ofNullable(texts.first);
    }

    private static void records(Texts texts, String where, StepRecord record) {
        String which = where + " (" + record.step().id() + ")";
        texts.check(which + ", its person", record.person());
        texts.check(which + ", its technician (recordedBy)", record.recordedBy());
        LoginCheck check = record.loginCheck();
        if (check != null) {
            texts.check(which + ", the person of its login check", check.loginPerson());
            texts.check(which + ", the nurse its login check confirmed", check.confirmedNurse());
        }
    }

    /** The first problem found; every later text is skipped. */
    private static final class Texts {

        private String first;

        void check(String where, String text) {
            if (first == null) {
                UnsafeCharacters.first(text).ifPresent(found ->
                        first = where + " holds " + found.name() + " at position " + found.position());
            }
        }
    }
}
