package be.groupsetup.presentation.sheet;

import be.groupsetup.application.model.GroupArchive;
import be.groupsetup.application.port.out.StoredGroup;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.SheetModel;
import be.groupsetup.application.service.GroupSheetService;
import be.groupsetup.application.testing.InMemoryGroupStore;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.AuthorityRole;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.setup.GroupSetup;
import be.groupsetup.domain.text.UnsafeCharacters;
import be.groupsetup.domain.value.GroupNumber;
import be.groupsetup.presentation.text.Messages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sheet's templates escape by default, in every format: text stored before today's entry rules (or by another
 * adapter) and step links from a technician's file cannot act, forge a line, close a Markdown cell, write HTML or
 * become a link to anything but http(s). The group is put into an in-memory store directly, as the entries now
 * refuse such text; the sheet is the application's own ({@link GroupSheetService}).
 */
class SheetTemplatesTest {

    private static final String GROUP = "94123456001";
    /** A terminal escape, markup, a pipe, backquotes and an entity in one company name. */
    private static final String COMPANY = "Evil\u001b[31m <script>alert(1)</script> | `x` &#x202E;";
    /** A right-to-left override ("Trojan Source"). */
    private static final String BIDI = "Anna\u202Etxt.exe";
    /** A line feed that would forge a line, then markup that would close a list item. */
    private static final String PERSON = "line one\nready: yes</li><img src=x onerror=alert(1)>";
    /** A technician's name the entry rules accept, whose markup and quotes the HTML sheet must still encode. */
    private static final String TECHNICIAN = "Zoé <b>O'Brien</b> & \"Co\"";
    /** When the sheet is made. */
    private static final Instant PRINTED = Instant.parse("2026-03-02T10:15:30Z");
    /** Step links a technician's file can hold: only the http(s) one without quotes may become a link. */
    private static final String SCRIPT_LINK = "javascript:alert(1)";
    private static final String QUOTED_LINK = "https://x.example/\" onmouseover=\"alert(1)";

    private final InMemoryGroupStore store = new InMemoryGroupStore();
    private SheetModel sheet;
    private Messages messages;

