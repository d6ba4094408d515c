package be.groupsetup.domain.configuration;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.reference.Bank;
import be.groupsetup.domain.reference.BankDirectory;
import be.groupsetup.domain.reference.PostalDirectory;
import be.groupsetup.domain.value.Bic;
import be.groupsetup.domain.value.EHealthBoxIdentifier;
import be.groupsetup.domain.value.EHealthBoxQuality;
import be.groupsetup.domain.value.EHealthBoxType;
import be.groupsetup.domain.value.EnterpriseNumber;
import be.groupsetup.domain.value.FreeText;
import be.groupsetup.domain.value.GroupNumber;
import be.groupsetup.domain.value.Iban;
import be.groupsetup.domain.value.InamiNumber;
import be.groupsetup.domain.value.Mandate;
import be.groupsetup.domain.value.MutualityNumber;
import be.groupsetup.domain.value.PhoneNumber;
import be.groupsetup.domain.value.PostalCode;
import be.groupsetup.domain.value.SubscriptionType;

import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The field rules of docs/rules.md §1.5, alone and across fields, with the reference tables they read and the time
 * source the one date-dependent rule reads ({@code ehealth-box.inss-future}). One instance serves every configuration;
 * tests and adapters may give other tables and a fixed clock. The domain never reads the system clock itself: a
 * {@link java.time.Clock} is an {@link InstantSource}, so the adapter that builds the rules passes its clock.
 */
public final class ConfigurationRules {

    /** The rules are Belgian: "the current year" is the year in Belgium. */
    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private static final Set<FieldKey> BANK_FIELDS = EnumSet.of(FieldKey.IBAN, FieldKey.BIC);
    private static final Set<FieldKey> GROUP_AND_NURSE = EnumSet.of(FieldKey.GROUP_NUMBER, FieldKey.INAMI);
    private static final Set<FieldKey> ADDRESS = EnumSet.of(FieldKey.CITY, FieldKey.POSTAL_CODE);
    static final Set<FieldKey> EHEALTH_BOX_FIELDS =
            EnumSet.of(FieldKey.EHEALTH_BOX, FieldKey.EHEALTH_BOX_TYPE, FieldKey.EHEALTH_BOX_QUALITY);

    private final BankDirectory banks;
    private final PostalDirectory postalCodes;
    private final InstantSource clock;
    /** What names the build of the rules' code and tables, beyond the release's version ({@link #fingerprint}). */
    private final Supplier<String> build;
    /** The accepted city names of each postal code, with their comparison keys, made once per code. */
    private final Map<String, AcceptedCities> cities = new java.util.concurrent.ConcurrentHashMap<>();

    private record AcceptedCities(List<String> names, Set<String> keys) {
    }

    /** @param clock where the current year comes from (a {@link java.time.Clock}, fixed in tests) */
    public ConfigurationRules(BankDirectory banks, PostalDirectory postalCodes, InstantSource clock) {
        this(banks, postalCodes, clock, () -> "");
    }

