package be.groupsetup.presentation.view;

import be.groupsetup.presentation.text.Messages;
import be.groupsetup.presentation.text.SafeText;

import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamService;
import be.groupsetup.domain.csam.CsamStatus;
import be.groupsetup.domain.csam.LoginCheck;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.csam.StepState;
import be.groupsetup.domain.field.FieldDisplay;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The pieces several commands show: a configuration's values, CSAM records and the checklist. */
public final class Views {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final ZoneId zone;

    public Views(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public Views(Messages messages) {
        this(messages, ZoneId.systemDefault());
    }

    public String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    /** What a change in a group's history did, in words: its kind ({@code HistoryKind} id) and its detail, if any. */
    public String change(String kind, String detail) {
        return messages.text("history." + kind, detail == null ? "" : detail);
    }

    /** {@code {field key: canonical value or null}} in screen order. */
    public static Map<String, String> values(GroupConfiguration configuration) {
        Map<String, String> values = new LinkedHashMap<>();
        configuration.allValues().forEach((field, value) -> values.put(field.key(), value));
        return values;
    }

    /** The fields in screen order, "label   readable value", not-set ones shown as such. */
    public List<String> valueLines(GroupConfiguration configuration) {
        List<String> lines = new ArrayList<>();
        int width = 0;
        for (FieldKey field : FieldKey.values()) {
            width = Math.max(width, label(field).length());
        }
        for (FieldKey field : FieldKey.values()) {
            String value = configuration.value(field).orElse(null);
            String shown = value == null ? messages.text("value.not-set")
                    : value.isEmpty() ? messages.text("value.empty") : SafeText.inline(FieldDisplay.readable(field, value));
            lines.add(String.format("  %-" + width + "s  %s", label(field), shown));
        }
        return lines;
    }

    /**
     * One change of a group's history in words, as {@code group history} prints it and the dashboard shows it: when,
     * the revision, who, what kind of change, then its details (each field's old → new value in readable form, each
     * CSAM record added or removed, the findings kept with it).
     */
    public record HistoryLines(String when, long revision, String technician, String change, List<String> details) {

        public HistoryLines {
            details = List.copyOf(details);
        }
    }

    /** The history of a group in words, oldest change first. */
    public List<HistoryLines> history(be.groupsetup.application.port.in.HistoryView view) {
        Findings findings = new Findings(messages);
        List<HistoryLines> entries = new ArrayList<>();
        for (be.groupsetup.application.model.HistoryEntry entry : view.entries()) {
            List<String> details = new ArrayList<>();
            for (be.groupsetup.domain.configuration.FieldChange change : entry.fieldChanges()) {
                details.add(messages.labelled(label(change.field()), shown(change, change.oldValue()) + " → "
                        + shown(change, change.newValue())));
            }
            for (StepRecord record : entry.recorded()) {
                details.add("+ " + messages.labelled(messages.stepTitle(record.step()), record(record)));
            }
            for (StepRecord record : entry.removed()) {
                details.add("- " + messages.labelled(messages.stepTitle(record.step()), record(record)));
            }
            details.addAll(findings.lines(entry.findings()));
            entries.add(new HistoryLines(when(entry.time()), entry.revision(), SafeText.inline(entry.technician()),
                    change(entry.kind().id(), entry.detail()), details));
        }
        return entries;
    }

    private String shown(be.groupsetup.domain.configuration.FieldChange change, String value) {
        return value == null ? messages.text("value.not-set")
                : SafeText.inline(FieldDisplay.readable(change.field(), value));
    }

    /** Both labels of the group number, as the sheet names them. */
    public String label(FieldKey field) {
        return field == FieldKey.GROUP_NUMBER
                ? messages.label(field) + " / " + messages.label("label.group-number.second")
                : messages.label(field);
    }

    /** One record, in words: who, what, recorded by whom and when (and what a designation was checked against). */
    public String record(StepRecord record) {
        List<String> parts = new ArrayList<>();
        if (record.skipped()) {
            parts.add(messages.text("csam.record.skipped"));
        }
        if (record.existing()) {
            parts.add(messages.text("csam.record.existing"));
        }
        if (record.person() != null) {
            parts.add(SafeText.inline(record.person()));
        }
        if (record.role() != null) {
            parts.add(messages.text("role." + record.role().id()));
        }
        if (!record.services().isEmpty()) {
            parts.add(record.orderedServices().stream().map(s -> messages.text("service." + s.id()))
                    .collect(Collectors.joining(", ")));
        }
        if (record.identityConfirmed()) {
            parts.add(messages.text("csam.record.identity-confirmed"));
        }
        LoginCheck check = record.loginCheck();
        if (check != null) {
            String login = check.loginPerson() == null ? "—" : check.loginPerson();
            parts.add(check.confirmedNurse() == null || check.confirmedNurse().isEmpty()
                    ? messages.text("csam.record.login-check", login, when(check.loginRecordedAt()))
                    : messages.text("csam.record.login-check-confirmed", login, when(check.loginRecordedAt()),
                    check.confirmedNurse()));
        }
        if (parts.isEmpty()) {
            parts.add(messages.text("csam.record.checked"));
        }
        return String.join(" · ", parts) + "  — "
                + messages.text("csam.record.by", record.recordedBy(), when(record.recordedAt()));
    }

    /**
     * One record of the procedure, in words, marked — when its step was recorded again — as the record that counts
     * or as replaced (when, by whom).
     */
    public String record(StepRecord record, CsamProcedure procedure) {
        return record(record) + mark(record, procedure).map(mark -> " — " + mark).orElse("");
    }

    /** "counts" or "replaced on … by …", for a step recorded more than once; empty otherwise. */
    public Optional<String> mark(StepRecord record, CsamProcedure procedure) {
        boolean recordedAgain = procedure.records(record.step()).stream()
                .anyMatch(r -> procedure.replacedBy(r).isPresent());
        if (!recordedAgain) {
            return Optional.empty();
        }
        return Optional.of(procedure.replacedBy(record)
                .map(by -> messages.text("csam.record.replaced", when(by.recordedAt()), by.recordedBy()))
                .orElseGet(() -> messages.text("csam.record.counts")));
    }

    /** A record as a history entry keeps it. */
    public RecordView recordView(StepRecord record) {
        LoginCheck check = record.loginCheck();
        return new RecordView(record.step().id(), record.person(), record.role() == null ? null : record.role().id(),
                record.existing(), record.orderedServices().stream().map(CsamService::id).toList(), record.skipped(),
                record.identityConfirmed(), record.recordedBy(), record.recordedAt().toString(),
                check == null ? null : new RecordView.LoginCheckView(check.loginPerson(),
                        check.loginRecordedAt().toString(), check.confirmedNurse()));
    }

    /** A record of the procedure: also whether it counts, and when it was replaced and by whom (null while it counts). */
    public RecordView.InProcedure recordView(StepRecord record, CsamProcedure procedure) {
        Optional<StepRecord> replacedBy = procedure.replacedBy(record);
        return new RecordView.InProcedure(recordView(record), procedure.counts(record),
                replacedBy.map(r -> r.recordedAt().toString()).orElse(null),
                replacedBy.map(StepRecord::recordedBy).orElse(null));
    }

    /**
     * The checklist, judged against the configuration now: each step done / to do / skipped / to re-check (with
     * the reason) and its records, then the next step's instruction.
     *
     * @param group the group's number, written into the commands the checklist suggests
     */
    public List<String> checklist(String group, CsamStatus csam) {
        CsamProcedure procedure = csam.procedure();
        List<String> lines = new ArrayList<>();
        lines.add(messages.text("csam.progress", csam.progress(), CsamStep.REQUIRED_STEPS));
        for (CsamStep step : CsamStep.values()) {
            StepState state = csam.state(step);
            lines.add(String.format("  %s %d. %s — %s", mark(state), step.order(), messages.stepTitle(step),
                    messages.text("state." + state.id())));
            for (StepRecord record : procedure.records(step)) {
                lines.add("        " + record(record, procedure));
            }
            csam.recheckReason(step).ifPresent(reason -> lines.add("        ! " + messages.finding(reason)));
            if (step == CsamStep.ACCESS_RIGHTS && state != StepState.DONE && !procedure.records(step).isEmpty()) {
                lines.add("        " + messages.text("csam.services-missing", procedure.missingServices().stream()
                        .map(s -> messages.text("service." + s.id())).collect(Collectors.joining(", "))));
            }
        }
        csam.next().ifPresentOrElse(next -> {
            lines.add("");
            Optional<Finding> reason = csam.recheckReason(next);
            lines.add(messages.text(reason.isPresent() ? "csam.next-recheck" : "csam.next", next.order(),
                    messages.stepTitle(next)));
            reason.ifPresent(r -> lines.add("  " + messages.finding(r)));
            lines.add("  " + messages.stepInstruction(next));
            String link = messages.stepLink(next);
            if (link != null) {
                lines.add("  " + link);
            }
        }, () -> lines.add(messages.text("csam.complete")));
        csam.suggestion().ifPresent(step -> lines.add(messages.text("csam.suggestion", step.order(),
                messages.stepTitle(step), step.id(messages.language()), group)));
        return lines;
    }

    /** The mark of a state in a checklist: {@code [x]} done, {@code [-]} skipped, {@code [ ]} to do, {@code [!]} to re-check. */
    public static String mark(StepState state) {
        return switch (state) {
            case DONE -> "[x]";
            case SKIPPED -> "[-]";
            case TO_DO -> "[ ]";
            case RECHECK -> "[!]";
        };
    }

    /** The checklist of a group, judged against the configuration now. */
    public ProcedureView procedure(String group, CsamStatus csam) {
        CsamProcedure procedure = csam.procedure();
        Findings findings = new Findings(messages);
        List<ProcedureView.StepView> steps = new ArrayList<>();
        for (CsamStep step : CsamStep.values()) {
            steps.add(new ProcedureView.StepView(step.id(), step.order(), step.isRequired(), messages.stepTitle(step),
                    csam.state(step).id(), csam.recheckReason(step).map(findings::view).orElse(null),
                    procedure.records(step).stream().map(r -> recordView(r, procedure)).toList(),
                    messages.stepInstruction(step), messages.stepLink(step)));
        }
        return new ProcedureView(group, steps, csam.progress(), CsamStep.REQUIRED_STEPS,
                csam.next().map(CsamStep::id).orElse(null),
                csam.next().flatMap(csam::recheckReason).map(messages::finding).orElse(null),
                procedure.missingServices().stream().map(CsamService::id).toList());
    }
}
