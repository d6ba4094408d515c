package be.groupsetup.adapters.cli.command;

import be.groupsetup.adapters.cli.ExitCode;
import be.groupsetup.adapters.cli.ShellSupport;
import be.groupsetup.application.port.in.GroupStatusQuery;
import be.groupsetup.application.port.in.ListGroupsQuery;
import be.groupsetup.application.port.in.StatusView;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.presentation.view.Findings;
import be.groupsetup.domain.setup.Readiness;

import java.util.ArrayList;
import java.util.List;

/** {@code group status NUMBER}: ready for MyCareNet billing, or what is missing; exit 0 only when ready. */
public final class GroupStatusCommand extends GroupViewCommand<StatusView> {

    public GroupStatusCommand(ShellSupport shell, ListGroupsQuery groups, GroupStatusQuery status) {
        super("group.status", "group status", shell, groups, status::status);
    }

    @Override
    Object document(StatusView view) {
        return documents().status(view);
    }

    @Override
    String text(StatusView view) {
        Readiness readiness = view.readiness();
        String group = view.group().value();
        if (readiness.isReady()) {
            return messages().text("status.ready", group);
        }
        List<String> lines = new ArrayList<>();
        lines.add(messages().text("status.not-ready", group, readiness.missing().size()));
        boolean warnings = false;
        // the required fields not filled in, when there are several: one item naming them all (the count above
        // still counts each)
        java.util.Optional<String> together = findings().requiredTogetherText(readiness.missing().stream()
                .filter(item -> item.kind() == Readiness.Missing.Kind.FIELD && item.finding() != null)
                .map(Readiness.Missing::finding).toList());
        boolean told = false;
        for (Readiness.Missing item : readiness.missing()) {
            if (together.isPresent() && item.kind() == Readiness.Missing.Kind.FIELD && item.finding() != null
                    && Findings.isRequiredField(item.finding())) {
                if (!told) {
                    lines.add("  - " + together.get());
                    told = true;
                }
                continue;
            }
            lines.add("  - " + switch (item.kind()) {
                case FIELD -> field(item.finding(), message(item));
                case WARNING -> messages().text("status.warning", field(item.finding(), message(item)),
                        item.finding().code());
                case STEP -> item.finding() != null
                        ? messages().text("status.step-recheck", item.step().order(),
                        messages().stepTitle(item.step()), message(item))
                        : messages().text("status.step", item.step().order(), messages().stepTitle(item.step()));
            });
            warnings |= item.kind() == Readiness.Missing.Kind.WARNING;
        }
        if (warnings) {
            lines.add(messages().text("status.acknowledge-hint", group));
        }
        return String.join("\n", lines);
    }

    /** Exit 0 only when ready. */
    @Override
    int status(StatusView view) {
        return view.readiness().isReady() ? ExitCode.OK : ExitCode.REFUSED;
    }

    /** The message, after the field's label when it is about a field. */
    private String field(Finding finding, String message) {
        return finding == null || finding.field() == null ? message
                : messages().labelled(messages().label(finding.field()), message);
    }

    private String message(Readiness.Missing item) {
        return documents().missingMessage(item);
    }
}
