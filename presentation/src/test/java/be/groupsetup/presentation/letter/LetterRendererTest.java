package be.groupsetup.presentation.letter;

import be.groupsetup.application.port.in.LetterModel;
import be.groupsetup.application.port.in.WriteLetterCommand;
import be.groupsetup.application.service.GroupLetterService;
import be.groupsetup.application.testing.FixedClock;
import be.groupsetup.application.testing.InMemoryGroupStore;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamOutcome;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.StepRequest;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.value.GroupNumber;
import be.groupsetup.presentation.text.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The letter of a complete, an empty and a half-done group, in the three languages and formats. */
class LetterRendererTest {

    private static final GroupNumber GROUP = new GroupNumber("94123456001");
    private static final String LOGIN_FR = "https://csam.be/fr/gestion-gestionnaires-acces.html";

    private static Map<FieldKey, String> completeValues() {
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        values.put(FieldKey.COMPANY_NAME, "Soins Chez Vous SRL");
        values.put(FieldKey.CITY, "Bruxelles");
        values.put(FieldKey.POSTAL_CODE, "1000");
        values.put(FieldKey.STREET, "Rue de la Loi 16");
        values.put(FieldKey.IBAN, "BE68539007547034");
        values.put(FieldKey.BIC, "GKCCBEBB");
        values.put(FieldKey.FIRST_NAME, "Marie");
        values.put(FieldKey.LAST_NAME, "Dupont");
        values.put(FieldKey.PHONE, "+32470123456");
        values.put(FieldKey.SUBSCRIPTION_TYPE, "MyCareNet");
        values.put(FieldKey.INAMI, "41234502001");
        values.put(FieldKey.ENTERPRISE_NUMBER, "0428759497");
        values.put(FieldKey.SINGLE_POINT_OF_CONTACT, "135");
        values.put(FieldKey.REFERENCE_CARE_PROVIDER, "41234502001");
        return values;
    }

    private static CsamProcedure procedure(GroupConfiguration configuration, StepRequest... requests) {
        CsamProcedure procedure = CsamProcedure.notStarted();
        for (StepRequest request : requests) {
            procedure = ((CsamOutcome.Accepted) procedure.record(request, configuration, "Anne",
                    Instant.parse("2026-12-01T10:00:00Z"))).procedure();
        }
        return procedure;
    }

    private static StepRequest authority() {
        return StepRequest.of("authority").withPerson("Marie Dupont").withRole("group-responsible");
    }

    private static StepRequest login() {
        return StepRequest.of("csam-login").withPerson("DUPONT Marie Anne");
    }

    /** Some fields, an IBAN with a wrong check digit, a mutuality that is not Christian, CSAM done up to the login. */
    static GroupSetup halfDone() {
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        values.put(FieldKey.COMPANY_NAME, "Soins Chez Vous SRL");
        values.put(FieldKey.IBAN, "BE68539007547035");
        values.put(FieldKey.FIRST_NAME, "Marie");
        values.put(FieldKey.LAST_NAME, "Dupont");
        values.put(FieldKey.INAMI, "41234502001");
        values.put(FieldKey.SINGLE_POINT_OF_CONTACT, "319");
        GroupConfiguration configuration = GroupConfiguration.reconstitute(GROUP, values);
        return new GroupSetup(configuration, procedure(configuration, authority(), login()));
    }

    static GroupSetup complete() {
        GroupConfiguration configuration = GroupConfiguration.reconstitute(GROUP, completeValues());
        return new GroupSetup(configuration, procedure(configuration, authority(), login(),
                StepRequest.of("principal-access-manager").withPerson("Marie Dupont"),
                StepRequest.of("access-rights").withPerson("Marie Dupont")
                        .withServices(List.of("billing", "insurability", "medico-administrative")),
                StepRequest.of("no-mandates")));
    }

    private static LetterModel letter(GroupSetup setup) {
        InMemoryGroupStore store = new InMemoryGroupStore();
        store.create(setup, SampleGroups.created(GROUP));
        return new GroupLetterService(SampleGroups.rules(), store, FixedClock.at("2026-12-06T08:00:00Z"),
                () -> "Anne Lefèvre").write(new WriteLetterCommand(GROUP.value(), "fr"));
    }

    private static String render(GroupSetup setup, String language, String format, boolean unmasked) {
        return new LetterRenderer(Messages.forLanguage(language, null)).render(letter(setup), format, unmasked);
    }

    @Test
    void givenHalfDoneGroup_whenWrittenInFrench_thenWhereToFindEachMissingValue() {
        String text = render(halfDone(), "fr", "text", false);

        assertThat(text).startsWith("AllsoftPlus pour Soins Chez Vous SRL").contains("Bonjour,")
                .contains("Il manque encore ces 8 éléments")
                .contains("- le numéro d’entreprise à 10 chiffres de votre extrait de la BCE")
                .contains("- le BIC de la banque du groupement")
                .contains("prestataire de soins de référence")
                .doesNotContain("mandat »", "eHealthBox", "Ehealth box");
        assertThat(text.indexOf("la ville du siège")).isLessThan(text.indexOf("le numéro d’entreprise"));
    }

