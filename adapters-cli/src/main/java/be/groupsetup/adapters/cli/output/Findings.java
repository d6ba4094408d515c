package be.groupsetup.adapters.cli.output;

import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.finding.Severity;

import java.util.List;
import java.util.Map;

/** Findings as text lines and as the JSON objects of the README. */
public final class Findings {

    private final Messages messages;

    public Findings(Messages messages) {
        this.messages = messages;
    }

    /** {@code error    IBAN: the check digits do not match … [iban.checksum]}. */
    public String line(Finding finding) {
        String severity = messages.text("severity." + finding.severity().id());
        String field = finding.field() == null ? "" : messages.label(finding.field()) + ": ";
        return String.format("%-9s %s%s [%s]", severity, field, messages.finding(finding), finding.code());
    }

    public List<String> lines(List<Finding> findings) {
        return findings.stream().map(this::line).toList();
    }

    /** {@code {"field", "severity", "code", "message", "arguments"}}. */
    public Map<String, Object> json(Finding finding) {
        return Json.object(
                "field", finding.field() == null ? null : finding.field().key(),
                "severity", finding.severity().id(),
                "code", finding.code(),
                "message", messages.finding(finding),
                "arguments", finding.arguments());
    }

    public List<Map<String, Object>> json(List<Finding> findings) {
        return findings.stream().map(this::json).toList();
    }

    public static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
