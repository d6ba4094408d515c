package be.groupsetup.presentation.view;

import be.groupsetup.application.port.in.AcknowledgeResult;
import be.groupsetup.application.port.in.ChangeResult;
import be.groupsetup.application.port.in.CsamResult;
import be.groupsetup.domain.configuration.FieldChange;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepRecord;
import be.groupsetup.domain.field.FieldDisplay;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.Acknowledgement;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.presentation.text.SafeText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a change says once it is done or refused, in words: the lines the shell prints after {@code group set},
 * {@code csam record}, {@code group acknowledge} …, which the dashboard shows after its forms. Written once here so
 * that both say the same.
 */
public final class Outcomes {

    private final Messages messages;
    private final Views views;
    private final Findings findings;

    public Outcomes(Messages messages) {
        this.messages = messages;
        this.views = new Views(messages);
        this.findings = new Findings(messages);
    }

    /**
     * @param results  what was done (the shell's standard output); empty on refusal
     * @param findings the findings, one line each (the shell's standard error): on refusal, why
     */
    public record Report(boolean accepted, List<String> results, List<String> findings) {

        public Report {
            results = List.copyOf(results);
            findings = List.copyOf(findings);
        }
    }

    /**
     * A change of fields (create, set, clear): what changed, old → new, and the findings.
     *
     * @param acknowledgements the acknowledgements of the group after the change
     */
    public Report change(ChangeResult result, String group,
                         Function<Finding, Optional<Acknowledgement>> acknowledgements) {
        List<String> lines = new ArrayList<>();
        if (result.isAccepted()) {
            if (result.changes().isEmpty()) {
                lines.add(messages.text("change.unchanged", group));
            } else {
                lines.add(messages.text("change.applied", group, result.revision()));
                for (FieldChange change : result.changes()) {
                    lines.add("  " + messages.labelled(views.label(change.field()), shown(change, change.oldValue()) + " → "
                            + shown(change, change.newValue())));
                }
            }
        }
        return new Report(result.isAccepted(), lines, result.isAccepted()
                ? findings.lines(result.findings(), acknowledgements, group) : findings.lines(result.findings()));
    }

    /** A CSAM record, undo or reset: the records added and removed, the progress, the next step. */
    public Report csam(CsamResult result) {
        List<String> lines = new ArrayList<>();
        if (result.isAccepted()) {
            for (StepRecord record : result.added()) {
                lines.add(messages.text("csam.recorded", messages.stepTitle(record.step()),
                        views.record(record, result.procedure())));
            }
            for (StepRecord record : result.removed()) {
                lines.add(messages.text("csam.removed", messages.stepTitle(record.step()), views.record(record)));
            }
            if (lines.isEmpty()) {
                lines.add(messages.text("csam.unchanged"));
            }
            lines.add(messages.text("csam.progress", result.csam().progress(), CsamStep.REQUIRED_STEPS));
            result.csam().next().ifPresentOrElse(next -> {
                Optional<Finding> reason = result.csam().recheckReason(next);
                lines.add(messages.text(reason.isPresent() ? "csam.next-recheck" : "csam.next", next.order(),
                        messages.stepTitle(next)));
                // the reason is told here unless it is among the findings below (this change broke the step)
                reason.filter(r -> !result.findings().contains(r)).ifPresent(r -> lines.add("  " + messages.finding(r)));
            }, () -> lines.add(messages.text("csam.complete")));
        }
        return new Report(result.isAccepted(), lines, findings.lines(result.findings()));
    }

    /**
     * An acknowledgement made or withdrawn: {@code Acknowledged on group N: <warning> [code] — by X on date: reason},
     * then whether the group is ready now.
     *
     * @param readiness the line saying whether the group is ready now ({@link #readiness}), if known
     */
    public Report acknowledge(AcknowledgeResult result, Optional<String> readiness) {
        List<String> lines = new ArrayList<>();
        if (result.isAccepted()) {
            lines.add(acknowledged(result));
            readiness.ifPresent(lines::add);
        }
        return new Report(result.isAccepted(), lines, findings.lines(result.findings()));
    }

    /**
     * Whether a group is ready now, or how many things it still misses; empty when the group cannot be read again
     * (after an acknowledgement, which is stored all the same: only the summary is left out).
     */
    public Optional<String> readiness(String group, be.groupsetup.application.port.in.GroupStatusQuery status) {
        try {
            var readiness = status.status(new be.groupsetup.application.port.in.GroupQuery(group)).readiness();
            return Optional.of(readiness.isReady() ? messages.text("status.ready", group)
                    : messages.text("acknowledge.not-ready", group, readiness.missing().size()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String acknowledged(AcknowledgeResult result) {
        Acknowledgement a = result.acknowledgement();
        String group = result.group().value();
        if (result.withdrawn()) {
            String what = a.code() + (a.field() == null ? "" : " (" + messages.label(a.field()) + ")");
            return messages.text("acknowledge.withdrawn", group, what, a.by(), views.when(a.at()), a.reason());
        }
        Finding warning = result.warning();
        String what = (warning.field() == null ? messages.finding(warning)
                : messages.labelled(messages.label(warning.field()), messages.finding(warning))) + " [" + warning.code() + "]";
        return messages.text("acknowledge.done", group, what, a.by(), views.when(a.at()), a.reason());
    }

    private String shown(FieldChange change, String value) {
        return value == null ? messages.text("value.not-set")
                : SafeText.inline(FieldDisplay.readable(change.field(), value));
    }
}
