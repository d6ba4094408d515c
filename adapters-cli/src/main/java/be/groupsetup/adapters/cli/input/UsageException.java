package be.groupsetup.adapters.cli.input;

import java.util.Arrays;
import java.util.List;

/** The command line itself is wrong (unknown option, missing argument …): exit status 2, with the usage. */
public class UsageException extends Exception {

    private final String messageKey;
    private final List<Object> arguments;

    /** @param messageKey a key of the shell's message bundle ({@code usage.…}) */
    public UsageException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
