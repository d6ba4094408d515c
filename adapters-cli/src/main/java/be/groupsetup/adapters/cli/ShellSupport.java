package be.groupsetup.adapters.cli;

import be.groupsetup.presentation.text.Messages;
import be.groupsetup.adapters.cli.prompt.Prompter;

/**
 * What every command shares: the messages in the chosen language, the session, the prompter.
 *
 * @param messages the texts in the settings' language; {@link #messages()} gives the session's (the {@code language}
 *                 command can choose another for the rest of the session)
 */
public record ShellSupport(Messages messages, ShellSession session, Prompter prompter) {

    /** The texts in the language of this session: the one chosen with {@code language}, else the settings'. */
    @Override
    public Messages messages() {
        Messages chosen = session.chosenMessages();
        return chosen == null ? messages : chosen;
    }
}
