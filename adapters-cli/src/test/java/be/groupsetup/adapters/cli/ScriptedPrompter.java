package be.groupsetup.adapters.cli;

import be.groupsetup.adapters.cli.prompt.Prompter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A technician at a terminal, played by a test: answers the prompts from a script and keeps what was asked and
 * told. When the script runs out, the technician leaves (as with Ctrl-D).
 */
public final class ScriptedPrompter implements Prompter {

    /** In a script, this answer leaves the prompt as Ctrl-D does. */
    public static final String LEAVE = "\u0004";

    private boolean interactive;
    private final Deque<String> answers = new ArrayDeque<>();
    private final List<String> prompts = new ArrayList<>();
    private final List<String> told = new ArrayList<>();

    /** No terminal: what a one-shot run or a script sees. */
    public void noTerminal() {
        interactive = false;
        answers.clear();
    }

    /** A terminal, and the answers the technician will type, in order. */
    public void answers(String... typed) {
        interactive = true;
        answers.clear();
        answers.addAll(List.of(typed));
    }

    @Override
    public boolean isInteractive() {
        return interactive;
    }

    @Override
    public Optional<String> ask(String prompt) {
        prompts.add(prompt);
        String answer = answers.poll();
        return answer == null || answer.equals(LEAVE) ? Optional.empty() : Optional.of(answer);
    }

    @Override
    public void tell(String line) {
        told.add(line);
    }

    public List<String> prompts() {
        return List.copyOf(prompts);
    }

    public List<String> told() {
        return List.copyOf(told);
    }

    /** Answers not used yet. */
    public int unanswered() {
        return answers.size();
    }

    public void forget() {
        prompts.clear();
        told.clear();
    }
}
