package be.groupsetup.presentation.sheet;

import be.groupsetup.presentation.text.Messages;
import be.groupsetup.presentation.text.SafeText;
import be.groupsetup.presentation.view.Views;
import be.groupsetup.presentation.view.Documents;
import be.groupsetup.presentation.view.Findings;
import be.groupsetup.presentation.json.Json;

import be.groupsetup.application.port.in.SheetModel;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.csam.StepState;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.Readiness;

import org.owasp.encoder.Encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sheet to type AllsoftPlus from, as text, Markdown, one self-contained printable HTML page, or JSON: the
 * fields in screen order with the screen's labels, the exact text to type and its readable form, the findings,
 * then the CSAM checklist with instructions and links.
 */
public final class SheetRenderer {

    private final Messages messages;
    private final Findings findings;
    private final Views views;

    public SheetRenderer(Messages messages) {
        this.messages = messages;
        this.findings = new Findings(messages);
        this.views = new Views(messages);
    }

    public String render(SheetModel sheet, String format) {
        return switch (format) {
            case "markdown" -> markdown(sheet);
            case "html" -> html(sheet);
            case "json" -> Json.write(new Documents(messages).sheet(sheet));
            default -> text(sheet);
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

    private String title(SheetModel sheet) {
        return messages.text("sheet.title", messages.label("screen.name"), messages.label("screen.tab"),
                sheet.group().value());
    }

    private String text(SheetModel sheet) {
        List<String> lines = new ArrayList<>();
        lines.add(title(sheet));
        lines.add(messages.text("sheet.explanation"));
        lines.add("");
        int labelWidth = sheet.rows().stream().mapToInt(r -> messages.label(r.labelKey()).length()).max().orElse(10);
        int typeWidth = sheet.rows().stream().mapToInt(r -> toType(r).length()).max().orElse(10);
        for (SheetModel.Row row : sheet.rows()) {
            String readable = readable(row);
            lines.add(String.format("%-" + labelWidth + "s  %-" + typeWidth + "s%s", messages.label(row.labelKey()),
                    toType(row), readable.isEmpty() ? "" : "  (" + readable + ")").stripTrailing());
            for (Finding finding : row.findings()) {
                lines.add(" ".repeat(labelWidth + 2) + "! " + findings.line(finding));
                acknowledgement(sheet, finding).ifPresent(text -> lines.add(" ".repeat(labelWidth + 4)
                        + Findings.CONTINUATION + text));
            }
        }
        lines.add("");
        lines.add(messages.text("procedure.title"));
        lines.add(messages.text("procedure.caution"));
        lines.addAll(views.checklist(sheet.csam()));
        lines.add("");
        lines.add(readiness(sheet.readiness()));
        return String.join("\n", lines);
    }

    private String markdown(SheetModel sheet) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + title(sheet));
        lines.add("");
        lines.add(messages.text("sheet.explanation"));
        lines.add("");
        lines.add("| " + messages.text("sheet.column.label") + " | " + messages.text("sheet.column.type") + " | "
                + messages.text("sheet.column.readable") + " | " + messages.text("sheet.column.notes") + " |");
        lines.add("|---|---|---|---|");
        for (SheetModel.Row row : sheet.rows()) {
            String notes = String.join("<br>", row.findings().stream().map(f -> cell(findings.line(f))
                    + acknowledgement(sheet, f).map(text -> "<br>" + cell(text)).orElse("")).toList());
            String type = row.toType() == null || row.toType().isEmpty() ? "*" + cell(toType(row)) + "*"
                    : codeSpan(toType(row));
            lines.add("| " + cell(messages.label(row.labelKey())) + " | " + type + " | " + cell(readable(row)) + " | "
                    + notes + " |");
        }
        lines.add("");
        lines.add("## " + messages.text("procedure.title"));
        lines.add("");
        lines.add("> " + messages.text("procedure.caution"));
        lines.add("");
        for (SheetModel.ChecklistItem item : sheet.checklist()) {
            boolean open = item.state() == StepState.TO_DO || item.state() == StepState.RECHECK;
            String state = messages.text("state." + item.state().id());
            lines.add("- [" + (open ? " " : "x") + "] **" + item.step().order() + ". "
                    + cell(messages.stepTitle(item.step())) + "** — "
                    + (item.state() == StepState.RECHECK ? "**" + state + "**" : state)
                    + (item.next() ? " ← " + messages.text("sheet.next") : ""));
            if (item.recheckReason() != null) {
                lines.add("  ⚠ " + cell(messages.finding(item.recheckReason())));
            }
            lines.add("  " + cell(messages.stepInstruction(item.step())));
            String link = messages.stepLink(item.step());
            if (link != null) {
                lines.add("  " + (isWebLink(link) ? "<" + link + ">" : cell(link)));
            }
            for (StepRecord record : item.records()) {
                lines.add("  - " + cell(views.record(record, sheet.procedure())));
            }
        }
        lines.add("");
        lines.add("**" + readiness(sheet.readiness()) + "**");
        return String.join("\n", lines);
    }

