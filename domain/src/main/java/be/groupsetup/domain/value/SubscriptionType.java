package be.groupsetup.domain.value;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.field.Normalizer;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;

import java.util.List;
import java.util.Set;

/**
 * "Type de souscription": what the procedure calls the "numéro de mandat" for this field. Its format is not
 * published, so it is free text of 1 to {@value #MAX_LENGTH} characters, none of which may act (the rule of every text). A word that says "no mandate"
 * ({@code aucun}, {@code none}, …) is a warning: that answer belongs in "Type de mandat".
 */
public record SubscriptionType(String value) {

    public static final int MAX_LENGTH = 50;

    /** "None" in the words technicians type, folded (case and accents set aside): {@code aucun}, {@code néant}, … */
    private static final Set<String> NO_MANDATE_WORDS = Set.of("aucun", "none", "geen", "neant", "nvt");

    public SubscriptionType {
        // only errors refuse a value: the mandate-word warning leaves it valid
        if (value == null || !value.equals(Normalizer.text(value))
                || problems(value).stream().anyMatch(Finding::isError)) {
            throw new IllegalArgumentException("not a valid subscription type");
        }
    }

    public static Parsed<SubscriptionType> parse(String input) {
        return parseValue(input).map(SubscriptionType::new);
    }

    /** The same rules, giving the canonical text without building the record. */
    public static Parsed<String> parseValue(String input) {
        String text = Normalizer.text(input);
        return Parsed.of(text, problems(text));
    }

    private static List<Finding> problems(String text) {
        // blank, length and the characters that can act: the one rule of every text (format and private-use
        // characters included; unassigned code points are not refused, which ones are differs between Java versions)
        List<Finding> findings = FreeText.problems(FieldKey.SUBSCRIPTION_TYPE, text, MAX_LENGTH);
        if (NO_MANDATE_WORDS.contains(Normalizer.fold(text))) {
            findings.add(Finding.warning(FieldKey.SUBSCRIPTION_TYPE, FindingCodes.SUBSCRIPTION_TYPE_MANDATE_WORD, text));
        }
        return findings;
    }
}
