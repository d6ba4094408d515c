package be.groupsetup.adapters.web;

import be.groupsetup.application.error.ApplicationException;
import be.groupsetup.application.port.in.AcknowledgeResult;
import be.groupsetup.application.port.in.AcknowledgeWarningCommand;
import be.groupsetup.application.port.in.ChangeResult;
import be.groupsetup.application.port.in.ClearFieldsCommand;
import be.groupsetup.application.port.in.CreateGroupCommand;
import be.groupsetup.application.port.in.CsamResult;
import be.groupsetup.application.port.in.GroupQuery;
import be.groupsetup.application.port.in.GroupView;
import be.groupsetup.application.port.in.RecordCsamStepCommand;
import be.groupsetup.application.port.in.SetFieldsCommand;
import be.groupsetup.application.port.in.SheetModel;
import be.groupsetup.application.port.in.UndoCsamStepCommand;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRequest;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.presentation.sheet.SheetRenderer;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.presentation.view.Findings;
import be.groupsetup.presentation.view.FindingView;
import be.groupsetup.presentation.view.GroupDocument;
import be.groupsetup.presentation.view.Outcomes;
import be.groupsetup.presentation.view.ProcedureView;
import be.groupsetup.presentation.view.SheetDocument;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A group's page and its forms — set or clear fields, acknowledge a warning, record or undo a CSAM step, create a
 * group — the printable sheet, the style sheets and the language switch. Every text comes from the presentation
 * ({@link Texts}), every rule from the use cases: the page lays out what the shell shows and decides nothing of its
 * own. A change that is stored sends the browser back to the group's page (303), which shows what it said once; a
 * refused one shows the page again with the shell's messages and the values typed (422).
 */
@RestController
public class DashboardController {