    private String html(SheetModel sheet) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Encode.forHtmlAttribute(messages.language()))
                .append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(title(sheet))).append("</title>\n")
                .append("<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em;color:#111}\n")
                .append("h1{font-size:1.3em}h2{font-size:1.1em;margin-top:2em}\n")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.35em .5em;")
                .append("text-align:left;vertical-align:top}th{background:#eee}\n")
                .append("td.type{font-family:ui-monospace,Consolas,monospace;font-size:1.05em}\n")
                .append(".empty{color:#666;font-style:italic}.error{color:#a00}.warning{color:#8a5a00}")
                .append(".note{color:#555}.open{font-weight:bold}.acknowledged{color:#555}.recheck{color:#a00}\n")
                .append("li{margin:.4em 0}.caution{border-left:4px solid #c90;padding-left:.6em}\n")
                .append("@media print{body{margin:1cm}a{color:#000}}\n")
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(title(sheet))).append("</h1>\n<p>")
                .append(escape(messages.text("sheet.explanation"))).append("</p>\n<table>\n<tr><th>")
                .append(escape(messages.text("sheet.column.label"))).append("</th><th>")
                .append(escape(messages.text("sheet.column.type"))).append("</th><th>")
                .append(escape(messages.text("sheet.column.readable"))).append("</th><th>")
                .append(escape(messages.text("sheet.column.notes"))).append("</th></tr>\n");
        for (SheetModel.Row row : sheet.rows()) {
            boolean empty = row.toType() == null || row.toType().isEmpty();
            html.append("<tr><td>").append(escape(messages.label(row.labelKey()))).append("</td><td class=\"type")
                    .append(empty ? " empty" : "").append("\">").append(escape(toType(row))).append("</td><td>")
                    .append(escape(readable(row))).append("</td><td>");
            for (Finding finding : row.findings()) {
                html.append("<div class=\"").append(Encode.forHtmlAttribute(finding.severity().id())).append("\">")
                        .append(escape(findings.line(finding)));
                acknowledgement(sheet, finding).ifPresent(text -> html.append("<br><span class=\"")
                        .append(sheet.acknowledgementOf(finding).isPresent() ? "acknowledged" : "open")
                        .append("\">").append(escape(text)).append("</span>"));
                html.append("</div>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n<h2>").append(escape(messages.text("procedure.title"))).append("</h2>\n")
                .append("<p class=\"caution\">").append(escape(messages.text("procedure.caution"))).append("</p>\n<ol>\n");
        for (SheetModel.ChecklistItem item : sheet.checklist()) {
            html.append("<li><strong>").append(switch (item.state()) {
                        case TO_DO -> "☐ ";
                        case RECHECK -> "⚠ ";
                        default -> "☑ ";
                    })
                    .append(escape(messages.stepTitle(item.step()))).append("</strong> — ")
                    .append(escape(messages.text("state." + item.state().id())));
            if (item.next()) {
                html.append(" ← ").append(escape(messages.text("sheet.next")));
            }
            if (item.recheckReason() != null) {
                html.append("<br><span class=\"recheck\">").append(escape(messages.finding(item.recheckReason())))
                        .append("</span>");
            }
            html.append("<br>").append(escape(messages.stepInstruction(item.step())));
            String link = messages.stepLink(item.step());
            if (link != null) {
                html.append("<br>").append(isWebLink(link) ? "<a href=\"" + Encode.forHtmlAttribute(link) + "\">"
                        + escape(link) + "</a>" : escape(link));
            }
            if (!item.records().isEmpty()) {
                html.append("<ul>");
                item.records().forEach(r -> html.append("<li>").append(escape(views.record(r, sheet.procedure())))
                        .append("</li>"));
                html.append("</ul>");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n<p><strong>").append(escape(readiness(sheet.readiness()))).append("</strong></p>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    /** Whether a warning is open or acknowledged (who, when, why); empty for other findings. */
    private java.util.Optional<String> acknowledgement(SheetModel sheet, Finding finding) {
        List<Finding> all = sheet.rows().stream().filter(r -> r.labelKey().equals("label." + r.field().key()))
                .flatMap(r -> r.findings().stream()).toList();
        return findings.acknowledgementText(finding, sheet.acknowledgementOf(finding), all, sheet.group().value());
    }

    private String readiness(Readiness readiness) {
        return readiness.isReady() ? messages.text("sheet.ready")
                : messages.text("sheet.not-ready", readiness.missing().size());
    }

    /**
     * Text in an HTML element's content, through the OWASP encoder (a character that could act is already a visible
     * escape: every piece of stored text passed {@link SafeText#inline}).
     */
    static String escape(String text) {
        return Encode.forHtmlContent(SafeText.inline(text));
    }

    /** A link worth making clickable: http or https only (a step's link can come from a technician's file). */
    static boolean isWebLink(String link) {
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
}
