package be.groupsetup.adapters.web;

import be.groupsetup.application.error.ApplicationException;
import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.error.RefusedException;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupView;
import be.groupsetup.application.port.in.SheetModel;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.presentation.sheet.SheetRenderer;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.presentation.view.Documents;
import be.groupsetup.presentation.view.FindingView;
import be.groupsetup.presentation.view.GroupDocument;
import be.groupsetup.presentation.view.GroupListDocument;
import be.groupsetup.presentation.view.HistoryDocument;
import be.groupsetup.presentation.view.ProcedureView;
import be.groupsetup.presentation.view.SheetDocument;
import be.groupsetup.presentation.view.Views;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The read-only pages: the groups, a group, its printable sheet. Every text comes from {@link Messages}, every
 * shape from the presentation's records ({@link Documents}, {@link Views}), the sheet from {@link SheetRenderer}:
 * the page lays out what the shell shows and decides nothing of its own.
 */
@RestController
public class DashboardController {

    static final String STYLE_PATH = "/dashboard.css";
    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);
    private static final MediaType CSS = new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8);

    private final WebPorts ports;
    private final Messages messages;
    private final Documents documents;
    private final Views views;
    private final SheetRenderer sheets;
    private final SheetStyle sheetStyle = new SheetStyle();
    private final Pages pages = new Pages();
    /** The dashboard's style sheet, read once. */
    private final String dashboardCss = Pages.resourceText("dashboard.css");

    public DashboardController(WebPorts ports, Messages messages) {
        this.ports = ports;
        this.messages = messages;
        this.documents = new Documents(messages);
        this.views = new Views(messages);
        this.sheets = new SheetRenderer(messages);
    }

    @GetMapping("/")
    public ResponseEntity<String> groups() {
        List<Map<String, Object>> listed = new ArrayList<>();
        List<Map<String, Object>> damaged = new ArrayList<>();
        for (GroupListDocument.Line line : documents.list(ports.groups().list()).groups()) {
            if (line instanceof GroupListDocument.Listed group) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("group", group.group());
                row.put("company", group.company());
                row.put("complete", yesNo(group.complete()));
                row.put("progress", messages.text("web.groups.progress", group.progress(),
                        be.groupsetup.domain.csam.CsamStep.REQUIRED_STEPS));
                row.put("ready", yesNo(group.ready()));
                row.put("openWarnings", group.openWarnings());
                listed.add(row);
            } else {
                GroupListDocument.Damaged entry = (GroupListDocument.Damaged) line;
                damaged.add(Map.of("line", messages.text("list.damaged", entry.group(), entry.reason())));
            }
        }
        Map<String, Object> page = page(messages.text("web.groups.title"));
        page.put("groups", listed);
        page.put("none", listed.isEmpty() && damaged.isEmpty());
        page.put("damaged", damaged);
        page.put("columns", Map.of("group", messages.text("web.groups.number"),
                "company", messages.text("web.groups.company"), "complete", messages.text("web.groups.complete"),
                "csam", messages.text("web.groups.csam"), "ready", messages.text("web.groups.ready"),
                "warnings", messages.text("web.groups.warnings")));
        page.put("empty", messages.text("web.groups.empty"));
        return html(HttpStatus.OK, pages.render("groups", page));
    }

    @GetMapping("/groups/{number}")
    public ResponseEntity<String> group(@PathVariable String number) {
        GroupQuery query = new GroupQuery(number);
        GroupView view = ports.show().show(query);
        GroupDocument group = documents.group(view);
        SheetDocument sheet = documents.sheet(ports.sheet().sheet(query));
        HistoryDocument history = documents.history(ports.history().history(query));
        Map<String, Object> page = page(messages.text("web.group.title", group.group(),
                company(group)));
        page.put("group", group.group());
        page.put("columns", Map.of("label", messages.text("sheet.column.label"),
                "type", messages.text("sheet.column.type"), "readable", messages.text("sheet.column.readable"),
                "notes", messages.text("sheet.column.notes")));
        page.put("rows", sheet.rows().stream().map(row -> Map.of("label", row.label(), "type", row.type(),
                "readable", row.readable() == null ? "" : row.readable(), "findings", findings(row.findings())))
                .toList());
        page.put("otherFindings", findings(group.findings().stream().filter(f -> f.field() == null).toList()));
        page.put("csamTitle", messages.text("csam.title", group.group()));
        page.put("checklist", views.checklist(view.csam()).stream().filter(line -> !line.isBlank()).toList());
        page.put("next", next(sheet.csam()));
        page.put("historyTitle", messages.text("web.group.history"));
        page.put("history", history.entries().stream().map(this::historyEntry).toList());
        page.put("sheetLink", "/groups/" + group.group() + "/sheet");
        page.put("sheetText", messages.text("web.group.sheet"));
        page.put("back", messages.text("web.back"));
        return html(HttpStatus.OK, pages.render("group", page));
    }

    /** The printable sheet, the shell's own HTML, its style served as {@link SheetStyle#PATH}. */
    @GetMapping("/groups/{number}/sheet")
    public ResponseEntity<String> sheet(@PathVariable String number) {
        SheetModel sheet = ports.sheet().sheet(new GroupQuery(number));
        return html(HttpStatus.OK, sheetStyle.linked(sheets.render(sheet, "html")));
    }

    @GetMapping(SheetStyle.PATH)
    public ResponseEntity<String> sheetCss() {
        return ResponseEntity.ok().contentType(CSS).body(sheetStyle.css());
    }

    @GetMapping(STYLE_PATH)
    public ResponseEntity<String> dashboardCss() {
        return ResponseEntity.ok().contentType(CSS).body(dashboardCss);
    }

    @ExceptionHandler(GroupNotFoundException.class)
    public ResponseEntity<String> notFound(GroupNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, messages.error(e));
    }

    /** A number that is not one: the domain's findings, in the shell's words. */
    @ExceptionHandler(RefusedException.class)
    public ResponseEntity<String> refused(RefusedException e) {
        return problem(HttpStatus.NOT_FOUND,
                e.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(messages::finding)
                        .collect(Collectors.joining(" ")));
    }

    @ExceptionHandler(ApplicationException.class)
    public ResponseEntity<String> failed(ApplicationException e) {
        return problem(e.isEnvironmentFailure() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.CONFLICT,
                messages.error(e));
    }

    private ResponseEntity<String> problem(HttpStatus status, String message) {
        Map<String, Object> page = page(messages.text("web.error.title"));
        page.put("message", message);
        page.put("back", messages.text("web.back"));
        return html(status, pages.render("error", page));
    }

    private Map<String, Object> page(String title) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("language", messages.language());
        page.put("title", title);
        page.put("style", STYLE_PATH);
        return page;
    }

    private String yesNo(boolean value) {
        return messages.text(value ? "list.yes" : "list.no");
    }

    private static String company(GroupDocument group) {
        String company = group.values().get("company-name");
        return company == null ? "" : company;
    }

    private List<Map<String, Object>> findings(List<FindingView> findings) {
        return findings.stream().map(f -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("severity", f.severity());
            line.put("message", f.message());
            line.put("acknowledgement", f.acknowledgement() == null ? null : messages.text("web.acknowledged",
                    f.acknowledgement().by(), f.acknowledgement().at(), f.acknowledgement().reason()));
            return line;
        }).toList();
    }

    private Map<String, Object> next(ProcedureView csam) {
        if (csam.next() == null) {
            return null;
        }
        ProcedureView.StepView step = csam.steps().stream().filter(s -> s.id().equals(csam.next())).findFirst()
                .orElseThrow();
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("title", messages.text("web.group.next", step.order(), step.title()));
        next.put("reason", csam.nextReason());
        next.put("instruction", step.instruction());
        next.put("link", step.link());
        return next;
    }

    private Map<String, Object> historyEntry(HistoryDocument.Entry entry) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", entry.time());
        line.put("technician", entry.technician());
        line.put("revision", entry.revision());
        line.put("change", views.change(entry.change(), entry.detail()));
        line.put("fields", entry.fields().stream().map(f -> Map.of("field", f.field(),
                "old", f.old() == null ? "" : f.old(), "new", f.newValue() == null ? "" : f.newValue())).toList());
        return line;
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(HTML).body(body);
    }
}
