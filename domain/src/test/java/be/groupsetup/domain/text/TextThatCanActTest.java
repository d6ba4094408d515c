package be.groupsetup.domain.text;

import be.groupsetup.domain.configuration.ChangeOutcome;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamOutcome;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRequest;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Parsed;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.setup.AcknowledgementOutcome;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.setup.TechnicianName;
import be.groupsetup.domain.value.GroupNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static be.groupsetup.domain.configuration.ConfigurationFixtures.RULES;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.complete;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.completeInputs;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.completeStoredValues;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.completeWith;
import static be.groupsetup.domain.configuration.ConfigurationFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * docs/rules.md §1.4 and issue 11: text that can act (escape sequences, forged lines, bidi overrides, zero-width
 * characters) is refused at every entry the domain has — every field, {@code --person} of the CSAM records, the reason
 * of an acknowledgement, the technician — naming the character and its position; values stored earlier that hold one
 * give a {@code check} error on their field and never block a change to another field.
 */
class TextThatCanActTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:30:00Z");
    private static final String TECHNICIAN = "tech.dupont";
    private static final String ESCAPE = "\u001B[31mRED\u001B[0m";

    /** The hostile texts of the issue, each with the character and position reported. */
    static Stream<org.junit.jupiter.params.provider.Arguments> hostile() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("Evil" + ESCAPE, "U+001B", 5),
                org.junit.jupiter.params.provider.Arguments.of("Anne\nGroup 94123456001 is ready", "U+000A", 5),
                org.junit.jupiter.params.provider.Arguments.of("Anne\rDupont", "U+000D", 5),
                org.junit.jupiter.params.provider.Arguments.of("Anne\u202Etnopud", "U+202E", 5),
                org.junit.jupiter.params.provider.Arguments.of("An\u200Bne", "U+200B", 3),
                org.junit.jupiter.params.provider.Arguments.of("Anne\u2028Dupont", "U+2028", 5),
                org.junit.jupiter.params.provider.Arguments.of("Anne\uE000", "U+E000", 5));
    }

    // ------------------------------------------------------------------------------------------ every field

    @ParameterizedTest
    @EnumSource(FieldKey.class)
    void givenAnEscapeSequenceInAnyField_whenParsed_thenRefusedAsTextControlCharacterOnThatField(FieldKey field) {
        String valid = validInput(field);
        String typed = valid.substring(0, 1) + "\u001B[31m" + valid.substring(1);

        Parsed<String> parsed = RULES.parse(field, typed);

        assertThat(parsed.isAccepted()).isFalse();
        assertThat(parsed.findings()).extracting(Finding::field, Finding::severity, Finding::code, Finding::arguments)
                .contains(tuple(field, Severity.ERROR, "text.control-character", List.of("U+001B", "2")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BE35 3101\n2345 6737", "BE35 3101\u2028 2345 6737", "BE35\u200B310123456737",
            "BE35\u202E310123456737", "BE35\u00AD310123456737"})
    void givenALineBreakOrInvisibleCharacterInsideAnIdentifier_whenParsed_thenRefusedRatherThanDroppedByTheNormalisation(
            String typed) {
        assertThat(RULES.parse(FieldKey.IBAN, typed).findings()).extracting(Finding::code)
                .containsExactly("text.control-character");
    }

    @Test
    void givenTabsInAnIdentifierOrAText_whenParsed_thenReadAsBlanks() {
        assertThat(RULES.parse(FieldKey.IBAN, "BE35\t3101\t2345\t6737").value()).isEqualTo("BE35310123456737");
        assertThat(RULES.parse(FieldKey.STREET, "Rue\tHaute\t12").value()).isEqualTo("Rue Haute 12");
        assertThat(RULES.parse(FieldKey.PHONE, "0470\t12 34 56").value()).isEqualTo("+32470123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9412\n3456", "94123456\u001B", "\u202E94123456", "9412\u200B3456"})
    void givenAGroupNumberWithACharacterThatCanAct_whenCreatingOrRenaming_thenRefused(String typed) {
        assertThat(GroupNumber.parse(typed).findings()).extracting(Finding::field, Finding::code)
                .containsExactly(tuple(FieldKey.GROUP_NUMBER, "text.control-character"));
        assertThat(GroupConfiguration.create(typed).isAccepted()).isFalse();
        assertThat(complete().renameTo(typed, RULES)).isInstanceOf(ChangeOutcome.Refused.class);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void givenHostileTextForAName_whenSetAsPartOfAChange_thenTheWholeChangeIsRefusedNamingCharacterAndPosition(
            String typed, String character, int position) {
        ChangeOutcome outcome = complete().change(Map.of(FieldKey.LAST_NAME, typed, FieldKey.CITY, "Ixelles"), RULES);

        assertThat(outcome).isInstanceOf(ChangeOutcome.Refused.class);
        assertThat(outcome.findings()).extracting(Finding::field, Finding::code, Finding::arguments)
                .contains(tuple(FieldKey.LAST_NAME, "text.control-character", List.of(character, String.valueOf(position))));
    }

    @Test
    void givenAFiveMegabyteName_whenSet_thenRefusedAsTooLong() {
        String huge = "A".repeat(5 * 1024 * 1024);

        assertThat(complete().change(Map.of(FieldKey.COMPANY_NAME, huge), RULES).findings())
                .extracting(Finding::code, Finding::arguments)
                .containsExactly(tuple("text.too-long", List.of("100", String.valueOf(huge.length()))));
    }

    // ------------------------------------------------------------------------------------------ stored earlier

    @Test
    void givenValuesStoredEarlierThatHoldCharactersThatCanAct_whenLoadedAndChecked_thenAnErrorOnEachSuchFieldOnly() {
        GroupConfiguration earlier = stored(completeWith(Map.of(FieldKey.LAST_NAME, "D'Hondt" + ESCAPE,
                FieldKey.STREET, "Rue\nHaute", FieldKey.SUBSCRIPTION_TYPE, "ABO\u200B17", FieldKey.IBAN,
                "BE35310123456737\u202E")));

        assertThat(earlier.value(FieldKey.LAST_NAME)).contains("D'Hondt" + ESCAPE);
        assertThat(earlier.check(RULES)).filteredOn(Finding::isError)
                .extracting(Finding::field, Finding::code, Finding::arguments).containsExactly(
                        tuple(FieldKey.STREET, "text.control-character", List.of("U+000A", "4")),
                        tuple(FieldKey.IBAN, "text.control-character", List.of("U+202E", "17")),
                        tuple(FieldKey.LAST_NAME, "text.control-character", List.of("U+001B", "8")),
                        tuple(FieldKey.SUBSCRIPTION_TYPE, "text.control-character", List.of("U+200B", "4")));
    }

    @Test
    void givenAValueStoredEarlierThatHoldsAnEscape_whenAnotherFieldIsChanged_thenTheChangeIsAcceptedAndTheValueKept() {
        GroupConfiguration earlier = stored(completeWith(Map.of(FieldKey.LAST_NAME, "D'Hondt" + ESCAPE)));

        ChangeOutcome outcome = earlier.change(Map.of(FieldKey.CITY, "Ixelles", FieldKey.POSTAL_CODE, "1050"), RULES);

        assertThat(outcome).isInstanceOf(ChangeOutcome.Accepted.class);
        ChangeOutcome.Accepted accepted = (ChangeOutcome.Accepted) outcome;
        assertThat(accepted.configuration().value(FieldKey.LAST_NAME)).contains("D'Hondt" + ESCAPE);
        assertThat(accepted.changes()).extracting(FieldChange::field)
                .containsExactlyInAnyOrder(FieldKey.CITY, FieldKey.POSTAL_CODE);
        assertThat(earlier.clear(EnumSet.of(FieldKey.PHONE))).isInstanceOf(ChangeOutcome.Accepted.class);
        assertThat(earlier.renameTo("94654321", RULES)).isInstanceOf(ChangeOutcome.Accepted.class);
    }

    @Test
    void givenAValueStoredEarlierThatHoldsAnEscape_whenTypedAgainWithoutIt_thenCorrectedAndCheckIsClean() {
        GroupConfiguration earlier = stored(completeWith(Map.of(FieldKey.LAST_NAME, "D'Hondt" + ESCAPE)));

        ChangeOutcome outcome = earlier.change(Map.of(FieldKey.LAST_NAME, "D'Hondt"), RULES);

        assertThat(((ChangeOutcome.Accepted) outcome).configuration().check(RULES)).isEmpty();
        assertThat(complete().check(RULES)).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ --person

    @ParameterizedTest
    @MethodSource("hostile")
    void givenHostilePersonName_whenRecordingAnyStepWithAPerson_thenRefusedNamingCharacterAndPosition(String typed,
            String character, int position) {
        CsamOutcome outcome = CsamProcedure.notStarted().record(StepRequest.of("authority").withPerson(typed)
                .withRole("group-responsible"), complete(), TECHNICIAN, AT);

        assertThat(outcome).isInstanceOf(CsamOutcome.Refused.class);
        assertThat(outcome.findings()).extracting(Finding::code, Finding::arguments)
                .containsExactly(tuple("csam.person.unsafe-character", List.of(character, String.valueOf(position))));
    }

    @Test
    void givenHostilePersonOnEachStepThatTakesOne_whenRecorded_thenRefusedAndNothingRecorded() {
        CsamProcedure procedure = through("principal-access-manager");
        for (StepRequest request : List.of(StepRequest.of("csam-login").withPerson("Anne" + ESCAPE),
                StepRequest.of("principal-access-manager").asExisting().withPerson("X\u202E"),
                StepRequest.of("local-access-managers").withPerson("Luc\nMartin"),
                StepRequest.of("access-rights").withPerson("Luc\u200BMartin").withServices(List.of("billing")))) {
            CsamOutcome outcome = procedure.record(request, complete(), TECHNICIAN, AT);

            assertThat(outcome).as(request.stepId()).isInstanceOf(CsamOutcome.Refused.class);
            assertThat(outcome.findings()).as(request.stepId()).extracting(Finding::code)
                    .contains("csam.person.unsafe-character");
        }
    }

    @Test
    void givenAFiveMegabytePersonName_whenRecorded_thenRefusedAsTooLong_andAHundredCharactersAreAccepted() {
        String huge = "A".repeat(5 * 1024 * 1024);

        CsamOutcome outcome = CsamProcedure.notStarted().record(StepRequest.of("authority").withPerson(huge)
                .withRole("local-user"), complete(), TECHNICIAN, AT);

        assertThat(outcome.findings()).extracting(Finding::code, Finding::arguments)
                .containsExactly(tuple("csam.person.too-long", List.of("100", String.valueOf(huge.length()))));
        assertThat(CsamProcedure.notStarted().record(StepRequest.of("authority").withPerson("é".repeat(100))
                .withRole("local-user"), complete(), TECHNICIAN, AT)).isInstanceOf(CsamOutcome.Accepted.class);
        assertThat(CsamProcedure.notStarted().record(StepRequest.of("authority").withPerson("é".repeat(101))
                .withRole("local-user"), complete(), TECHNICIAN, AT).findings()).extracting(Finding::code)
                .containsExactly("csam.person.too-long");
    }

    @Test
    void givenAPersonNameWithTabs_whenRecorded_thenTheTabsAreBlanks() {
        CsamOutcome.Accepted outcome = (CsamOutcome.Accepted) CsamProcedure.notStarted().record(
                StepRequest.of("authority").withPerson("\tAnne\t\tDupont\t").withRole("local-user"), complete(),
                TECHNICIAN, AT);

        assertThat(outcome.added()).singleElement().satisfies(r -> assertThat(r.person()).isEqualTo("Anne Dupont"));
    }

    @Test
    void givenAHostileOrTooLongPerson_whenUndoing_thenRefusedBeforeTheNameIsLookedUp() {
        CsamProcedure procedure = after(through("principal-access-manager"),
                StepRequest.of("local-access-managers").withPerson("Luc Martin"));

        assertThat(procedure.undo("local-access-managers", "Luc" + ESCAPE, false).findings())
                .extracting(Finding::code, Finding::arguments)
                .containsExactly(tuple("csam.person.unsafe-character", List.of("U+001B", "4")));
        assertThat(procedure.undo("local-access-managers", "L".repeat(101), false).findings())
                .extracting(Finding::code).containsExactly("csam.person.too-long");
        assertThat(procedure.undo("local-access-managers", "Luc\tMartin", false))
                .isInstanceOf(CsamOutcome.Accepted.class);
    }

    // ------------------------------------------------------------------------------------------ --reason

    @ParameterizedTest
    @MethodSource("hostile")
    void givenHostileReason_whenAcknowledging_thenRefusedNamingCharacterAndPosition(String typed, String character,
                                                                                  int position) {
        GroupSetup setup = GroupSetup.start(stored(completeWith(Map.of(FieldKey.SINGLE_POINT_OF_CONTACT, "300"))));

        AcknowledgementOutcome outcome = setup.acknowledge("single-point-of-contact.not-christian", null, typed, RULES,
                TECHNICIAN, AT);

        assertThat(outcome).isInstanceOf(AcknowledgementOutcome.Refused.class);
        assertThat(((AcknowledgementOutcome.Refused) outcome).findings()).extracting(Finding::code, Finding::arguments)
                .containsExactly(tuple("acknowledge.reason-unsafe-character",
                        List.of(character, String.valueOf(position))));
    }

    @Test
    void givenAReasonWithTabs_whenAcknowledging_thenAcceptedWithBlanks() {
        GroupSetup setup = GroupSetup.start(stored(completeWith(Map.of(FieldKey.SINGLE_POINT_OF_CONTACT, "300"))));

        AcknowledgementOutcome outcome = setup.acknowledge("single-point-of-contact.not-christian", null,
                "By\tcontract", RULES, TECHNICIAN, AT);

        assertThat(((AcknowledgementOutcome.Accepted) outcome).acknowledgement().reason()).isEqualTo("By contract");
    }

    // ------------------------------------------------------------------------------------------ technician

    @ParameterizedTest
    @MethodSource("hostile")
    void givenHostileTechnicianName_whenRead_thenRefusedNamingCharacterAndPosition(String typed, String character,
                                                                                 int position) {
        assertThat(TechnicianName.parse(typed).findings()).extracting(Finding::code, Finding::arguments)
                .containsExactly(tuple("technician.unsafe-character", List.of(character, String.valueOf(position))));
    }

    @Test
    void givenTechnicianNames_whenRead_thenBlankAndTooLongRefusedAndTabsAreBlanks() {
        assertThat(TechnicianName.parse("  ").findings()).extracting(Finding::code).containsExactly("technician.required");
        assertThat(TechnicianName.parse(null).findings()).extracting(Finding::code).containsExactly("technician.required");
        assertThat(TechnicianName.parse("t".repeat(101)).findings()).extracting(Finding::code, Finding::arguments)
                .containsExactly(tuple("technician.too-long", List.of("100", "101")));
        assertThat(TechnicianName.parse("\tAnne-Sophie\tLefèvre ").value()).isEqualTo("Anne-Sophie Lefèvre");
        assertThat(TechnicianName.parse("jdupont").value()).isEqualTo("jdupont");
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** A valid input for each field (the fixed ones take their only value). */
    private static String validInput(FieldKey field) {
        return switch (field) {
            case GROUP_NUMBER -> "94123456001";
            case BIC -> "BBRUBEBB";
            case MANDATE_TYPE -> "aucun";
            case MANDATE_NUMBER -> "0";
            case EHEALTH_BOX -> "94123456";
            case EHEALTH_BOX_TYPE -> "NIHII";
            case EHEALTH_BOX_QUALITY -> "GROUP";
            default -> completeInputs().get(field);
        };
    }

    private static CsamProcedure through(String lastStep) {
        GroupConfiguration configuration = stored(completeStoredValues());
        CsamProcedure procedure = CsamProcedure.notStarted();
        for (StepRequest request : List.of(StepRequest.of("authority").withPerson("Françoise D'Hondt")
                        .withRole("group-responsible"),
                StepRequest.of("csam-login").withPerson("D'HONDT Françoise Marie"),
                StepRequest.of("principal-access-manager").withPerson("Françoise D'Hondt"))) {
            procedure = ((CsamOutcome.Accepted) procedure.record(request, configuration, TECHNICIAN, AT)).procedure();
            if (procedure.latest(CsamStep.byId(lastStep).orElseThrow()).isPresent()) {
                break;
            }
        }
        return procedure;
    }

    private static CsamProcedure after(CsamProcedure procedure, StepRequest request) {
        return ((CsamOutcome.Accepted) procedure.record(request, complete(), TECHNICIAN, AT)).procedure();
    }
}