    private ConfigurationRules(BankDirectory banks, PostalDirectory postalCodes, InstantSource clock,
                               Supplier<String> build) {
        this.banks = Objects.requireNonNull(banks, "banks");
        this.postalCodes = Objects.requireNonNull(postalCodes, "postalCodes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.build = Objects.requireNonNull(build, "build");
    }

    /** The rules with the Belgian tables embedded in this release (read on first use), reading the given clock. */
    public static ConfigurationRules standard(InstantSource clock) {
        return new ConfigurationRules(BankDirectory.belgian(), PostalDirectory.belgian(), clock);
    }

    /**
     * The standard rules, whose {@link #fingerprint} also names the build of their code and tables as the caller
     * reads it (the application's assembly: a checksum of the domain's classes and tables as packaged), asked for only
     * when a fingerprint is: the domain itself reads no files.
     */
    public static ConfigurationRules standard(InstantSource clock, Supplier<String> build) {
        return new ConfigurationRules(BankDirectory.belgian(), PostalDirectory.belgian(), clock, build);
    }

    /**
     * Names these rules as they stand now, without anyone keeping a version by hand: a hash of the release (the
     * version the build writes into {@value #BUILD_RESOURCE}), of the build of the rules' code and embedded tables
     * when the caller gave it ({@link #standard(InstantSource, Supplier)}), of the tables in
     * use, and of the current year, since a finding depends on the year ({@code ehealth-box.inss-future}). A store
     * that keeps summaries made by the rules makes them again when this changes, so that nothing a former rule,
     * table or year decided stays frozen in them.
     */
    public String fingerprint() {
        String named = BuildStamp.VALUE + "\n" + build.get() + "\n" + banks.getClass().getName() + "\n"
                + postalCodes.getClass().getName() + "\n" + currentYear();
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(named.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static final String BUILD_RESOURCE = "/be/groupsetup/domain/rules-build.properties";

    /** The build stamp, read once: a class of its own so that it is read only when a fingerprint is asked for. */
    private static final class BuildStamp {
        static final String VALUE = read();

        private static String read() {
            java.util.Properties properties = new java.util.Properties();
            try (java.io.InputStream in = ConfigurationRules.class.getResourceAsStream(BUILD_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(BUILD_RESOURCE + " is missing from the build");
                }
                properties.load(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + BUILD_RESOURCE, e);
            }
            return properties.getProperty("build", "");
        }
    }

    private int currentYear() {
        return clock.instant().atZone(BELGIUM).getYear();
    }

    /**
     * One field's input, normalised and checked alone (docs/rules.md §1.3 to §1.5). A character that can act is refused
     * in every field ({@code text.control-character}): the text fields report it with their other problems; every other
     * field is refused on it before its own rule reads the value, since its normalisation would otherwise drop a line
     * break or a line separator silently (and its rule would show the rest of the value in its message).
     */
    public Parsed<String> parse(FieldKey field, String input) {
        if (!isFreeText(field)) {
            Optional<Finding> unsafe = FreeText.unsafeCharacter(field, be.groupsetup.domain.field.Normalizer.text(input));
            if (unsafe.isPresent()) {
                return Parsed.refused(unsafe.get());
            }
        }
        return switch (field) {
            case COMPANY_NAME, CITY, STREET, FIRST_NAME, LAST_NAME -> FreeText.parseValue(field, input);
            case POSTAL_CODE -> PostalCode.parse(input, postalCodes).map(PostalCode::value);
            case IBAN -> Iban.parse(input).map(Iban::value);
            case BIC -> Bic.parse(input).map(Bic::value);
            case PHONE -> PhoneNumber.parse(input).map(PhoneNumber::value);
            case SUBSCRIPTION_TYPE -> SubscriptionType.parseValue(input);
            case INAMI -> InamiNumber.parseNurse(input).map(InamiNumber::value);
            case GROUP_NUMBER -> GroupNumber.parse(input).map(GroupNumber::value);
            case ENTERPRISE_NUMBER -> EnterpriseNumber.parse(input).map(EnterpriseNumber::value);
            case SINGLE_POINT_OF_CONTACT -> MutualityNumber.parse(input).map(MutualityNumber::value);
            case REFERENCE_CARE_PROVIDER -> InamiNumber.parseCareProvider(input).map(InamiNumber::value);
            case MANDATE_TYPE -> Mandate.parseType(input);
            case MANDATE_NUMBER -> Mandate.parseNumber(input);
            case EHEALTH_BOX -> EHealthBoxIdentifier.parse(input);
            case EHEALTH_BOX_TYPE -> EHealthBoxType.parse(input);
            case EHEALTH_BOX_QUALITY -> EHealthBoxQuality.parse(input);
        };
    }

    /** The fields whose own rule checks the characters, with the blank and the length ({@link FreeText}). */
    private static boolean isFreeText(FieldKey field) {
        return switch (field) {
            case COMPANY_NAME, CITY, STREET, FIRST_NAME, LAST_NAME, SUBSCRIPTION_TYPE -> true;
            default -> false;
        };
    }

    /** The bank a Belgian IBAN belongs to, when the table knows its code. */
    public Optional<Bank> bankOf(Iban iban) {
        return iban.isBelgian() ? banks.bankFor(iban.belgianBankCode()) : Optional.empty();
    }

    private AcceptedCities acceptedCities(String postalCode) {
        return cities.computeIfAbsent(postalCode, code -> {
            if (!postalCodes.isKnown(code)) {
                return new AcceptedCities(List.of(), Set.of());
            }
            List<String> names = CityNames.accepted(code, postalCodes.names(code));
            return new AcceptedCities(names, Set.copyOf(names.stream().map(CityNames::key).toList()));
        });
    }

    /**
     * The rules that tie fields together, over values that are each canonical (and may be wrong alone: then the
     * rules that need them are skipped, the field's own finding says enough). The eHealthBox identifier's check
     * against its type is {@link #checkEHealthBox}.
     */
    List<RuleFinding> crossCheck(Map<FieldKey, String> values) {
        return crossCheck(values, Set.of());
    }

    /** @param validAlone fields whose values were just found valid alone (no need to parse them again) */
    List<RuleFinding> crossCheck(Map<FieldKey, String> values, Set<FieldKey> validAlone) {
        List<RuleFinding> findings = new ArrayList<>();
        checkBank(values, validAlone, findings);
        checkGroupAgainstNurse(values, findings);
        checkCity(values, findings);
        checkEHealthBoxCompleteness(values, findings);
        return findings;
    }

    private void checkBank(Map<FieldKey, String> values, Set<FieldKey> validAlone, List<RuleFinding> findings) {
        Optional<Iban> iban = validAlone.contains(FieldKey.IBAN) ? Optional.of(new Iban(values.get(FieldKey.IBAN)))
                : valid(values.get(FieldKey.IBAN), Iban::parse);
        Optional<Bic> bic = validAlone.contains(FieldKey.BIC) ? Optional.of(new Bic(values.get(FieldKey.BIC)))
                : valid(values.get(FieldKey.BIC), Bic::parse);
        if (iban.isEmpty() || bic.isEmpty()) {
            return;
        }
        if (!bic.get().countryCode().equals(iban.get().countryCode())) {
            findings.add(new RuleFinding(Finding.error(FieldKey.BIC, FindingCodes.BIC_COUNTRY_MISMATCH,
                    bic.get().countryCode(), iban.get().countryCode()), BANK_FIELDS));
            return;
        }
        bankOf(iban.get()).ifPresent(bank -> bank.bicIfKnown()
                .filter(expected -> !firstEight(expected).equals(bic.get().firstEight()))
                .ifPresent(expected -> findings.add(new RuleFinding(
                        bankMismatch(iban.get().belgianBankCode(), bank, expected, bic.get()), BANK_FIELDS))));
    }

    /** Names the bank the typed BIC belongs to too, when the table knows that BIC (legacy BICs still circulate). */
    private Finding bankMismatch(String bankCode, Bank bank, String expected, Bic typed) {
        Optional<Bank> typedBank = banks.bankWithBic(typed.value());
        if (typedBank.isPresent()) {
            return Finding.of(FieldKey.BIC, Severity.WARNING, FindingCodes.BIC_BANK_MISMATCH, FindingCodes.BIC_BANK_MISMATCH_KNOWN_BIC,
                    bankCode, bank.name(), expected, typedBank.get().name());
        }
        return Finding.warning(FieldKey.BIC, FindingCodes.BIC_BANK_MISMATCH, bankCode, bank.name(), expected);
    }

    private static void checkGroupAgainstNurse(Map<FieldKey, String> values, List<RuleFinding> findings) {
        String group = values.get(FieldKey.GROUP_NUMBER);
        String nurse = values.get(FieldKey.INAMI);
        if (group != null && nurse != null && group.length() >= 8 && nurse.length() >= 8
                && group.substring(0, 8).equals(nurse.substring(0, 8))) {
            findings.add(new RuleFinding(Finding.error(FieldKey.GROUP_NUMBER, FindingCodes.GROUP_NUMBER_NURSE_NUMBER,
                    group.substring(0, 8)), GROUP_AND_NURSE));
        }
    }

    private void checkCity(Map<FieldKey, String> values, List<RuleFinding> findings) {
        String city = values.get(FieldKey.CITY);
        String postalCode = values.get(FieldKey.POSTAL_CODE);
        if (city == null || postalCode == null || !postalCodes.isKnown(postalCode)) {
            return;
        }
        AcceptedCities accepted = acceptedCities(postalCode);
        if (!accepted.keys().contains(CityNames.key(city))) {
            findings.add(new RuleFinding(Finding.warning(FieldKey.CITY, FindingCodes.CITY_POSTAL_CODE_MISMATCH, city, postalCode,
                    String.join(", ", accepted.names().subList(0, Math.min(5, accepted.names().size())))), ADDRESS));
        }
    }

    private static void checkEHealthBoxCompleteness(Map<FieldKey, String> values, List<RuleFinding> findings) {
        long filled = EHEALTH_BOX_FIELDS.stream().filter(values::containsKey).count();
        if (filled > 0 && filled < EHEALTH_BOX_FIELDS.size()) {
            List<String> missing = EHEALTH_BOX_FIELDS.stream().filter(f -> !values.containsKey(f)).map(FieldKey::key).toList();
            findings.add(new RuleFinding(Finding.warning(FieldKey.EHEALTH_BOX, FindingCodes.EHEALTH_BOX_PARTIAL,
                    String.join(", ", missing)), EHEALTH_BOX_FIELDS));
        }
    }

    /** The eHealthBox identifier checked as its type says; empty when no identifier is set. */
    Optional<Parsed<String>> checkEHealthBox(Map<FieldKey, String> values) {
        String identifier = values.get(FieldKey.EHEALTH_BOX);
        if (identifier == null) {
            return Optional.empty();
        }
        return Optional.of(EHealthBoxIdentifier.check(identifier,
                values.get(FieldKey.EHEALTH_BOX_TYPE), values.get(FieldKey.EHEALTH_BOX_QUALITY), currentYear()));
    }

    /**
     * The BIC to store when a new IBAN comes without a BIC (docs/rules.md §1.5, BIC derivation): the bank's BIC from
     * the table when no BIC is stored or the bank changed; the stored BIC cleared when the table does not know the new
     * bank; the stored BIC kept for the same bank, or when no earlier IBAN says which bank it was for.
     */
    BicDerivation deriveBic(String oldIban, String newIban, String storedBic) {
        Iban current = new Iban(newIban);
        Optional<Bank> bank = bankOf(current);
        Optional<String> tableBic = bank.flatMap(Bank::bicIfKnown);
        if (storedBic != null && sameBank(oldIban, current, storedBic, tableBic)) {
            return new BicDerivation(storedBic, null);
        }
        if (tableBic.isPresent()) {
            String bic = tableBic.get();
            Finding note = bic.equals(storedBic) ? null
                    : Finding.note(FieldKey.BIC, FindingCodes.BIC_DERIVED, bic, bank.get().name(), current.belgianBankCode());
            return new BicDerivation(bic, note);
        }
        if (storedBic != null) {
            return new BicDerivation(null, Finding.note(FieldKey.BIC, FindingCodes.BIC_CLEARED, storedBic));
        }
        return new BicDerivation(null, null);
    }

    /**
     * Whether the stored BIC belongs to the new IBAN's bank: the earlier IBAN was of the same bank; or, with no
     * readable earlier IBAN, the stored BIC itself names that bank (same country, and the table's BIC when the
     * table knows one).
     */
    private static boolean sameBank(String oldIban, Iban current, String storedBic, Optional<String> tableBic) {
        Optional<Iban> previous = valid(oldIban, Iban::parse);
        if (previous.isPresent()) {
            return previous.get().bankIdentifier().equals(current.bankIdentifier());
        }
        return storedBic.length() >= 6 && storedBic.substring(4, 6).equals(current.countryCode())
                && tableBic.map(expected -> firstEight(expected).equals(firstEight(storedBic))).orElse(true);
    }

    record BicDerivation(String bic, Finding note) {
    }

    private static String firstEight(String bic) {
        return bic.length() > 8 ? bic.substring(0, 8) : bic;
    }

    private static <T> Optional<T> valid(String value, java.util.function.Function<String, Parsed<T>> parser) {
        return value == null ? Optional.empty() : parser.apply(value).toOptional();
    }
}