    @BeforeEach
    void aGroupStoredWithTextThatCouldAct(@TempDir Path dataDirectory) throws IOException {
        GroupNumber number = new GroupNumber(GROUP);
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        values.putAll(SampleGroups.fullConfiguration(number).allValues());
        values.remove(FieldKey.GROUP_NUMBER);
        values.put(FieldKey.COMPANY_NAME, COMPANY);
        values.put(FieldKey.LAST_NAME, BIDI);
        Instant at = Instant.parse("2026-03-01T09:00:00Z");
        StepRecord authority = new StepRecord(CsamStep.AUTHORITY, PERSON, AuthorityRole.GROUP_RESPONSIBLE, false,
                null, false, false, "tech " + BIDI, at, null);
        GroupSetup setup = GroupSetup.start(GroupConfiguration.reconstitute(number, values))
                .with(CsamProcedure.reconstitute(List.of(authority)));
        store.importGroup(new GroupArchive(new StoredGroup(setup, 1), List.of(SampleGroups.created(number))), true);
        sheet = new GroupSheetService(SampleGroups.rules(), store, () -> PRINTED, () -> TECHNICIAN)
                .sheet(new GroupQuery(GROUP));
        Files.writeString(dataDirectory.resolve("csam-steps.properties"), "step.csam-login.link=" + SCRIPT_LINK
                + "\nstep.principal-access-manager.link=" + QUOTED_LINK + "\n", StandardCharsets.UTF_8);
        messages = Messages.forLanguage("en", dataDirectory);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "markdown", "html", "json"})
    void givenStoredTextThatCouldAct_whenTheSheetIsRendered_thenNoCharacterOfItActs(String format) {
        String rendered = new SheetRenderer(messages).render(sheet, format);

        assertThat(UnsafeCharacters.first(rendered.replace("\n", ""))).as(format).isEmpty();
        assertThat(rendered).as(format).doesNotContain("\u001b", "\u202E").doesNotContain("\nready: yes");
    }

    @Test
    void givenStoredTextThatCouldAct_whenText_thenVisibleEscapesAndNoForgedLine() {
        String text = new SheetRenderer(messages).render(sheet, "text");

        assertThat(text).contains("Evil\\u001B[31m <script>alert(1)</script> | `x` &#x202E;")
                .contains("Anna\\u202Etxt.exe").contains("line one\\u000Aready: yes");
        assertThat(text.lines().filter(line -> line.startsWith("ready"))).isEmpty();
    }

    @Test
    void givenStoredTextThatCouldAct_whenMarkdown_thenCellsStayClosedAndNoMarkupNorEntityIsWritten() {
        String markdown = new SheetRenderer(messages).render(sheet, "markdown");

        String companyRow = markdown.lines().filter(line -> line.startsWith("| Nom de l")).findFirst().orElseThrow();
        // the text to type is a code span: its pipe escaped, its fence longer than its backquotes
        assertThat(companyRow).contains("``Evil\\u001B[31m <script>alert(1)</script> \\| `x` &#x202E;``");
        assertThat(companyRow.replace("\\|", "").chars().filter(c -> c == '|').count()).as("cell borders").isEqualTo(5);
        assertThat(markdown).contains("line one\\\\u000Aready: yes\\</li\\>\\<img src=x onerror=alert(1)\\>")
                .doesNotContain("<javascript:").doesNotContain("<" + QUOTED_LINK + ">")
                .contains("  javascript:alert(1)");
    }

    @Test
    void givenStoredTextThatCouldAct_whenHtml_thenEncodedAndOnlyCheckedWebLinksAreLinks() {
        String html = new SheetRenderer(messages).render(sheet, "html");

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("</li><img")
                .contains("Evil\\u001B[31m &lt;script&gt;alert(1)&lt;/script&gt; | `x` &amp;#x202E;")
                .contains("line one\\u000Aready: yes&lt;/li&gt;&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("href=\"javascript").doesNotContain("href=\"https://x.example")
                .contains("<br>javascript:alert(1)")
                .contains("<a href=\"https://csam.be/en/management-access-managers.html\">");
        assertThat(html.split("<a href=", -1)).as("links: only the released http(s) ones").hasSize(1 + 2);
    }

    @Test
    void givenASheet_whenHtml_thenA4WithPageNumbersAndRowsAndIdentifiersKeptWhole() {
        String html = new SheetRenderer(messages).render(sheet, "html");

        String style = html.substring(html.indexOf("<style>\n"), html.indexOf("</style>\n"));
        assertThat(style).contains("@page{size:A4;").contains("@bottom-right{content:counter(page) \" / \" counter(pages)")
                .contains("tr{break-inside:avoid}").contains("thead{display:table-header-group}")
                .contains(".whole,td.label,td.empty{white-space:nowrap}").contains("font-family:'DejaVu Sans',")
                .contains("font-family:'DejaVu Sans Mono',");
        assertThat(html.split("<style>", -1)).as("one style block").hasSize(2);
        assertThat(html).contains("<thead><tr><th>Field</th>")
                .contains("<td class=\"type whole\">BE68539007547034</td><td class=\"whole\">BE68 5390 0754 7034</td>")
                .contains("<td class=\"type whole\">41234502001</td><td class=\"whole\">4-12345-02-001</td>")
                .contains("<td class=\"type\">Liège</td><td></td>");
    }

    @Test
    void givenASheet_whenHtml_thenItsHeaderNamesTheGroupCompanyRevisionAndWhenAndByWhomItWasPrinted() {
        String html = new SheetRenderer(messages).render(sheet, "html");

        String header = html.substring(html.indexOf("<header>"), html.indexOf("</header>"));
        assertThat(header).contains("group " + GROUP)
                .contains("<span class=\"company\">Evil\\u001B[31m &lt;script&gt;alert(1)&lt;/script&gt; | `x` &amp;#x202E;</span>")
                .contains("Revision 1, printed on " + new be.groupsetup.presentation.view.Views(messages).when(PRINTED)
                        + " by Zoé &lt;b&gt;O'Brien&lt;/b&gt; &amp; \"Co\".")
                .doesNotContain("<b>");
    }

    @Test
    void givenAGroupWithoutACompanyName_whenHtml_thenTheHeaderSaysSo() {
        GroupNumber number = new GroupNumber("94123457001");
        store.importGroup(new GroupArchive(new StoredGroup(SampleGroups.emptySetup(number), 3),
                List.of(SampleGroups.created(number))), true);
        SheetModel empty = new GroupSheetService(SampleGroups.rules(), store, () -> PRINTED, () -> "tech-anna")
                .sheet(new GroupQuery(number.value()));

        String html = new SheetRenderer(messages).render(empty, "html");

        assertThat(html).contains("<span class=\"company\">(company name not set)</span> — Revision 3, printed on ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "markdown"})
    void givenASheet_whenTextOrMarkdown_thenOneLineSaysTheRevisionAndWhenAndByWhomItWasMade(String format) {
        String rendered = new SheetRenderer(messages).render(sheet, format);

        assertThat(rendered.lines().filter(line -> line.startsWith("Revision 1, printed on ")
                && line.contains(" by Zoé "))).as(format).hasSize(1);
    }

    @Test
    void givenStoredTextThatCouldAct_whenJson_thenEscapedAndReadsBackTheSameText() {
        String json = new SheetRenderer(messages).render(sheet, "json");

        JsonNode document = JsonMapper.builder().build().readTree(json);
        assertThat(document.get("rows").get(0).get("type").stringValue()).isEqualTo(COMPANY);
        assertThat(json).contains("\\u001B").contains("\\u202E");
    }
}