    @Test
    void givenHalfDoneGroup_whenWritten_thenTheWrongIbanMaskedWithItsProblem_andTheWarningToConfirm() {
        String text = render(halfDone(), "fr", "text", false);

        assertThat(text).contains("À corriger").contains("IBAN — BE68 •••• •••• 7035")
                .contains("Les chiffres de contrôle de l’IBAN ne correspondent pas")
                .contains("Merci de nous envoyer l’IBAN figurant sur un extrait de compte")
                .contains("À confirmer").contains("319 n’est pas une mutualité chrétienne")
                .doesNotContain("BE68539007547035", "5390 0754");
    }

    @Test
    void givenUnmasked_whenWritten_thenTheIbanWhole() {
        assertThat(render(halfDone(), "en", "text", true)).contains("IBAN — BE68 5390 0754 7035")
                .contains("group 94123456-001");
        assertThat(render(halfDone(), "en", "text", false)).contains("group •••••••6-001")
                .doesNotContain("94123456-001", "94123456001");
    }

    @Test
    void givenHalfDoneGroup_whenWrittenInFrench_thenTheStepsLeftInOrderWithTheNurseByNameAndTheLinks() {
        String text = render(halfDone(), "fr", "text", false);

        int principal = text.indexOf("1. Gestionnaire d’accès principal");
        int local = text.indexOf("2. Gestionnaires d’accès locaux (facultatif)");
        int rights = text.indexOf("3. Droits d’accès");
        int mandates = text.indexOf("4. Aucun mandat");
        assertThat(principal).isPositive().isLessThan(local);
        assertThat(local).isLessThan(rights);
        assertThat(rights).isLessThan(mandates);
        assertThat(text).contains("Qui se connecte\u202f: Marie Dupont, l’infirmier(ère) qui représente le groupement")
                .contains("Où\u202f: " + LOGIN_FR)
                .contains("Droits d’accès pour\u202f: Facturation, Assurabilité, Demande de documents médico-administratifs")
                .contains("Ne définissez jamais de mandat dans CSAM")
                .doesNotContain("Qui effectue la procédure", "Connexion à CSAM")
                .endsWith("Anne Lefèvre\n\nÉcrit le 2026-12-06 " + text.substring(text.lastIndexOf("2026-12-06 ") + 11));
    }

    @Test
    void givenHalfDoneGroup_whenWrittenInDutch_thenDutchWordsAndTheDutchLink() {
        String text = render(halfDone(), "nl", "text", false);

        assertThat(text).contains("Goedendag,").contains("het ondernemingsnummer van 10 cijfers op uw KBO-uittreksel")
                .contains("Wie meldt zich aan: Marie Dupont, de verpleegkundige die het samenwerkingsverband vertegenwoordigt")
                .contains("Facturatie, Verzekerbaarheid")
                .contains("IBAN — BE68 •••• •••• 7035")
                .contains("https://csam.be/");
    }

    @Test
    void givenEmptyGroup_whenWritten_thenEveryStepFromWhoPerformsIt_andTheNurseAskedFor() {
        String text = render(SampleGroups.emptySetup(GROUP), "en", "text", false);

        assertThat(text).contains("These 14 items are still missing")
                .contains("the 10-digit enterprise number")
                .contains("1. Who performs the procedure").contains("2. Log in at CSAM")
                .contains("6. No mandates")
                .contains("the nurse who represents the group (please tell us their first and last name)")
                .doesNotContain("Information to correct", "Please confirm\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void givenCompleteGroup_whenWritten_thenAShortLetterSayingNothingIsNeeded(String language) {
        String text = render(complete(), language, "text", false);

        assertThat(text).contains("Anne Lefèvre").doesNotContain("https://", "IBAN", "- ");
        assertThat(text.lines().count()).isLessThan(14);
        assertThat(text).contains(switch (language) {
            case "fr" -> "Nous n’avons plus besoin de rien.";
            case "nl" -> "We hebben niets meer van u nodig.";
            default -> "We need nothing more from you.";
        });
    }

    @Test
    void givenHalfDoneGroup_whenWrittenAsHtml_thenAnA4PageWithoutScriptAndIdentifiersKeptWhole() {
        String html = render(halfDone(), "fr", "html", false);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">")
                .contains("@page{size:A4").contains("font-family:'DejaVu Sans'")
                .contains(".value,.link{white-space:nowrap}")
                .contains("<span class=\"value\">BE68 •••• •••• 7035</span>")
                .contains("<a class=\"link\" href=\"" + LOGIN_FR + "\">")
                .contains("groupement •••••••6\u2011001")
                .doesNotContain("<script", "http://", "<link ");
    }

    @Test
    void givenHalfDoneGroup_whenWrittenAsMarkdown_thenHeadingsListsAndAutolinks() {
        String markdown = render(halfDone(), "en", "markdown", false);

        assertThat(markdown).startsWith("# AllsoftPlus for Soins Chez Vous SRL")
                .contains("## Information we still need").contains("## In CSAM, with an eID")
                .contains("<https://csam.be/en/management-access-managers.html>")
                .contains("- **IBAN** — BE68 •••• •••• 7035");
    }

    @Test
    void givenStoredTextThatCouldAct_whenWrittenAsHtml_thenEncoded() {
        Map<FieldKey, String> values = completeValues();
        values.put(FieldKey.COMPANY_NAME, "<script>alert(1)</script> & Cie");
        GroupSetup setup = new GroupSetup(GroupConfiguration.reconstitute(GROUP, values), CsamProcedure.notStarted());

        String html = render(setup, "en", "html", false);

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    }
}
