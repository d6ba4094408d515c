package be.groupsetup.domain.setup;

import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.text.UnsafeCharacters;
import be.groupsetup.domain.value.FreeText;

import java.util.ArrayList;
import java.util.List;

/**
 * The name every change is attributed to (docs/rules.md §4.3: the setting {@code groupsetup.technician}, else the OS
 * user's name). It is stored with each change, CSAM record and acknowledgement and printed by the history, so it
 * follows the rule of every text the tool takes in (docs/rules.md §1.4): not blank, at most {@value #MAX_LENGTH}
 * characters, no character that can act. Blanks are trimmed and collapsed, a TAB read as a blank.
 */
public final class TechnicianName {

    public static final int MAX_LENGTH = FreeText.MAX_LENGTH;

    private TechnicianName() {
    }

    /** The name to store, or the refusals (on no field: the setting is to be corrected, not a value). */
    public static Parsed<String> parse(String name) {
        String text = Normalizer.text(name);
        if (text.isEmpty()) {
            return Parsed.refused(Finding.error(null, FindingCodes.TECHNICIAN_REQUIRED));
        }
        List<Finding> problems = new ArrayList<>(2);
        UnsafeCharacters.first(text).ifPresent(found -> problems.add(Finding.error(null,
                FindingCodes.TECHNICIAN_UNSAFE_CHARACTER, found.name(), found.position())));
        int length = text.codePointCount(0, text.length());
        if (length > MAX_LENGTH) {
            problems.add(Finding.error(null, FindingCodes.TECHNICIAN_TOO_LONG, MAX_LENGTH, length));
        }
        return Parsed.of(text, problems);
    }
}
