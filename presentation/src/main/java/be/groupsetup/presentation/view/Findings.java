package be.groupsetup.presentation.view;

import be.groupsetup.presentation.text.Messages;
import be.groupsetup.presentation.text.SafeText;

import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.FindingCodes;
import be.groupsetup.domain.finding.Severity;
import be.groupsetup.domain.setup.Acknowledgement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Findings as text lines and as views ({@link FindingView}, the JSON objects of the README). A warning about the configuration is shown open or
 * acknowledged (who, when, why) wherever the acknowledgements of the group are known.
 */
public final class Findings {

    /** What a finding line is indented by when a line about it follows ({@code %-9s } of the severity). */
    public static final String CONTINUATION = " ".repeat(10);

    /** When the acknowledgements are not known: every warning is shown open. */
    public static final Function<Finding, Optional<Acknowledgement>> NONE_KNOWN = finding -> Optional.empty();

    /**
     * The acknowledgements of the group as stored after an accepted change, looked up only when the change raised a
     * warning that can be acknowledged (it may already be acknowledged, when the values its rule reads did not
     * change); none known otherwise, or when the group cannot be read again (the change is stored all the same).
     */
    public static Function<Finding, Optional<Acknowledgement>> acknowledgementsAfter(
            be.groupsetup.application.port.in.ChangeResult result,
            be.groupsetup.application.port.in.ShowGroupQuery show) {
        if (!result.isAccepted() || result.configuration() == null
                || result.findings().stream().noneMatch(Findings::isAcknowledgeable)) {
            return NONE_KNOWN;
        }
        try {
            return show.show(new be.groupsetup.application.port.in.GroupQuery(
                    result.configuration().groupNumber().value()))::acknowledgementOf;
        } catch (RuntimeException e) {
            return NONE_KNOWN;
        }
    }

    private final Messages messages;
    private final Views views;

    public Findings(Messages messages) {
        this.messages = messages;
        this.views = new Views(messages);
    }

    /** {@code error    IBAN: the check digits do not match … [iban.checksum]}. */
    public String line(Finding finding) {
        String severity = messages.text("severity." + finding.severity().id());
        String sentence = finding.field() == null ? messages.finding(finding)
                : messages.labelled(messages.label(finding.field()), messages.finding(finding));
        return String.format("%-9s %s [%s]", severity, sentence,
                SafeText.inline(finding.code()));
    }

    /**
     * One line each, but the required fields not filled in, when there are several, on one line together
     * ({@link #requiredTogether}) where the first of them would be.
     */
    public List<String> lines(List<Finding> findings) {
        return lines(findings, null, null);
    }

    /**
     * The required fields not filled in, when there are several: one line naming them all ({@code error     Not
     * filled in (required): Code Postal, Rue, … [required]}) instead of one identical line each; empty when there is
     * one or none (its own line says it). The JSON views keep one finding each.
     */
    public Optional<String> requiredTogether(List<Finding> findings) {
        return requiredTogetherText(findings).map(text -> String.format("%-9s %s [%s]",
                messages.text("severity." + Severity.ERROR.id()), text, FindingCodes.REQUIRED));
    }

    /** {@link #requiredTogether} without the severity and the code: {@code Not filled in (required): Code Postal, …}. */
    public Optional<String> requiredTogetherText(List<Finding> findings) {
        List<Finding> required = findings.stream().filter(Findings::isRequiredField).toList();
        if (required.size() < 2) {
            return Optional.empty();
        }
        String fields = required.stream().map(f -> messages.label(f.field())).collect(Collectors.joining(", "));
        return Optional.of(messages.text("findings.required-together", fields));
    }

    /** A required field not filled in ({@code required}). */
    public static boolean isRequiredField(Finding finding) {
        return finding.isMissingValue() && finding.field() != null;
    }

