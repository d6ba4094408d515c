package be.groupsetup.adapters.cli.input;

import be.groupsetup.adapters.cli.ShellFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class CommandSpecTest {

    private static final CommandSpec RECORD = CommandSpec.of("csam record", "NUMBER", "STEP").withOptions(
            OptionSpec.value("person", "NAME"), OptionSpec.flag("existing"),
            OptionSpec.choice("format", List.of("text", "json")));

    private static final CommandSpec SET = CommandSpec.of("group set", "NUMBER")
            .withOptions(OptionSpec.choice("format", List.of("text", "json")))
            .withExtraOptions(Set.of("city", "company-name")::contains, "--KEY VALUE [--KEY VALUE ...]");

    private static final CommandSpec CLEAR = CommandSpec.of("group clear", "NUMBER", "KEY").lastArgumentRepeats();

    private static Invocation parse(CommandSpec spec, String... words) throws UsageException {
        return spec.parse(List.of(words));
    }

    private static void assertUsageError(CommandSpec spec, List<String> words, String key, Object... arguments) {
        assertThatThrownBy(() -> spec.parse(words))
                .isInstanceOfSatisfying(UsageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
    }

    @Test
    void givenArgumentsAndAValueOption_whenParsed_thenBothRead() throws UsageException {
        Invocation invocation = parse(RECORD, "94123456001", "authority", "--person", "Marie Dubois");

        assertThat(invocation.arguments()).containsExactly("94123456001", "authority");
        assertThat(invocation.option("person")).contains("Marie Dubois");
        assertThat(invocation.helpAsked()).isFalse();
    }

    @Test
    void givenOptionsBeforeArguments_whenParsed_thenPositionDoesNotMatter() throws UsageException {
        Invocation invocation = parse(RECORD, "--person", "Marie", "94123456001", "--existing", "authority");

        assertThat(invocation.arguments()).containsExactly("94123456001", "authority");
        assertThat(invocation.flag("existing")).isTrue();
    }

    @Test
    void givenAFlag_whenParsed_thenItTakesNoValueAndTheNextWordIsAnArgument() throws UsageException {
        Invocation invocation = parse(RECORD, "94123456001", "--existing", "principal-access-manager");

        assertThat(invocation.flag("existing")).isTrue();
        assertThat(invocation.arguments()).containsExactly("94123456001", "principal-access-manager");
    }

    @Test
    void givenAFlagNotGiven_whenParsed_thenItIsFalse() throws UsageException {
        assertThat(parse(RECORD, "94123456001", "authority").flag("existing")).isFalse();
    }

    @Test
    void givenFlagWithExplicitTrueOrFalse_whenParsed_thenHonoured() throws UsageException {
        assertThat(parse(RECORD, "94123456001", "authority", "--existing=true").flag("existing")).isTrue();
        assertThat(parse(RECORD, "94123456001", "authority", "--existing=false").flag("existing")).isFalse();
    }

    @Test
    void givenFlagWithAnyOtherValue_whenParsed_thenUsageError() {
        assertUsageError(RECORD, List.of("94123456001", "authority", "--existing=yes"), "usage.flag-value", "--existing");
    }

    @Test
    void givenOptionWithEqualsValue_whenParsed_thenValueRead() throws UsageException {
        Invocation invocation = parse(RECORD, "94123456001", "authority", "--person=Jean=Pierre Dupont");

        assertThat(invocation.option("person")).contains("Jean=Pierre Dupont");
    }

    @Test
    void givenOptionWithEmptyEqualsValue_whenParsed_thenTheEmptyValueIsPassedOnForTheRulesToJudge()
            throws UsageException {
        assertThat(parse(RECORD, "94123456001", "authority", "--person=").option("person")).contains("");
    }

    @Test
    void givenOptionAtTheEndWithoutValue_whenParsed_thenUsageErrorNamingWhatIsExpected() {
        assertUsageError(RECORD, List.of("94123456001", "authority", "--person"), "usage.missing-value", "--person", "NAME");
    }

    @Test
    void givenOptionFollowedByAnotherOption_whenParsed_thenUsageErrorRatherThanTakingTheOptionAsValue() {
        assertUsageError(RECORD, List.of("94123456001", "authority", "--person", "--existing"),
                "usage.missing-value", "--person", "NAME");
    }

    @Test
    void givenOptionFollowedByAWordThatIsNoOptionOfTheCommand_whenParsed_thenTheWordIsTheValue()
            throws UsageException {
        assertThat(parse(RECORD, "94123456001", "authority", "--person", "--X--").option("person")).contains("--X--");
    }

    @Test
    void givenRepeatedOption_whenParsed_thenUsageError() {
        assertUsageError(RECORD, List.of("94123456001", "authority", "--person", "A", "--person", "B"),
                "usage.repeated-option", "--person");
    }

    @Test
    void givenRepeatedFlag_whenParsed_thenUsageError() {
        assertUsageError(RECORD, List.of("94123456001", "authority", "--existing", "--existing"),
                "usage.repeated-option", "--existing");
    }

    @Test
    void givenUnknownOption_whenParsed_thenUsageErrorNamingOptionAndCommand() {
        assertUsageError(RECORD, List.of("94123456001", "authority", "--persn", "A"),
                "usage.unknown-option", "--persn", "csam record");
    }

    @Test
    void givenValueOutsideTheChoices_whenParsed_thenUsageErrorListingTheChoices() {
        assertUsageError(RECORD, List.of("94123456001", "authority", "--format", "xml"),
                "usage.bad-choice", "--format", "xml", "text, json");
    }

    @Test
    void givenValueAmongTheChoices_whenParsed_thenAccepted() throws UsageException {
        assertThat(parse(RECORD, "94123456001", "authority", "--format=json").option("format")).contains("json");
    }

    @Test
    void givenOneArgumentTooMany_whenParsed_thenUsageErrorNamingIt() {
        assertUsageError(RECORD, List.of("94123456001", "csam-login", "Marie", "Dubois"),
                "usage.extra-argument", "Marie");
    }

    @Test
    void givenMissingArgument_whenParsed_thenUsageErrorNamingIt() {
        assertUsageError(RECORD, List.of("94123456001"), "usage.missing-argument", "STEP");
        assertUsageError(RECORD, List.of(), "usage.missing-argument", "NUMBER");
    }

    @Test
    void givenHelp_whenParsed_thenHelpAskedEvenWithArgumentsMissingOrWrong() throws UsageException {
        assertThat(parse(RECORD, "--help").helpAsked()).isTrue();
        assertThat(parse(RECORD, "-h").helpAsked()).isTrue();
        assertThat(parse(RECORD, "a", "b", "c", "--help").helpAsked()).isTrue();
    }

    @Test
    void givenDoubleDash_whenParsed_thenTheFollowingWordsAreArgumentsEvenIfTheyLookLikeOptions()
            throws UsageException {
        Invocation invocation = parse(RECORD, "94123456001", "--", "--existing");

        assertThat(invocation.arguments()).containsExactly("94123456001", "--existing");
        assertThat(invocation.flag("existing")).isFalse();
    }

    @Test
    void givenExtraOptionsOfGroupSet_whenParsed_thenEachFieldKeyIsAnOptionWithAValueInTheOrderGiven()
            throws UsageException {
        Invocation invocation = parse(SET, "94123456001", "--company-name", "L'Aurore SRL", "--city=Liège");

        assertThat(invocation.options()).containsExactly(entry("company-name", "L'Aurore SRL"), entry("city", "Liège"));
    }

    @Test
    void givenExtraOptionWithoutValue_whenParsed_thenUsageErrorWithGenericHint() {
        assertUsageError(SET, List.of("94123456001", "--city"), "usage.missing-value", "--city", "VALUE");
    }

    @Test
    void givenExtraOptionFollowedByAnotherFieldKey_whenParsed_thenMissingValue() {
        assertUsageError(SET, List.of("94123456001", "--city", "--company-name", "X"),
                "usage.missing-value", "--city", "VALUE");
    }

    @Test
    void givenNameThatIsNoFieldKey_whenParsedForGroupSet_thenUnknownOption() {
        assertUsageError(SET, List.of("94123456001", "--town", "Liège"), "usage.unknown-option", "--town", "group set");
    }

    @Test
    void givenTheRealGroupSet_whenParsed_thenEveryFieldKeyIsAcceptedAndOnlyExactKeys() throws UsageException {
        CommandSpec spec = ShellFixture.english().command("group set").spec();

        assertThat(spec.parse(List.of("94123456001", "--ehealth-box-quality", "GROUP", "--single-point-of-contact", "135"))
                .options()).containsOnlyKeys("ehealth-box-quality", "single-point-of-contact");
        assertThatThrownBy(() -> spec.parse(List.of("94123456001", "--COMPANY_NAME", "X")))
                .isInstanceOfSatisfying(UsageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("usage.unknown-option"));
    }

    @Test
    void givenVariadicLastArgument_whenParsed_thenTakesEveryRemainingWordButNeedsOne() throws UsageException {
        assertThat(parse(CLEAR, "94123456001", "city", "street", "bic").arguments())
                .containsExactly("94123456001", "city", "street", "bic");
        assertUsageError(CLEAR, List.of("94123456001"), "usage.missing-argument", "KEY");
    }

    @Test
    void givenOptionalArguments_whenNoneGiven_thenAccepted() throws UsageException {
        CommandSpec help = CommandSpec.of("help", "COMMAND").lastArgumentRepeats().optionalArguments(0);

        assertThat(help.parse(List.of()).arguments()).isEmpty();
        assertThat(help.parse(List.of("group", "set")).arguments()).containsExactly("group", "set");
    }

    @Test
    void givenSpecs_whenUsageAsked_thenArgumentsExtraOptionsAndOptionsShown() {
        assertThat(RECORD.usage()).isEqualTo("csam record NUMBER STEP [--person NAME] [--existing] [--format text|json]");
        assertThat(SET.usage()).isEqualTo("group set NUMBER --KEY VALUE [--KEY VALUE ...] [--format text|json]");
        assertThat(CLEAR.usage()).isEqualTo("group clear NUMBER KEY ...");
        assertThat(CommandSpec.of("help", "COMMAND").lastArgumentRepeats().optionalArguments(0).usage())
                .isEqualTo("help [COMMAND ...]");
    }
}
