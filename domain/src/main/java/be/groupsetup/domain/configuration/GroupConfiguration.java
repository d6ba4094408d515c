package be.groupsetup.domain.configuration;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.value.GroupNumber;
import be.groupsetup.domain.value.Mandate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The AllsoftPlus configuration of one group: the twenty fields of docs/rules.md §1.1, identified by the group number.
 * Immutable: a change gives a new configuration, or a refusal. {@code mandate-type} is always {@code aucun}
 * and {@code mandate-number} always empty, whatever happens.
 */
public final class GroupConfiguration {

    private final GroupNumber groupNumber;
    /** Canonical values of the settable fields that are set (never the group number or the fixed fields). */
    private final Map<FieldKey, String> values;

    private GroupConfiguration(GroupNumber groupNumber, Map<FieldKey, String> values) {
        this.groupNumber = Objects.requireNonNull(groupNumber, "groupNumber");
        this.values = Collections.unmodifiableMap(values);
    }

    /** A new, empty configuration for a group number as typed (8 or 11 digits, any separators). */
    public static Parsed<GroupConfiguration> create(String groupNumberInput) {
        return GroupNumber.parse(groupNumberInput).map(GroupConfiguration::empty);
    }

    public static GroupConfiguration empty(GroupNumber groupNumber) {
        return new GroupConfiguration(groupNumber, new EnumMap<>(FieldKey.class));
    }

    /**
     * A configuration as it was stored. The stored canonical values are trusted as they are: a rule or table
     * that changed since becomes a finding of {@link #check}, never a refusal to load. Blank values read as
     * "not set"; values for the group number and the fixed fields are ignored (the group number is the
     * identity, the fixed fields have one value).
     */
    public static GroupConfiguration reconstitute(GroupNumber groupNumber, Map<FieldKey, String> stored) {
        EnumMap<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        stored.forEach((field, value) -> {
            if (isSettable(field) && value != null && !value.isBlank()) {
                values.put(field, value);
            }
        });
        return new GroupConfiguration(groupNumber, values);
    }

    /**
     * A configuration as stored, from its values (the group number among them).
     *
     * @throws IllegalArgumentException when the group number is not eleven digits: such a document is damaged
     */
    public static GroupConfiguration reconstitute(ConfigurationValues stored) {
        return reconstitute(new GroupNumber(stored.groupNumber()), stored.asMap());
    }

    /** Every field's value, the group number and the fixed values included. */
    public ConfigurationValues values() {
        return ConfigurationValues.of(allValues());
    }

    public GroupNumber groupNumber() {
        return groupNumber;
    }

    /** The field's value: the group number, {@code aucun}, the empty mandate number, or a stored value. */
    public Optional<String> value(FieldKey field) {
        return switch (field) {
            case GROUP_NUMBER -> Optional.of(groupNumber.value());
            case MANDATE_TYPE -> Optional.of(Mandate.NO_MANDATE);
            case MANDATE_NUMBER -> Optional.of(Mandate.NO_NUMBER);
            default -> Optional.ofNullable(values.get(field));
        };
    }

    public boolean isSet(FieldKey field) {
        return value(field).isPresent();
    }

    /**
     * The nurse who represents the group, by first and last name as configured ("Marie Dupont"): the person who must
     * be logged in at CSAM to designate a principal access manager. Empty while either name is not set.
     */
    public Optional<String> representingNurse() {
        Optional<String> first = value(FieldKey.FIRST_NAME);
        Optional<String> last = value(FieldKey.LAST_NAME);
        return first.isPresent() && last.isPresent() ? Optional.of(first.get() + " " + last.get()) : Optional.empty();
    }

    /** Every field in screen order with its value ({@code null} when not set). */
    public Map<FieldKey, String> allValues() {
        Map<FieldKey, String> all = new LinkedHashMap<>();
        for (FieldKey field : FieldKey.values()) {
            all.put(field, value(field).orElse(null));
        }
        return all;
    }

