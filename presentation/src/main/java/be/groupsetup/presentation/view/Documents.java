package be.groupsetup.presentation.view;

import be.groupsetup.application.model.GroupListing;
import be.groupsetup.application.model.GroupSummary;
import be.groupsetup.application.port.in.AcknowledgeResult;
import be.groupsetup.application.port.in.ChangeResult;
import be.groupsetup.application.port.in.CsamResult;
import be.groupsetup.application.port.in.GroupView;
import be.groupsetup.application.port.in.HistoryView;
import be.groupsetup.application.port.in.SheetModel;
import be.groupsetup.application.port.in.StatusView;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.setup.Acknowledgement;
import be.groupsetup.domain.setup.Readiness;
import be.groupsetup.presentation.text.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The documents of the README's JSON output, made from what the ports in answer: records that any driving adapter
 * writes with Jackson ({@link be.groupsetup.presentation.json.Json}) or shows otherwise. The sentences in them are in
 * the language of the {@link Messages} given.
 */
public final class Documents {

    private final Messages messages;
    private final Findings findings;
    private final Views views;

    public Documents(Messages messages) {
        this.messages = messages;
        this.findings = new Findings(messages);
        this.views = new Views(messages);
    }

    /** {@code show} and {@code check}: the group's values, findings with their acknowledgements, completeness. */
    public GroupDocument group(GroupView view) {
        return new GroupDocument(view.group().value(), Views.values(view.configuration()),
                findings.views(view.findings(), view::acknowledgementOf), view.complete(), view.openWarnings().size(),
                view.revision());
    }

    /**
     * A change of the configuration.
     *
     * @param acknowledgements the acknowledgements of the group after the change ({@link Findings#NONE_KNOWN} when
     *                         not known)
     */
    public ChangeDocument change(ChangeResult result, String group,
                                 Function<Finding, Optional<Acknowledgement>> acknowledgements) {
        return new ChangeDocument(group, status(result.status()),
                result.configuration() == null ? null : Views.values(result.configuration()),
                findings.views(result.findings(), acknowledgements),
                result.changes().stream().map(FieldChangeView::of).toList(), result.revision());
    }

    /** Ready or not, and what is missing. */
    public StatusDocument status(StatusView view) {
        List<StatusDocument.Missing> missing = view.readiness().missing().stream()
                .map(item -> new StatusDocument.Missing(item.kind().id(), item.key(), missingMessage(item),
                        item.finding() == null ? null : item.finding().code(),
                        item.kind() == Readiness.Missing.Kind.STEP ? view.csam().state(item.step()).id() : null))
                .toList();
        return new StatusDocument(view.group().value(), view.readiness().isReady(), missing, view.csam().progress());
    }

    /** The finding's message (a field's, an open warning's, why a step is to re-check), else the step's instruction. */
    public String missingMessage(Readiness.Missing item) {
        return item.finding() != null ? messages.finding(item.finding()) : messages.stepInstruction(item.step());
    }

    /** Every stored group, a damaged document as such. */
    public GroupListDocument list(List<GroupListing> groups) {
        return new GroupListDocument(groups.stream().map(Documents::line).toList());
    }

    private static GroupListDocument.Line line(GroupListing listing) {
        if (listing instanceof GroupListing.Damaged damaged) {
            return new GroupListDocument.Damaged(damaged.key(), null, false, null, null, false, true,
                    damaged.location(), damaged.reason());
        }
        GroupSummary s = ((GroupListing.Listed) listing).summary();
        return new GroupListDocument.Listed(s.group().value(), s.company(), s.complete(), s.openWarnings(),
                s.progress(), s.ready(), false, s.lastChange() == null ? null : new GroupListDocument.LastChange(
                        s.lastChange().technician(), s.lastChange().time().toString(), s.lastChange().kind().id(),
                        s.lastChange().detail()));
    }

    /** Who changed what, and when. */
    public HistoryDocument history(HistoryView view) {
        return new HistoryDocument(view.group().value(), view.entries().stream().map(entry -> new HistoryDocument.Entry(
                entry.time().toString(), entry.technician(), entry.kind().id(), entry.revision(),
                entry.fieldChanges().stream().map(FieldChangeView::of).toList(),
                entry.recorded().stream().map(views::recordView).toList(),
                entry.removed().stream().map(views::recordView).toList(),
                findings.views(entry.findings()), entry.detail())).toList());
    }

    /** A change of the CSAM procedure: the checklist after it, the outcome, the records added and removed. */
    public CsamChangeDocument csam(CsamResult result) {
        return new CsamChangeDocument(views.procedure(result.group().value(), result.csam()), status(result.status()),
                findings.views(result.findings()), result.added().stream().map(views::recordView).toList(),
                result.removed().stream().map(views::recordView).toList(), result.revision());
    }

    /** An acknowledgement or its withdrawal. */
    public AcknowledgeDocument acknowledge(AcknowledgeResult result) {
        Acknowledgement a = result.acknowledgement();
        Finding warning = result.warning();
        Object warningView = null;
        if (warning != null) {
            // a withdrawn acknowledgement names its warning by code and field only (the message needs the values)
            warningView = result.withdrawn()
                    ? new FindingView.WarningReference(warning.field() == null ? null : warning.field().key(),
                    warning.severity().id(), warning.code())
                    : findings.view(warning, Optional.ofNullable(a));
        }
        return new AcknowledgeDocument(result.group().value(), status(result.status()), result.withdrawn(),
                a == null ? null : new AcknowledgeDocument.Acknowledged(a.code(),
                        a.field() == null ? null : a.field().key(), a.by(), a.at().toString(), a.reason()),
                warningView, findings.views(result.findings()), result.revision());
    }

    /** The sheet as data. */
    public SheetDocument sheet(SheetModel sheet) {
        List<SheetDocument.Row> rows = sheet.rows().stream().map(row -> new SheetDocument.Row(row.field().key(),
                messages.label(row.labelKey()), row.toType() == null ? "" : row.toType(), row.readable(),
                row.toType() != null || row.field().isFixed(),
                findings.views(row.findings(), sheet::acknowledgementOf))).toList();
        return new SheetDocument(sheet.group().value(), rows, views.procedure(sheet.group().value(), sheet.csam()),
                sheet.readiness().isReady(), sheet.readiness().missing().stream()
                .filter(m -> m.kind() == Readiness.Missing.Kind.WARNING).count());
    }

    private static String status(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
