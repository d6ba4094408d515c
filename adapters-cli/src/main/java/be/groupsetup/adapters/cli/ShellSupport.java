package be.groupsetup.adapters.cli;

import be.groupsetup.presentation.text.Messages;
import be.groupsetup.adapters.cli.prompt.Prompter;

/** What every command shares: the messages in the chosen language, the session, the prompter. */
public record ShellSupport(Messages messages, ShellSession session, Prompter prompter) {
}