    /**
     * Sets one or more fields as one change (docs/rules.md §4.1). Each value is normalised and checked alone and with
     * the rules that tie it to other fields, given or stored. An error in a given value, or in a rule that involves a
     * given value, refuses the whole change; missing fields and errors in fields not being changed never do.
     */
    public ChangeOutcome change(Map<FieldKey, String> inputs, ConfigurationRules rules) {
        if (inputs.isEmpty()) {
            return new ChangeOutcome.Refused(List.of(Finding.error(null, FindingCodes.CHANGE_EMPTY)));
        }
        if (inputs.containsKey(FieldKey.GROUP_NUMBER)) {
            return new ChangeOutcome.Refused(List.of(Finding.error(FieldKey.GROUP_NUMBER, FindingCodes.GROUP_NUMBER_NOT_SETTABLE)));
        }
        Set<FieldKey> given = EnumSet.copyOf(inputs.keySet());
        List<Finding> findings = new ArrayList<>();
        EnumMap<FieldKey, String> candidate = copy(values);
        for (FieldKey field : given) {
            Parsed<String> parsed = rules.parse(field, inputs.get(field));
            findings.addAll(parsed.findings());
            if (parsed.isAccepted() && isSettable(field)) {
                candidate.put(field, parsed.value());
            } else {
                // a refused value is not judged again against other fields through the stale stored one
                candidate.remove(field);
            }
        }
        if (given.contains(FieldKey.IBAN) && !given.contains(FieldKey.BIC) && candidate.containsKey(FieldKey.IBAN)) {
            ConfigurationRules.BicDerivation derived = rules.deriveBic(values.get(FieldKey.IBAN),
                    candidate.get(FieldKey.IBAN), values.get(FieldKey.BIC));
            putOrRemove(candidate, FieldKey.BIC, derived.bic());
            if (derived.note() != null) {
                findings.add(derived.note());
            }
        }
        if (!Collections.disjoint(given, ConfigurationRules.EHEALTH_BOX_FIELDS)) {
            // the identifier's validity depends on its type; the quality only decides a GROUP number's shortening
            boolean identifierOrTypeGiven = given.contains(FieldKey.EHEALTH_BOX) || given.contains(FieldKey.EHEALTH_BOX_TYPE);
            rules.checkEHealthBox(withIdentity(candidate)).ifPresent(checked -> {
                if (identifierOrTypeGiven) {
                    findings.addAll(checked.findings());
                }
                if (checked.isAccepted()) {
                    if (!identifierOrTypeGiven && !checked.value().equals(candidate.get(FieldKey.EHEALTH_BOX))) {
                        findings.addAll(checked.findings());
                    }
                    candidate.put(FieldKey.EHEALTH_BOX, checked.value());
                }
            });
        }
        for (RuleFinding ruleFinding : rules.crossCheck(withIdentity(candidate))) {
            if (ruleFinding.involvesAny(given)) {
                findings.add(ruleFinding.finding());
            }
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            return new ChangeOutcome.Refused(inScreenOrder(findings));
        }
        return new ChangeOutcome.Accepted(new GroupConfiguration(groupNumber, candidate), inScreenOrder(findings),
                differences(values, candidate));
    }

    /** Clears fields (any but the group number); the fixed fields keep their only value. */
    public ChangeOutcome clear(Set<FieldKey> fields) {
        if (fields.contains(FieldKey.GROUP_NUMBER)) {
            return new ChangeOutcome.Refused(List.of(Finding.error(FieldKey.GROUP_NUMBER, FindingCodes.GROUP_NUMBER_NOT_CLEARABLE)));
        }
        EnumMap<FieldKey, String> candidate = copy(values);
        fields.forEach(candidate::remove);
        return new ChangeOutcome.Accepted(new GroupConfiguration(groupNumber, candidate), List.of(),
                differences(values, candidate));
    }