    private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);
    private static final int MAX_VALUE = 500;

    private final WebPorts ports;
    private final Texts texts;
    private final Sessions sessions;
    private final Pages pages;
    private final SheetStyle sheetStyle = new SheetStyle();
    /** The dashboard's style sheet, read once. */
    private final String dashboardCss = Pages.resourceText("dashboard.css");

    public DashboardController(WebPorts ports, Texts texts, Sessions sessions, Pages pages) {
        this.ports = ports;
        this.texts = texts;
        this.sessions = sessions;
        this.pages = pages;
    }

    @GetMapping("/groups/{number}")
    public ResponseEntity<String> group(@PathVariable String number, HttpServletRequest request) {
        Outcomes.Report report = session(request).flatMap(sessions::takeFlash).orElse(null);
        return groupPage(number, request, HttpStatus.OK, report, Map.of());
    }

    @GetMapping("/groups/new")
    public ResponseEntity<String> newGroup(HttpServletRequest request) {
        return newGroupPage(request, HttpStatus.OK, null, "");
    }

    @PostMapping("/groups")
    public ResponseEntity<String> create(@RequestParam(name = "number", defaultValue = "") String number,
                                         HttpServletRequest request) {
        Texts.InLanguage language = texts.of(request);
        ChangeResult result;
        try {
            result = ports.create().create(new CreateGroupCommand(limited(number)));
        } catch (ApplicationException e) {
            if (e.isEnvironmentFailure()) {
                throw e;
            }
            // a number already taken: said on the form, as the shell says it
            Outcomes.Report taken = new Outcomes.Report(false, List.of(), List.of(language.messages().error(e),
                    language.messages().text("change.refused")));
            return newGroupPage(request, HttpStatus.UNPROCESSABLE_ENTITY, taken, number);
        }
        String group = result.configuration() == null ? number : result.configuration().groupNumber().value();
        Outcomes.Report report = new Outcomes(language.messages()).change(result, group, Findings.NONE_KNOWN);
        if (!result.isAccepted()) {
            return newGroupPage(request, HttpStatus.UNPROCESSABLE_ENTITY, refused(language, report), number);
        }
        return storedThenShow(request, group, report);
    }

    /** One change, all or nothing: every field given a value in the form (the others are left as they are). */
    @PostMapping("/groups/{number}/set")
    public ResponseEntity<String> set(@PathVariable String number, @RequestParam MultiValueMap<String, String> form,
                                      HttpServletRequest request) {
        Map<FieldKey, String> values = new EnumMap<>(FieldKey.class);
        for (FieldKey field : settable()) {
            String value = form.getFirst(field.key());
            if (value != null && !value.isBlank()) {
                values.put(field, limited(value));
            }
        }
        Texts.InLanguage language = texts.of(request);
        if (values.isEmpty()) {
            Outcomes.Report nothing = new Outcomes.Report(false, List.of(),
                    List.of(language.messages().text("web.set.nothing")));
            return groupPage(number, request, HttpStatus.UNPROCESSABLE_ENTITY, nothing, Map.of());
        }
        ChangeResult result = ports.setFields().set(new SetFieldsCommand(number, values));
        return changed(number, request, result, language, values);
    }

    @PostMapping("/groups/{number}/clear")
    public ResponseEntity<String> clear(@PathVariable String number, @RequestParam("field") String field,
                                        HttpServletRequest request) {
        FieldKey key = FieldKey.fromKey(field).filter(settable()::contains)
                .orElseThrow(() -> new IllegalArgumentException("not a field"));
        ChangeResult result = ports.clearFields().clear(new ClearFieldsCommand(number, java.util.Set.of(key)));
        return changed(number, request, result, texts.of(request), Map.of());
    }

    @PostMapping("/groups/{number}/acknowledge")
    public ResponseEntity<String> acknowledge(@PathVariable String number, @RequestParam("code") String code,
                                              @RequestParam(name = "field", defaultValue = "") String field,
                                              @RequestParam(name = "reason", defaultValue = "") String reason,
                                              @RequestParam(name = "withdraw", defaultValue = "false")
                                              boolean withdraw, HttpServletRequest request) {
        Texts.InLanguage language = texts.of(request);
        FieldKey key = field.isEmpty() ? null : FieldKey.fromKey(field)
                .orElseThrow(() -> new IllegalArgumentException("not a field"));
        if (!withdraw && reason.isBlank()) {
            Outcomes.Report missing = new Outcomes.Report(false, List.of(),
                    List.of(language.messages().text("web.acknowledge.reason-required")));
            return groupPage(number, request, HttpStatus.UNPROCESSABLE_ENTITY, missing, Map.of());
        }
        AcknowledgeResult result = ports.acknowledge().acknowledge(new AcknowledgeWarningCommand(number,
                limited(code), key, withdraw ? null : limited(reason), withdraw));
        Outcomes outcomes = new Outcomes(language.messages());
        Outcomes.Report report = outcomes.acknowledge(result, result.isAccepted()
                ? outcomes.readiness(result.group().value(), ports.status()) : Optional.empty());
        if (!result.isAccepted()) {
            return groupPage(number, request, HttpStatus.UNPROCESSABLE_ENTITY, refused(language, report), Map.of());
        }
        return storedThenShow(request, result.group().value(), report);
    }

    @PostMapping("/groups/{number}/csam/record")
    public ResponseEntity<String> record(@PathVariable String number, @RequestParam("step") String step,
                                         @RequestParam(name = "person", defaultValue = "") String person,
                                         @RequestParam(name = "role", defaultValue = "") String role,
                                         @RequestParam(name = "services", defaultValue = "") String services,
                                         @RequestParam(name = "existing", defaultValue = "false") boolean existing,
                                         @RequestParam(name = "skipped", defaultValue = "false") boolean skipped,
                                         @RequestParam(name = "confirmed", defaultValue = "false") boolean confirmed,
                                         HttpServletRequest request) {
        List<String> granted = Arrays.stream(limited(services).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        StepRequest stepRequest = new StepRequest(knownStep(step), blankAsNull(person), blankAsNull(role), existing,
                granted, skipped, confirmed);
        return csam(number, request, ports.recordCsamStep().record(new RecordCsamStepCommand(number, stepRequest)));
    }

    @PostMapping("/groups/{number}/csam/undo")
    public ResponseEntity<String> undo(@PathVariable String number, @RequestParam("step") String step,
                                       @RequestParam(name = "person", defaultValue = "") String person,
                                       @RequestParam(name = "cascade", defaultValue = "false") boolean cascade,
                                       HttpServletRequest request) {
        return csam(number, request, ports.undoCsamStep().undo(new UndoCsamStepCommand(number, knownStep(step),
                blankAsNull(person), cascade)));
    }

    /** The printable sheet, the shell's own HTML, its style served as {@link SheetStyle#PATH}. */
    @GetMapping("/groups/{number}/sheet")
    public ResponseEntity<String> sheet(@PathVariable String number, HttpServletRequest request) {
        SheetModel sheet = ports.sheet().sheet(new GroupQuery(number));
        return Pages.html(HttpStatus.OK, sheetStyle.linked(texts.of(request).sheets().render(sheet, "html")));
    }

    @PostMapping(Layout.LANGUAGE_PATH)
    public ResponseEntity<String> language(@RequestParam("language") String language,
                                           @RequestParam(name = "back", defaultValue = "/") String back,
                                           HttpServletRequest request) {
        String known = Texts.known(language);
        if (known == null) {
            throw new IllegalArgumentException("not a language");
        }
        session(request).ifPresent(session -> sessions.withLanguage(session, known));
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(Layout.localPath(back))).build();
    }

    @GetMapping(SheetStyle.PATH)
    public ResponseEntity<String> sheetCss() {
        return ResponseEntity.ok().contentType(CSS).body(sheetStyle.css());
    }

    @GetMapping(Layout.STYLE_PATH)
    public ResponseEntity<String> dashboardCss() {
        return ResponseEntity.ok().contentType(CSS).body(dashboardCss);
    }

    /**
     * Any other address: the dashboard's own 404 page. Matched last (the most general pattern), so that no request
     * reaches Spring's "no mapping" warning, which would log the path asked for.
     */
    @RequestMapping("/**")
    public ResponseEntity<String> noPage(HttpServletRequest request) {
        throw new NoSuchPage();
    }

    /** An address that is no page of the dashboard. */
    static final class NoSuchPage extends RuntimeException {
        NoSuchPage() {
            super(null, null, false, false);
        }
    }

    private ResponseEntity<String> changed(String number, HttpServletRequest request, ChangeResult result,
                                           Texts.InLanguage language, Map<FieldKey, String> typed) {
        String group = result.configuration() == null ? number : result.configuration().groupNumber().value();
        Outcomes.Report report = new Outcomes(language.messages()).change(result, group,
                Findings.acknowledgementsAfter(result, ports.show()));
        if (!result.isAccepted()) {
            return groupPage(number, request, HttpStatus.UNPROCESSABLE_ENTITY, refused(language, report), typed);
        }
        return storedThenShow(request, group, report);
    }

    private ResponseEntity<String> csam(String number, HttpServletRequest request, CsamResult result) {
        Texts.InLanguage language = texts.of(request);
        Outcomes.Report report = new Outcomes(language.messages()).csam(result);
        if (!result.isAccepted()) {
            return groupPage(number, request, HttpStatus.UNPROCESSABLE_ENTITY, refused(language, report), Map.of());
        }
        return storedThenShow(request, result.group().value(), report);
    }

    /** A refusal's report ends as the shell's does: nothing was stored. */
    private static Outcomes.Report refused(Texts.InLanguage language, Outcomes.Report report) {
        List<String> lines = new java.util.ArrayList<>(report.findings());
        lines.add(language.messages().text("change.refused"));
        return new Outcomes.Report(false, report.results(), lines);
    }

    private ResponseEntity<String> storedThenShow(HttpServletRequest request, String group, Outcomes.Report report) {
        session(request).ifPresent(session -> sessions.flash(session, report));
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/groups/" + group)).build();
    }

    private ResponseEntity<String> newGroupPage(HttpServletRequest request, HttpStatus status, Outcomes.Report report,
                                                String number) {
        Texts.InLanguage language = texts.of(request);
        Messages messages = language.messages();
        Map<String, Object> page = Layout.page(request, language, messages.text("web.new.title"));
        page.put("here", "/groups/new");
        page.put("report", report == null ? null : reportModel(report));
        page.put("number", number);
        page.put("numberLabel", messages.text("web.new.number"));
        page.put("hint", messages.text("web.new.hint"));
        page.put("submit", messages.text("web.new.submit"));
        return Pages.html(status, pages.render("new", page));
    }

    private ResponseEntity<String> groupPage(String number, HttpServletRequest request, HttpStatus status,
                                             Outcomes.Report report, Map<FieldKey, String> typed) {
        Texts.InLanguage language = texts.of(request);
        Messages messages = language.messages();
        GroupQuery query = new GroupQuery(number);
        GroupView view = ports.show().show(query);
        GroupDocument group = language.documents().group(view);
        SheetDocument sheet = language.documents().sheet(ports.sheet().sheet(query));
        String company = group.values().getOrDefault(FieldKey.COMPANY_NAME.key(), "");
        Map<String, Object> page = Layout.page(request, language, messages.text("web.group.title", group.group(),
                company == null ? "" : company));
        String base = "/groups/" + group.group();
        page.put("group", group.group());
        page.put("base", base);
        page.put("here", base);
        page.put("report", report == null ? null : reportModel(report));
        page.put("ready", messages.text(sheet.ready() ? "web.group.ready" : "web.group.not-ready"));
        page.put("readyClass", sheet.ready() ? "ready" : "not-ready");
        page.put("columns", Map.of("label", messages.text("sheet.column.label"),
                "type", messages.text("sheet.column.type"), "readable", messages.text("sheet.column.readable"),
                "notes", messages.text("sheet.column.notes"), "input", messages.text("web.group.new-value")));
        page.put("rows", sheet.rows().stream().map(row -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("label", row.label());
            line.put("type", row.type());
            line.put("readable", row.readable() == null ? "" : row.readable());
            line.put("findings", findings(language, row.findings()));
            Optional<FieldKey> key = FieldKey.fromKey(row.field()).filter(settable()::contains);
            line.put("editable", key.isPresent());
            line.put("key", row.field());
            line.put("typed", key.map(typed::get).orElse(""));
            line.put("set", row.set() && key.isPresent());
            return line;
        }).toList());
        page.put("store", messages.text("web.group.store"));
        page.put("clear", messages.text("web.group.clear"));
        page.put("otherFindings", findings(language, group.findings().stream().filter(f -> f.field() == null)
                .toList()));
        page.put("warningsTitle", messages.text("web.acknowledge.title"));
        List<Map<String, String>> warnings = view.openWarnings().stream().filter(Findings::isAcknowledgeable)
                .map(warning -> Map.of("message", messages.labelled(messages.label(warning.field()), messages.finding(warning)),
                        "code", warning.code(), "field", warning.field().key())).toList();
        page.put("warnings", warnings);
        page.put("hasWarnings", !warnings.isEmpty());
        page.put("reasonLabel", messages.text("web.acknowledge.reason"));
        page.put("acknowledge", messages.text("web.acknowledge.submit"));
        page.put("acknowledgedTitle", messages.text("web.acknowledged.title"));
        List<Map<String, String>> acknowledged = group.findings().stream().filter(f -> f.acknowledgement() != null)
                .map(f -> Map.of("message", f.message(), "code", f.code(), "field", f.field() == null ? "" : f.field(),
                        "by", acknowledged(language, f))).toList();
        page.put("acknowledged", acknowledged);
        page.put("hasAcknowledged", !acknowledged.isEmpty());
        page.put("withdraw", messages.text("web.acknowledge.withdraw"));
        page.put("csamTitle", messages.text("csam.title", group.group()));
        page.put("checklist", checklist(language, view));
        page.put("next", next(messages, sheet.csam()));
        page.put("csamForm", csamForm(messages));
        page.put("historyTitle", messages.text("web.group.history"));
        page.put("history", language.views().history(ports.history().history(query)));
        page.put("sheetLink", base + "/sheet");
        page.put("sheetText", messages.text("web.group.sheet"));
        return Pages.html(status, pages.render("group", page));
    }

    /**
     * The shell's checklist (progress, each step with its records and reasons) without its closing lines about the
     * next step, which the page shows in a box of their own, with the link as a link.
     */
    private static List<String> checklist(Texts.InLanguage language, GroupView view) {
        List<String> shell = language.views().checklist(view.group().value(), view.csam());
        int blank = shell.indexOf("");
        List<String> lines = new java.util.ArrayList<>(blank < 0 ? shell : shell.subList(0, blank));
        view.csam().suggestion().ifPresent(step -> lines.add(language.messages().text("csam.suggestion",
                step.order(), language.messages().stepTitle(step), step.id(language.messages().language()),
                view.group().value())));
        return lines;
    }

    private static Map<String, Object> reportModel(Outcomes.Report report) {
        return Map.of("accepted", report.accepted(), "results", report.results(), "findings", report.findings());
    }

    private static Map<String, Object> csamForm(Messages messages) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("recordTitle", messages.text("web.csam.record"));
        form.put("undoTitle", messages.text("web.csam.undo"));
        form.put("steps", Arrays.stream(CsamStep.values()).map(step -> Map.of("id", step.id(),
                "title", step.order() + ". " + messages.stepTitle(step))).toList());
        form.put("stepLabel", messages.text("web.csam.step"));
        form.put("personLabel", messages.text("web.csam.person"));
        form.put("roleLabel", messages.text("web.csam.role"));
        form.put("servicesLabel", messages.text("web.csam.services"));
        form.put("existingLabel", messages.text("web.csam.existing"));
        form.put("skippedLabel", messages.text("web.csam.skipped"));
        form.put("confirmedLabel", messages.text("web.csam.confirmed"));
        form.put("cascadeLabel", messages.text("web.csam.cascade"));
        form.put("recordSubmit", messages.text("web.csam.record-submit"));
        form.put("undoSubmit", messages.text("web.csam.undo-submit"));
        return form;
    }

    /** Who acknowledged a warning, when (as the shell writes times) and why. */
    private static String acknowledged(Texts.InLanguage language, FindingView finding) {
        FindingView.AcknowledgementView a = finding.acknowledgement();
        return language.messages().text("web.acknowledged", a.by(),
                language.views().when(java.time.Instant.parse(a.at())), a.reason());
    }

    private static List<Map<String, Object>> findings(Texts.InLanguage language, List<FindingView> findings) {
        return findings.stream().map(f -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("severity", f.severity());
            line.put("message", f.message());
            line.put("acknowledgement", f.acknowledgement() == null ? null : acknowledged(language, f));
            return line;
        }).toList();
    }

    private static Map<String, Object> next(Messages messages, ProcedureView csam) {
        if (csam.next() == null) {
            return null;
        }
        ProcedureView.StepView step = csam.steps().stream().filter(s -> s.id().equals(csam.next())).findFirst()
                .orElseThrow();
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("title", messages.text("web.group.next", step.order(), step.title()));
        next.put("reason", csam.nextReason());
        next.put("instruction", step.instruction());
        boolean web = step.link() != null && SheetRenderer.isWebLink(step.link());
        next.put("webLink", web ? step.link() : null);
        next.put("otherLink", web ? null : step.link());
        return next;
    }

    private Optional<Sessions.Session> session(HttpServletRequest request) {
        return request.getAttribute(AccessFilter.SESSION_ATTRIBUTE) instanceof Sessions.Session session
                ? Optional.of(session) : Optional.empty();
    }

    private static List<FieldKey> settable() {
        return Arrays.stream(FieldKey.values()).filter(f -> f != FieldKey.GROUP_NUMBER).toList();
    }

    private static String knownStep(String step) {
        if (step == null || Arrays.stream(CsamStep.values()).noneMatch(s -> s.id().equals(step))) {
            throw new IllegalArgumentException("not a step");
        }
        return step;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : limited(value);
    }

    /** A value as typed, cut at a length no field reaches (the rules then say what is wrong with it). */
    private static String limited(String value) {
        return value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) : value;
    }
}
