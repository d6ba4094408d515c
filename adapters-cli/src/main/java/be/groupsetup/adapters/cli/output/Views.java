package be.groupsetup.adapters.cli.output;

import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamService;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.csam.StepState;
import be.groupsetup.domain.field.FieldDisplay;
import be.groupsetup.domain.field.FieldKey;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** {@code {SPEC key: canonical value or null}} in screen order. */
    public static Map<String, Object> values(GroupConfiguration configuration) {
        Map<String, Object> values = new LinkedHashMap<>();
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
                    : value.isEmpty() ? messages.text("value.empty") : FieldDisplay.readable(field, value);
            lines.add(String.format("  %-" + width + "s  %s", label(field), shown));
        }
        return lines;
    }

    /** Both labels of the group number, as the sheet names them. */
    public String label(FieldKey field) {
        return field == FieldKey.GROUP_NUMBER
                ? messages.label(field) + " / " + messages.label("label.group-number.second")
                : messages.label(field);
    }

    /** One record, in words: who, what, recorded by whom and when. */
    public String record(StepRecord record) {
        List<String> parts = new ArrayList<>();
        if (record.skipped()) {
            parts.add(messages.text("csam.record.skipped"));
        }
        if (record.existing()) {
            parts.add(messages.text("csam.record.existing"));
        }
        if (record.person() != null) {
            parts.add(record.person());
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
        if (parts.isEmpty()) {
            parts.add(messages.text("csam.record.checked"));
        }
        return String.join(" · ", parts) + "  — "
                + messages.text("csam.record.by", record.recordedBy(), when(record.recordedAt()));
    }

    public Map<String, Object> recordJson(StepRecord record) {
        return Json.object(
                "step", record.step().id(),
                "person", record.person(),
                "role", record.role() == null ? null : record.role().id(),
                "existing", record.existing(),
                "services", record.orderedServices().stream().map(CsamService::id).toList(),
                "skipped", record.skipped(),
                "identityConfirmed", record.identityConfirmed(),
                "recordedBy", record.recordedBy(),
                "recordedAt", record.recordedAt().toString());
    }

    /** The checklist: each step done / to do / skipped with its records, then the next step's instruction. */
    public List<String> checklist(CsamProcedure procedure) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.text("csam.progress", procedure.progress(), CsamStep.REQUIRED_STEPS));
        for (CsamStep step : CsamStep.values()) {
            StepState state = procedure.state(step);
            String mark = switch (state) {
                case DONE -> "[x]";
                case SKIPPED -> "[-]";
                case TO_DO -> "[ ]";
            };
            lines.add(String.format("  %s %d. %s — %s", mark, step.order(), messages.stepTitle(step),
                    messages.text("state." + state.id())));
            for (StepRecord record : procedure.records(step)) {
                lines.add("        " + record(record));
            }
            if (step == CsamStep.ACCESS_RIGHTS && state != StepState.DONE && !procedure.records(step).isEmpty()) {
                lines.add("        " + messages.text("csam.services-missing", procedure.missingServices().stream()
                        .map(s -> messages.text("service." + s.id())).collect(Collectors.joining(", "))));
            }
        }
        procedure.next().ifPresentOrElse(next -> {
            lines.add("");
            lines.add(messages.text("csam.next", next.order(), messages.stepTitle(next)));
            lines.add("  " + messages.stepInstruction(next));
            String link = messages.stepLink(next);
            if (link != null) {
                lines.add("  " + link);
            }
        }, () -> lines.add(messages.text("csam.complete")));
        procedure.suggestion().ifPresent(step -> lines.add(messages.text("csam.suggestion", step.order(),
                messages.stepTitle(step), step.id())));
        return lines;
    }

    /** {@code {"group", "steps": [...], "progress", "next"}}. */
    public Map<String, Object> procedureJson(String group, CsamProcedure procedure) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (CsamStep step : CsamStep.values()) {
            steps.add(Json.object(
                    "id", step.id(),
                    "order", step.order(),
                    "required", step.isRequired(),
                    "title", messages.stepTitle(step),
                    "state", procedure.state(step).id(),
                    "records", procedure.records(step).stream().map(this::recordJson).toList(),
                    "instruction", messages.stepInstruction(step),
                    "link", messages.stepLink(step)));
        }
        return Json.object(
                "group", group,
                "steps", steps,
                "progress", procedure.progress(),
                "required", CsamStep.REQUIRED_STEPS,
                "next", procedure.next().map(CsamStep::id).orElse(null),
                "missingServices", procedure.missingServices().stream().map(CsamService::id).toList());
    }
}