    /**
     * The same configuration under another group number (a rename). Refused when the number is not one, or is
     * the representing nurse's own number. Whether the new number is free is the store's business.
     */
    public ChangeOutcome renameTo(String newGroupNumberInput, ConfigurationRules rules) {
        Parsed<GroupNumber> parsed = GroupNumber.parse(newGroupNumberInput);
        if (!parsed.isAccepted()) {
            return new ChangeOutcome.Refused(parsed.findings());
        }
        GroupConfiguration renamed = new GroupConfiguration(parsed.value(), copy(values));
        List<Finding> findings = new ArrayList<>(parsed.findings());
        for (RuleFinding ruleFinding : rules.crossCheck(withIdentity(renamed.values, parsed.value()))) {
            if (ruleFinding.involved().contains(FieldKey.GROUP_NUMBER)) {
                findings.add(ruleFinding.finding());
            }
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            return new ChangeOutcome.Refused(findings);
        }
        return new ChangeOutcome.Accepted(renamed, findings, List.of(
                new FieldChange(FieldKey.GROUP_NUMBER, groupNumber.value(), parsed.value().value())));
    }

    /** The refusal of a rename to the number the group already has. */
    public static Finding sameNumber(GroupNumber number) {
        return Finding.error(FieldKey.GROUP_NUMBER, FindingCodes.GROUP_NUMBER_SAME, number.value());
    }

    /**
     * Every finding about the configuration as it stands: each stored value against today's rules, the rules
     * across fields, and a {@code required} error per required field not set. Screen order.
     */
    public List<Finding> check(ConfigurationRules rules) {
        List<Finding> findings = new ArrayList<>();
        Set<FieldKey> validAlone = EnumSet.noneOf(FieldKey.class);
        for (FieldKey field : FieldKey.values()) {
            String value = field == FieldKey.GROUP_NUMBER ? groupNumber.value() : values.get(field);
            if (value != null) {
                Parsed<String> parsed = rules.parse(field, value);
                if (parsed.isAccepted() && value.equals(parsed.value())) {
                    validAlone.add(field);
                }
                for (Finding finding : parsed.findings()) {
                    if (finding.severity() != Severity.NOTE) {
                        findings.add(finding);
                    }
                }
            } else if (field.isRequired()) {
                findings.add(Finding.error(field, FindingCodes.REQUIRED));
            }
        }
        Map<FieldKey, String> all = withIdentity(values);
        rules.checkEHealthBox(all).ifPresent(checked -> checked.findings().stream()
                .filter(f -> f.severity() != Severity.NOTE).forEach(findings::add));
        rules.crossCheck(all, validAlone).forEach(ruleFinding -> findings.add(ruleFinding.finding()));
        return inScreenOrder(List.copyOf(new java.util.LinkedHashSet<>(findings)));
    }

    /** Every required field set and no error found. */
    public boolean isComplete(ConfigurationRules rules) {
        return check(rules).stream().noneMatch(Finding::isError);
    }

    private Map<FieldKey, String> withIdentity(Map<FieldKey, String> settable) {
        return withIdentity(settable, groupNumber);
    }

    private static Map<FieldKey, String> withIdentity(Map<FieldKey, String> settable, GroupNumber number) {
        EnumMap<FieldKey, String> all = new EnumMap<>(FieldKey.class);
        all.putAll(settable);
        all.put(FieldKey.GROUP_NUMBER, number.value());
        return all;
    }

    private static EnumMap<FieldKey, String> copy(Map<FieldKey, String> source) {
        EnumMap<FieldKey, String> copy = new EnumMap<>(FieldKey.class);
        copy.putAll(source);
        return copy;
    }

    private static boolean isSettable(FieldKey field) {
        return field != FieldKey.GROUP_NUMBER && !field.isFixed();
    }

    private static void putOrRemove(Map<FieldKey, String> map, FieldKey field, String value) {
        if (value == null) {
            map.remove(field);
        } else {
            map.put(field, value);
        }
    }

    private static List<FieldChange> differences(Map<FieldKey, String> before, Map<FieldKey, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        for (FieldKey field : FieldKey.values()) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }

    /** Findings sorted by the screen order of their field (stable: a field's own findings keep their order). */
    static List<Finding> inScreenOrder(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(java.util.Comparator.comparingInt(f -> f.field() == null ? Integer.MAX_VALUE : f.field().ordinal()));
        return sorted;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupConfiguration that
                && groupNumber.equals(that.groupNumber) && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(groupNumber, values);
    }

    @Override
    public String toString() {
        // values are personal data: never in a log line by accident
        return "GroupConfiguration[" + groupNumber.value() + ", " + values.size() + " fields set]";
    }
}
