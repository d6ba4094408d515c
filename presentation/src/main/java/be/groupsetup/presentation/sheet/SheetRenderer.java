package be.groupsetup.presentation.sheet;

import be.groupsetup.presentation.text.Messages;
import be.groupsetup.presentation.text.PageTemplates;
import be.groupsetup.presentation.text.SafeText;
import be.groupsetup.presentation.view.Views;
import be.groupsetup.presentation.view.Documents;
import be.groupsetup.presentation.view.Findings;
import be.groupsetup.presentation.json.Json;

import be.groupsetup.application.port.in.SheetModel;
import be.groupsetup.domain.csam.StepState;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.Readiness;

import com.samskivert.mustache.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sheet to type AllsoftPlus from, as text, Markdown, one self-contained printable HTML page, or JSON: the
 * fields in screen order with the screen's labels, the exact text to type and its readable form, the findings,
 * then the CSAM checklist with instructions and links. Text, Markdown and HTML come from JMustache templates
 * ({@code sheet.*.mustache} beside this class) whose escaper, one per format, applies to every value by default; JSON
 * is the {@link be.groupsetup.presentation.view.SheetDocument} written by Jackson. Only the layout of the text sheet's
 * columns is computed here.
 */
public final class SheetRenderer {

    /**
     * The longest value kept on one line on the printed sheet (an IBAN has at most 34 characters): a longer one, which
     * no valid identifier is, may wrap rather than run off the page.
     */
    static final int KEEP_WHOLE = 40;

    private final Messages messages;
    private final Findings findings;
    private final Views views;

    public SheetRenderer(Messages messages) {
        this.messages = messages;
        this.findings = new Findings(messages);
        this.views = new Views(messages);
    }

    /** The sheet in a format: {@code text} (also for any other name), {@code markdown}, {@code html} or {@code json}. */
    public String render(SheetModel sheet, String format) {
        return switch (format) {
            case "markdown" -> Templates.Markdown.TEMPLATE.execute(page(sheet));
            case "html" -> Templates.Html.TEMPLATE.execute(page(sheet));
            case "json" -> Json.write(new Documents(messages).sheet(sheet));
            default -> Templates.Text.TEMPLATE.execute(page(sheet));
        };
    }

    private String toType(SheetModel.Row row) {
        if (row.toType() == null) {
            return row.field().isRequired() ? messages.text("sheet.missing") : messages.text("sheet.leave-empty");
        }
        return row.toType().isEmpty() ? messages.text("sheet.leave-empty") : SafeText.inline(row.toType());
    }

    private String readable(SheetModel.Row row) {
        return row.readable() != null && !row.readable().equals(row.toType()) ? SafeText.inline(row.readable()) : "";
    }

    /** An identifier or a number, whose text to type is never broken across lines (free text may wrap at blanks). */
    private static boolean keepWhole(FieldKey field, String shown) {
        return (field.normalization() == FieldKey.Normalization.IDENTIFIER || field == FieldKey.PHONE)
                && shown.length() <= KEEP_WHOLE;
    }

    /** The group's revision, when and by whom the sheet was made: one line. */
    private String stamp(SheetModel sheet) {
        return messages.text("sheet.stamp", Long.toString(sheet.revision()), views.when(sheet.printedAt()),
                SafeText.inline(sheet.printedBy()));
    }

    private String title(SheetModel sheet) {
        return messages.text("sheet.title", messages.label("screen.name"), messages.label("screen.tab"),
                sheet.group().value());
    }

