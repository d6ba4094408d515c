package be.groupsetup.application.service;

import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.model.HistoryEntry;
import be.groupsetup.application.model.HistoryKind;
import be.groupsetup.application.port.in.LetterModel;
import be.groupsetup.application.port.in.WriteLetterCommand;
import be.groupsetup.application.testing.FixedClock;
import be.groupsetup.application.testing.InMemoryGroupStore;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamService;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepState;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.GroupSetup;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static be.groupsetup.application.service.Fixtures.GROUP;
import static be.groupsetup.application.service.Fixtures.authority;
import static be.groupsetup.application.service.Fixtures.completeValues;
import static be.groupsetup.application.service.Fixtures.configuration;
import static be.groupsetup.application.service.Fixtures.fullProcedure;
import static be.groupsetup.application.service.Fixtures.login;
import static be.groupsetup.application.service.Fixtures.procedure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupLetterServiceTest {

    private static final String NOW = "2026-12-06T08:00:00Z";

    private final InMemoryGroupStore store = new InMemoryGroupStore();
    private final GroupLetterService letters = new GroupLetterService(SampleGroups.rules(), store,
            FixedClock.at(NOW), () -> "Anne");

    /** Some fields, a mistyped IBAN, a mutuality that is not Christian, CSAM done up to the login. */
    static GroupSetup halfDone() {
        Map<FieldKey, String> values = Fixtures.values(FieldKey.COMPANY_NAME, "Soins Chez Vous SRL",
                FieldKey.IBAN, "BE68539007547035", FieldKey.FIRST_NAME, "Marie", FieldKey.LAST_NAME, "Dupont",
                FieldKey.INAMI, "41234502001", FieldKey.SINGLE_POINT_OF_CONTACT, "319");
        GroupConfiguration configuration = configuration(values);
        return new GroupSetup(configuration, procedure(configuration, authority(), login("DUPONT Marie Anne")));
    }

    private LetterModel write(GroupSetup setup, String language) {
        store.create(setup, SampleGroups.created(GROUP));
        return letters.write(new WriteLetterCommand("94123456", language));
    }

    @Test
    void givenHalfDoneGroup_whenLetterWritten_thenItAsksForTheMissingFieldsInScreenOrderAndNothingFixed() {
        LetterModel letter = write(halfDone(), "fr");

        assertThat(letter.missing()).extracting(LetterModel.Ask::field).containsExactly(FieldKey.CITY,
                FieldKey.POSTAL_CODE, FieldKey.STREET, FieldKey.BIC, FieldKey.PHONE, FieldKey.SUBSCRIPTION_TYPE,
                FieldKey.ENTERPRISE_NUMBER, FieldKey.REFERENCE_CARE_PROVIDER);
        assertThat(letter.missing()).allSatisfy(ask -> assertThat(ask.value()).isNull());
        assertThat(letter.nothingNeeded()).isFalse();
    }

    @Test
    void givenHalfDoneGroup_whenLetterWritten_thenTheWrongIbanAndTheOpenWarningAreAsked() {
        LetterModel letter = write(halfDone(), "fr");

        assertThat(letter.wrong()).singleElement().satisfies(ask -> {
            assertThat(ask.field()).isEqualTo(FieldKey.IBAN);
            assertThat(ask.value()).isEqualTo("BE68539007547035");
            assertThat(ask.findings()).extracting(Finding::code).contains("iban.checksum");
        });
        assertThat(letter.warnings()).singleElement().satisfies(ask -> {
            assertThat(ask.field()).isEqualTo(FieldKey.SINGLE_POINT_OF_CONTACT);
            assertThat(ask.findings()).extracting(Finding::code)
                    .containsExactly("single-point-of-contact.not-christian");
        });
    }

    @Test
    void givenHalfDoneGroup_whenLetterWritten_thenTheStepsLeftInOrderWithTheNurseByName() {
        LetterModel letter = write(halfDone(), "nl");

        assertThat(letter.steps()).extracting(LetterModel.StepToDo::step).containsExactly(
                CsamStep.PRINCIPAL_ACCESS_MANAGER, CsamStep.LOCAL_ACCESS_MANAGERS, CsamStep.ACCESS_RIGHTS,
                CsamStep.NO_MANDATES);
        assertThat(letter.steps()).extracting(LetterModel.StepToDo::state).containsOnly(StepState.TO_DO);
        assertThat(letter.steps().get(2).missingServices()).containsExactly(CsamService.values());
        assertThat(letter.representingNurse()).isEqualTo("Marie Dupont");
        assertThat(letter.performer()).isEqualTo("Marie Dupont");
        assertThat(letter.company()).isEqualTo("Soins Chez Vous SRL");
    }

    @Test
    void givenAGroup_whenLetterWritten_thenTheHistoryKeepsWhoWhenAndTheLanguage_andTheSetUpIsUnchanged() {
        GroupSetup setup = halfDone();

        LetterModel letter = write(setup, "nl");

        HistoryEntry last = store.history(GROUP).get(store.history(GROUP).size() - 1);
        assertThat(last.kind()).isEqualTo(HistoryKind.LETTER_WRITTEN);
        assertThat(last.detail()).isEqualTo("nl");
        assertThat(last.technician()).isEqualTo("Anne");
        assertThat(last.time()).isEqualTo(Instant.parse(NOW));
        assertThat(last.revision()).isEqualTo(2);
        assertThat(store.load(GROUP).orElseThrow().setup()).isEqualTo(setup);
        assertThat(letter.revision()).isEqualTo(1);
        assertThat(letter.writtenBy()).isEqualTo("Anne");
        assertThat(letter.writtenAt()).isEqualTo(Instant.parse(NOW));
    }

    @Test
    void givenCompleteGroupWithTheProcedureDone_whenLetterWritten_thenNothingIsNeeded() {
        GroupConfiguration configuration = configuration(completeValues());

        LetterModel letter = write(new GroupSetup(configuration, fullProcedure(configuration)), "en");

        assertThat(letter.nothingNeeded()).isTrue();
        assertThat(store.history(GROUP)).extracting(HistoryEntry::kind).containsExactly(HistoryKind.CREATED,
                HistoryKind.LETTER_WRITTEN);
    }

    @Test
    void givenEmptyGroup_whenLetterWritten_thenEveryFieldTheGroupCanGiveIsAskedAndEveryRequiredStep() {
        LetterModel letter = write(SampleGroups.emptySetup(GROUP), "en");

        assertThat(letter.missing()).extracting(LetterModel.Ask::field)
                .containsExactlyElementsOf(LetterModel.ASKED)
                .doesNotContain(FieldKey.MANDATE_TYPE, FieldKey.MANDATE_NUMBER, FieldKey.EHEALTH_BOX);
        assertThat(letter.steps()).extracting(LetterModel.StepToDo::step).containsExactly(CsamStep.values());
        assertThat(letter.representingNurse()).isNull();
        assertThat(letter.performer()).isNull();
        assertThat(letter.company()).isNull();
    }

    @Test
    void givenDesignationByAnotherNurse_whenLetterWritten_thenThePrincipalIsToRecheckWithItsReason() {
        GroupConfiguration configuration = configuration(completeValues());
        CsamProcedure done = fullProcedure(configuration);
        Map<FieldKey, String> values = completeValues();
        values.put(FieldKey.FIRST_NAME, "Luc");
        GroupConfiguration renamed = configuration(values);

        LetterModel letter = write(new GroupSetup(renamed, done), "en");

        assertThat(letter.steps()).extracting(LetterModel.StepToDo::step, LetterModel.StepToDo::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CsamStep.PRINCIPAL_ACCESS_MANAGER,
                        StepState.RECHECK));
        assertThat(letter.steps().get(0).recheckReason()).isNotNull();
        assertThat(letter.representingNurse()).isEqualTo("Luc Dupont");
    }

    @Test
    void givenALetter_whenPrintedForALog_thenNoNameNorValue() {
        LetterModel letter = write(halfDone(), "fr");

        assertThat(letter.toString()).doesNotContain("Marie", "Dupont", "BE68", "Soins", "319");
        assertThat(letter.wrong().get(0).toString()).doesNotContain("BE68");
    }

    @Test
    void givenNoSuchGroup_whenLetterWritten_thenNotFoundAndNothingStored() {
        assertThatThrownBy(() -> letters.write(new WriteLetterCommand("94999999", "fr")))
                .isInstanceOf(GroupNotFoundException.class);
        assertThat(store.numbers()).isEmpty();
    }

    @Test
    void givenNotALanguage_whenCommandMade_thenRefused() {
        assertThatThrownBy(() -> new WriteLetterCommand("94123456", "français"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
