package be.groupsetup.domain.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of parsing one user input: the canonical value when nothing certainly wrong was found, and
 * every finding about the input (all of them, not only the first).
 */
public record Parsed<T>(T value, List<Finding> findings) {

    public Parsed {
        findings = List.copyOf(findings);
        if (value == null && !hasError(findings)) {
            throw new IllegalArgumentException("a refused parse must say why");
        }
        if (value != null && hasError(findings)) {
            throw new IllegalArgumentException("a parse with errors has no value");
        }
    }

    public static <T> Parsed<T> of(T value, List<Finding> findings) {
        return hasError(findings) ? new Parsed<>(null, findings) : new Parsed<>(value, findings);
    }

    // a loop, not a stream: every field of every check goes through here
    private static boolean hasError(List<Finding> findings) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).isError()) {
                return true;
            }
        }
        return false;
    }

    public static <T> Parsed<T> refused(List<Finding> findings) {
        return new Parsed<>(null, findings);
    }

    public static <T> Parsed<T> refused(Finding finding) {
        return new Parsed<>(null, List.of(finding));
    }

    public boolean isAccepted() {
        return value != null;
    }

    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    public <R> Parsed<R> map(Function<? super T, ? extends R> mapper) {
        return new Parsed<>(value == null ? null : mapper.apply(value), findings);
    }

    /** The same result with more findings (errors among them remove the value). */
    public Parsed<T> with(List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return of(value, all);
    }
}
