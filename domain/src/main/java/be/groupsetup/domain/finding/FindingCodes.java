package be.groupsetup.domain.finding;

/**
 * Every finding code and message key the domain makes, in one place (docs/findings.md catalogues them; the
 * bundles {@code messages*.properties} hold their texts as {@code finding.<key>}). A code is stable: scripts rely
 * on it. A message-key variant ({@code inami.length.qualification-missing}) is a finer text for a code and is
 * never a code itself. {@code MessageBundlesTest} enumerates these constants and fails on any without its text in
 * the three languages or its line in the catalogue, and on any code made without a constant here.
 */
public final class FindingCodes {

    public static final String REQUIRED = "required";
    public static final String BLANK = "blank";
    public static final String CHANGE_EMPTY = "change.empty";
    public static final String TEXT_TOO_LONG = "text.too-long";
    public static final String TEXT_CONTROL_CHARACTER = "text.control-character";
    public static final String SUBSCRIPTION_TYPE_MANDATE_WORD = "subscription-type.mandate-word";
    public static final String POSTAL_CODE_FORMAT = "postal-code.format";
    public static final String POSTAL_CODE_UNKNOWN = "postal-code.unknown";
    public static final String CITY_POSTAL_CODE_MISMATCH = "city.postal-code-mismatch";
    public static final String IBAN_CHECKSUM = "iban.checksum";
    public static final String IBAN_COUNTRY = "iban.country";
    public static final String IBAN_FORMAT = "iban.format";
    public static final String IBAN_LENGTH = "iban.length";
    public static final String IBAN_NATIONAL_CHECK = "iban.national-check";
    public static final String IBAN_NOT_BELGIAN = "iban.not-belgian";
    public static final String BIC_FORMAT = "bic.format";
    public static final String BIC_COUNTRY = "bic.country";
    public static final String BIC_COUNTRY_MISMATCH = "bic.country-mismatch";
    public static final String BIC_BANK_MISMATCH = "bic.bank-mismatch";
    public static final String BIC_BANK_MISMATCH_KNOWN_BIC = "bic.bank-mismatch.known-bic";
    public static final String BIC_DERIVED = "bic.derived";
    public static final String BIC_CLEARED = "bic.cleared";
    public static final String PHONE_INVALID = "phone.invalid";
    public static final String PHONE_NOT_BELGIAN = "phone.not-belgian";
    public static final String PHONE_NOT_BELGIAN_NON_GEOGRAPHIC = "phone.not-belgian.non-geographic";
    public static final String INAMI_FORMAT = "inami.format";
    public static final String INAMI_LENGTH = "inami.length";
    public static final String INAMI_LENGTH_QUALIFICATION_MISSING = "inami.length.qualification-missing";
    public static final String INAMI_PROFESSION = "inami.profession";
    public static final String INAMI_CHECKSUM = "inami.checksum";
    public static final String GROUP_NUMBER_FORMAT = "group-number.format";
    public static final String GROUP_NUMBER_LENGTH = "group-number.length";
    public static final String GROUP_NUMBER_COMPLETED = "group-number.completed";
    public static final String GROUP_NUMBER_PREFIX = "group-number.prefix";
    public static final String GROUP_NUMBER_PERSONAL_INAMI = "group-number.personal-inami";
    public static final String GROUP_NUMBER_NURSE_NUMBER = "group-number.nurse-number";
    public static final String GROUP_NUMBER_NOT_SETTABLE = "group-number.not-settable";
    public static final String GROUP_NUMBER_NOT_CLEARABLE = "group-number.not-clearable";
    public static final String ENTERPRISE_NUMBER_FORMAT = "enterprise-number.format";
    public static final String ENTERPRISE_NUMBER_LENGTH = "enterprise-number.length";
    public static final String ENTERPRISE_NUMBER_COMPLETED = "enterprise-number.completed";
    public static final String ENTERPRISE_NUMBER_FIRST_DIGIT = "enterprise-number.first-digit";
    public static final String ENTERPRISE_NUMBER_CHECKSUM = "enterprise-number.checksum";
    public static final String ENTERPRISE_NUMBER_PSEUDO_NUMBER = "enterprise-number.pseudo-number";
    public static final String SINGLE_POINT_OF_CONTACT_FORMAT = "single-point-of-contact.format";
    public static final String SINGLE_POINT_OF_CONTACT_NATIONAL_UNION = "single-point-of-contact.national-union";
    public static final String SINGLE_POINT_OF_CONTACT_NOT_CHRISTIAN = "single-point-of-contact.not-christian";
    public static final String MANDATE_TYPE_NOT_ALLOWED = "mandate-type.not-allowed";
    public static final String MANDATE_NUMBER_NOT_ALLOWED = "mandate-number.not-allowed";
    public static final String EHEALTH_BOX_FORMAT = "ehealth-box.format";
    public static final String EHEALTH_BOX_NIHII = "ehealth-box.nihii";
    public static final String EHEALTH_BOX_SHORTENED = "ehealth-box.shortened";
    public static final String EHEALTH_BOX_PARTIAL = "ehealth-box.partial";
    public static final String EHEALTH_BOX_TYPE_UNKNOWN = "ehealth-box-type.unknown";
    public static final String EHEALTH_BOX_TYPE_FORMAT = "ehealth-box-type.format";
    public static final String EHEALTH_BOX_QUALITY_UNKNOWN = "ehealth-box-quality.unknown";
    public static final String EHEALTH_BOX_QUALITY_FORMAT = "ehealth-box-quality.format";
    public static final String INSS_FORMAT = "inss.format";
    public static final String INSS_LENGTH = "inss.length";
    public static final String INSS_CHECKSUM = "inss.checksum";
    public static final String EHEALTH_BOX_INSS_FUTURE = "ehealth-box.inss-future";
    public static final String CSAM_STEP_NEEDS = "csam.step.needs";
    public static final String CSAM_STEP_UNKNOWN = "csam.step.unknown";
    public static final String CSAM_MANDATE = "csam.mandate";
    public static final String CSAM_PERSON_REQUIRED = "csam.person.required";
    public static final String CSAM_PERSON_UNSAFE_CHARACTER = "csam.person.unsafe-character";
    public static final String CSAM_PERSON_TOO_LONG = "csam.person.too-long";
    public static final String CSAM_AUTHORITY_ROLE_REQUIRED = "csam.authority.role-required";
    public static final String CSAM_AUTHORITY_ROLE = "csam.authority.role";
    public static final String CSAM_PRINCIPAL_ACCESS_MANAGER_PERSON_REQUIRED = "csam.principal-access-manager.person-required";
    public static final String CSAM_PRINCIPAL_ACCESS_MANAGER_REPRESENTATIVE_UNKNOWN = "csam.principal-access-manager.representative-unknown";
    public static final String CSAM_PRINCIPAL_ACCESS_MANAGER_NOT_REPRESENTATIVE = "csam.principal-access-manager.not-representative";
    public static final String CSAM_PRINCIPAL_ACCESS_MANAGER_IDENTITY_CONFIRMED = "csam.principal-access-manager.identity-confirmed";
    public static final String CSAM_PRINCIPAL_ACCESS_MANAGER_IDENTITY_CONFIRMED_NAMES_UNKNOWN = "csam.principal-access-manager.identity-confirmed.names-unknown";
    public static final String CSAM_LOCAL_ACCESS_MANAGERS_PERSON_OR_SKIPPED = "csam.local-access-managers.person-or-skipped";
    public static final String CSAM_LOCAL_ACCESS_MANAGERS_HAS_PERSONS = "csam.local-access-managers.has-persons";
    public static final String CSAM_ACCESS_RIGHTS_SERVICES_REQUIRED = "csam.access-rights.services-required";
    public static final String CSAM_ACCESS_RIGHTS_SERVICE = "csam.access-rights.service";
    public static final String CSAM_UNDO_NOTHING = "csam.undo.nothing";
    public static final String CSAM_UNDO_PERSON_UNKNOWN = "csam.undo.person-unknown";
    public static final String CSAM_UNDO_PERSON_REQUIRED = "csam.undo.person-required";
    public static final String CSAM_UNDO_NEEDED_BY = "csam.undo.needed-by";
    public static final String CSAM_RECORD_NEEDED_BY = "csam.record.needed-by";
    public static final String CSAM_OPTION_NOT_APPLICABLE = "csam.option.not-applicable";
    public static final String CSAM_PRINCIPAL_ACCESS_MANAGER_RECHECK = "csam.principal-access-manager.recheck";
    public static final String CSAM_PRINCIPAL_ACCESS_MANAGER_RECHECK_LOGIN_UNDONE = "csam.principal-access-manager.recheck.login-undone";
    public static final String CSAM_PRINCIPAL_ACCESS_MANAGER_RECHECK_NOT_REPRESENTATIVE = "csam.principal-access-manager.recheck.not-representative";
    public static final String CSAM_PRINCIPAL_ACCESS_MANAGER_RECHECK_REPRESENTATIVE_UNKNOWN = "csam.principal-access-manager.recheck.representative-unknown";
    public static final String ACKNOWLEDGE_REASON_REQUIRED = "acknowledge.reason-required";
    public static final String ACKNOWLEDGE_REASON_TOO_LONG = "acknowledge.reason-too-long";
    public static final String ACKNOWLEDGE_REASON_UNSAFE_CHARACTER = "acknowledge.reason-unsafe-character";
    public static final String ACKNOWLEDGE_NOT_OPEN = "acknowledge.not-open";
    public static final String ACKNOWLEDGE_NOT_OPEN_ON_FIELD = "acknowledge.not-open-on-field";
    public static final String ACKNOWLEDGE_FIELD_REQUIRED = "acknowledge.field-required";
    public static final String ACKNOWLEDGE_NONE = "acknowledge.none";
    public static final String GROUP_NUMBER_SAME = "group-number.same";
    public static final String TECHNICIAN_REQUIRED = "technician.required";
    public static final String TECHNICIAN_UNSAFE_CHARACTER = "technician.unsafe-character";
    public static final String TECHNICIAN_TOO_LONG = "technician.too-long";

    private FindingCodes() {
    }
}