    /**
     * What the templates show: every text in the chosen language, escaped for no format (each template's escaper does
     * that); stored text already shows its characters that could act as visible escapes, which every escaper keeps,
     * so that the text sheet's columns are as wide as what is shown.
     */
    private Page page(SheetModel sheet) {
        int labelWidth = sheet.rows().stream().mapToInt(r -> messages.label(r.labelKey()).length()).max().orElse(10);
        int typeWidth = sheet.rows().stream().mapToInt(r -> toType(r).length()).max().orElse(10);
        List<Row> rows = new ArrayList<>();
        // the required fields not filled in, when there are several: said once, under the table, not on each row
        String requiredTogether = findings.requiredTogether(sheet.rows().stream().flatMap(r -> r.findings().stream())
                .distinct().toList()).orElse(null);
        for (SheetModel.Row row : sheet.rows()) {
            String label = messages.label(row.labelKey());
            String type = toType(row);
            String readable = readable(row);
            List<Note> notes = row.findings().stream()
                    .filter(finding -> requiredTogether == null || !Findings.isRequiredField(finding)).map(finding -> new Note(finding.severity().id(),
                    findings.line(finding), acknowledgement(sheet, finding).orElse(null),
                    sheet.acknowledgementOf(finding).isPresent())).toList();
            boolean emptyType = row.toType() == null || row.toType().isEmpty();
            rows.add(new Row(label, pad(label, labelWidth),
                    readable.isEmpty() ? type.stripTrailing() : pad(type, typeWidth), type, emptyType,
                    !emptyType && keepWhole(row.field(), type), codeSpan(type), readable,
                    !readable.isEmpty() && readable.length() <= KEEP_WHOLE, notes));
        }
        List<Step> steps = new ArrayList<>();
        for (SheetModel.ChecklistItem item : sheet.checklist()) {
            String link = messages.stepLink(item.step());
            boolean web = link != null && isWebLink(link);
            steps.add(new Step(item.step().order(), messages.stepTitle(item.step()),
                    messages.text("state." + item.state().id()), item.state() == StepState.TO_DO,
                    item.state() == StepState.RECHECK,
                    item.state() == StepState.TO_DO || item.state() == StepState.RECHECK, item.next(),
                    item.recheckReason() == null ? null : messages.finding(item.recheckReason()),
                    messages.stepInstruction(item.step()), web ? link : null, web ? null : link,
                    item.records().stream().map(r -> views.record(r, sheet.procedure())).toList()));
        }
        return new Page(messages.language(), title(sheet),
                sheet.company().map(SafeText::inline).orElse(messages.text("sheet.no-company")), stamp(sheet),
                messages.text("sheet.explanation"),
                new Columns(messages.text("sheet.column.label"), messages.text("sheet.column.type"),
                        messages.text("sheet.column.readable"), messages.text("sheet.column.notes")),
                rows, requiredTogether, " ".repeat(labelWidth + 2), " ".repeat(labelWidth + 4) + Findings.CONTINUATION,
                messages.text("procedure.title"), messages.text("procedure.caution"), views.checklist(sheet.group().value(), sheet.csam()),
                steps, messages.text("sheet.next"), readiness(sheet.readiness(), sheet.group().value()));
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /**
     * The sheet as the templates see it.
     *
     * @param requiredTogether      the required fields not filled in, on one line, when there are several (each row
     *                              then shows only that it is missing); else null
     * @param noteIndent            (text) where a finding under a row starts
     * @param acknowledgementIndent (text) where the line about a finding's acknowledgement starts
     * @param checklist             (text) the checklist's lines, as {@code csam status} shows them
     * @param company               (HTML) the company name for the printed sheet's header, or that it is not set
     * @param stamp                 the group's revision, when and by whom the sheet was made
     */
    record Page(String language, String title, String company, String stamp, String explanation, Columns columns,
                List<Row> rows, String requiredTogether,
                String noteIndent, String acknowledgementIndent, String procedureTitle, String caution,
                List<String> checklist, List<Step> steps, String nextText, String readiness) {
    }

    record Columns(String label, String type, String readable, String notes) {
    }

    /**
     * A field's row.
     *
     * @param paddedLabel   (text) the label, as wide as the widest
     * @param paddedType    (text) the text to type, as wide as the widest when a readable form follows
     * @param emptyType     whether there is nothing to type (the type is then a remark: "leave empty", "missing")
     * @param wholeType     (HTML) whether the text to type is an identifier or a number never broken across lines
     * @param typeCodeSpan  (Markdown) the text to type as a code span: {@link #codeSpan} is its escaping
     * @param readable      the readable form when it differs from the text to type, else empty
     * @param wholeReadable (HTML) whether the readable form is kept on one line (all but a value too long for it)
     */
    record Row(String label, String paddedLabel, String paddedType, String type, boolean emptyType,
               boolean wholeType, String typeCodeSpan, String readable, boolean wholeReadable, List<Note> notes) {
    }

    /** A finding under a row, and the line saying whether it is acknowledged (null for what is never acknowledged). */
    record Note(String severity, String line, String acknowledgement, boolean acknowledged) {
    }

    /**
     * A step of the checklist.
     *
     * @param webLink   the step's link when it is an http(s) link that may be followed ({@link #isWebLink}), else null
     * @param otherLink the step's link when it is anything else (shown as text), else null
     */
    record Step(int order, String title, String state, boolean toDo, boolean recheck, boolean open, boolean next,
                String recheckReason, String instruction, String webLink, String otherLink, List<String> records) {

        public boolean hasRecords() {
            return !records.isEmpty();
        }
    }

    /** Whether a warning is open or acknowledged (who, when, why); empty for other findings. */
    private java.util.Optional<String> acknowledgement(SheetModel sheet, Finding finding) {
        List<Finding> all = sheet.rows().stream().filter(r -> r.labelKey().equals("label." + r.field().key()))
                .flatMap(r -> r.findings().stream()).toList();
        return findings.acknowledgementText(finding, sheet.acknowledgementOf(finding), all, sheet.group().value());
    }

    private String readiness(Readiness readiness, String group) {
        return readiness.isReady() ? messages.text("sheet.ready")
                : messages.text("sheet.not-ready", readiness.missing().size(), group);
    }

    /** A link worth making clickable: http or https only (a step's link can come from a technician's file). */
    public static boolean isWebLink(String link) {
        String lower = link.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://"))
                && link.codePoints().noneMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '`');
    }

    /**
     * Text in a Markdown table cell or list item: a backslash and a pipe (which would end the cell) escaped, and what
     * would make a renderer write HTML or decode an entity ({@code <}, {@code >}, {@code &}) as well.
     */
    static String cell(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '|', '<', '>', '&' -> out.append('\\').append(c);
                case '\n' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The text to type as a Markdown code span: inside it a backslash is literal, a pipe is still escaped (a table
     * cell ends at a bare one) and the fence is longer than any run of backquotes in the text.
     */
    static String codeSpan(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String padding = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + padding + text.replace("|", "\\|") + padding + fence;
    }

    /**
     * The three templates, each compiled once, on first use (a command that shows no sheet never loads JMustache, one
     * that shows a sheet compiles only its format's), each with the escaper of its format applied to every
     * {@code {{value}}} by default; a triple mustache marks the two values escaped beforehand for their place (a
     * Markdown code span, a checked web link in an autolink).
     */
    private static final class Templates {

        private static final class Text {
            static final Template TEMPLATE = PageTemplates.compile(SheetRenderer.class, "sheet.text.mustache",
                    SafeText::inline);
        }

        private static final class Markdown {
            static final Template TEMPLATE = PageTemplates.compile(SheetRenderer.class, "sheet.markdown.mustache",
                    text -> cell(SafeText.inline(text)));
        }

        private static final class Html {
            static final Template TEMPLATE = PageTemplates.compile(SheetRenderer.class, "sheet.html.mustache",
                    PageTemplates::html);
        }
    }
}
