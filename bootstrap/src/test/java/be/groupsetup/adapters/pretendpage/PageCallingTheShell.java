package be.groupsetup.adapters.pretendpage;

import be.groupsetup.adapters.cli.ExitStatuses;
import be.groupsetup.application.service.ShowGroupService;

/**
 * A driving adapter that breaks the rules on purpose, for {@code ArchitectureRulesCatchTest}: it reuses the shell's
 * exit-status mapping and calls a service instead of an in-port.
 */
public final class PageCallingTheShell {

    private final ExitStatuses statuses;
    private final ShowGroupService service;

    public PageCallingTheShell(ExitStatuses statuses, ShowGroupService service) {
        this.statuses = statuses;
        this.service = service;
    }

    @Override
    public String toString() {
        return statuses + " " + service;
    }
}
