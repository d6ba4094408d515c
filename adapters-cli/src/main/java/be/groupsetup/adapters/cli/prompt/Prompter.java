package be.groupsetup.adapters.cli.prompt;

import java.util.Optional;

/**
 * Asks the technician something. Behind an interface of ours so that tests can answer (Spring Shell's test
 * client cannot drive a terminal).
 */
public interface Prompter {

    /** Whether there is a person at a terminal to ask. */
    boolean isInteractive();

    /**
     * Asks for a line. Empty when the technician leaves (end of input, Ctrl-C, Ctrl-D).
     *
     * @param prompt the question, shown before the cursor
     */
    Optional<String> ask(String prompt);

    /** Prints a line for the person answering (explanations, warnings). */
    void tell(String line);
}