    /**
     * The lines of the findings (the required fields not filled in together, as {@link #lines(List)}), each warning
     * about the configuration followed by a line saying whether it is acknowledged (who, when, why) or open (and how
     * to acknowledge it).
     *
     * @param acknowledgements the acknowledgements of the group; null: no line about them (as {@link #lines(List)})
     * @param group the group's number, for the command that acknowledges an open warning
     */
    public List<String> lines(List<Finding> findings, Function<Finding, Optional<Acknowledgement>> acknowledgements,
                              String group) {
        List<String> lines = new ArrayList<>();
        Optional<String> together = requiredTogether(findings);
        boolean told = false;
        for (Finding finding : findings) {
            if (together.isPresent() && isRequiredField(finding)) {
                if (!told) {
                    lines.add(together.get());
                    told = true;
                }
                continue;
            }
            lines.add(line(finding));
            if (acknowledgements != null) {
                acknowledgementText(finding, acknowledgements.apply(finding), findings, group)
                        .ifPresent(text -> lines.add(CONTINUATION + text));
            }
        }
        return lines;
    }

    /**
     * Whether the warning is acknowledged (by whom, when, why) or open (with the command that acknowledges it);
     * empty for what is never acknowledged (errors, notes, the CSAM procedure's own warnings).
     *
     * @param all the findings shown with it, to tell whether the code is on several fields (then --field is needed)
     */
    public Optional<String> acknowledgementText(Finding finding, Optional<Acknowledgement> acknowledgement,
                                                List<Finding> all, String group) {
        if (!isAcknowledgeable(finding)) {
            return Optional.empty();
        }
        if (acknowledgement.isPresent()) {
            Acknowledgement a = acknowledgement.get();
            return Optional.of(messages.text("warning.acknowledged", a.by(), views.when(a.at()), a.reason()));
        }
        return Optional.of(messages.text("warning.open", acknowledgeCommand(finding, all, group)));
    }

    /** {@code group acknowledge 94123456001 inami.checksum [--field inami] --reason "…"}. */
    public String acknowledgeCommand(Finding finding, List<Finding> all, String group) {
        boolean severalFields = all.stream().filter(f -> f.severity() == Severity.WARNING)
                .filter(f -> f.code().equals(finding.code())).map(Finding::field).distinct().count() > 1;
        return "group acknowledge " + group + " " + SafeText.inline(finding.code())
                + (severalFields && finding.field() != null ? " --field " + finding.field().key() : "")
                + " --reason \"" + messages.text("warning.reason-placeholder") + "\"";
    }

    /**
     * Whether a technician acknowledges this finding by name: a warning about the configuration. Errors are
     * corrected, notes need nothing, and the CSAM procedure's warnings are settled by the procedure itself.
     */
    public static boolean isAcknowledgeable(Finding finding) {
        return finding.severity() == Severity.WARNING && finding.field() != null && !finding.code().startsWith("csam.");
    }

    /** The finding with no acknowledgement known. */
    public FindingView view(Finding finding) {
        return view(finding, Optional.empty());
    }

    /** The finding with its acknowledgement, if any. */
    public FindingView view(Finding finding, Optional<Acknowledgement> acknowledgement) {
        return new FindingView(finding.field() == null ? null : finding.field().key(), finding.severity().id(),
                finding.code(), messages.finding(finding), finding.arguments(),
                acknowledgement.map(Findings::acknowledgementView).orElse(null));
    }

    public List<FindingView> views(List<Finding> findings) {
        return findings.stream().map(this::view).toList();
    }

    public List<FindingView> views(List<Finding> findings,
                                   Function<Finding, Optional<Acknowledgement>> acknowledgements) {
        return findings.stream().map(f -> view(f, acknowledgements.apply(f))).toList();
    }

    public static FindingView.AcknowledgementView acknowledgementView(Acknowledgement acknowledgement) {
        return new FindingView.AcknowledgementView(acknowledgement.by(), acknowledgement.at().toString(),
                acknowledgement.reason());
    }

    public static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
