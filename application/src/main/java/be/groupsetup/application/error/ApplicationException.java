package be.groupsetup.application.error;

import java.util.Arrays;
import java.util.List;

/**
 * A use case could not be carried out. Like a finding, it carries a stable code and arguments for a message in
 * the user's language (bundle key {@code error.<code>}); the Java message is for developers only and never
 * holds personal data.
 */
public abstract class ApplicationException extends RuntimeException {

    private final String code;
    private final List<String> arguments;

    protected ApplicationException(String code, Throwable cause, Object... arguments) {
        super(code + Arrays.toString(arguments), cause);
        this.code = code;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }

    /** True when the store or its surroundings failed, rather than a rule saying no. */
    public abstract boolean isEnvironmentFailure();
}
