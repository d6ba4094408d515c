package be.groupsetup.domain.setup;

import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.configuration.GroupConfiguration;
import be.groupsetup.domain.csam.CsamProcedure;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.finding.Finding;
import be.groupsetup.domain.value.GroupNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything known about one group's set-up: its AllsoftPlus configuration and its CSAM procedure. This is
 * what a store keeps per group and what readiness is judged on.
 */
public record GroupSetup(GroupConfiguration configuration, CsamProcedure procedure) {

    public GroupSetup {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(procedure, "procedure");
    }

    public static GroupSetup start(GroupConfiguration configuration) {
        return new GroupSetup(configuration, CsamProcedure.notStarted());
    }

    public GroupNumber groupNumber() {
        return configuration.groupNumber();
    }

    public GroupSetup with(GroupConfiguration changed) {
        return new GroupSetup(changed, procedure);
    }

    public GroupSetup with(CsamProcedure changed) {
        return new GroupSetup(configuration, changed);
    }

    /**
     * Ready for MyCareNet billing, or what is missing, in the order of SPEC §2: field errors (screen order),
     * missing required fields (screen order), CSAM steps not done (procedure order).
     */
    public Readiness readiness(ConfigurationRules rules) {
        List<Finding> errors = configuration.check(rules).stream().filter(Finding::isError).toList();
        List<Readiness.Missing> missing = new ArrayList<>();
        errors.stream().filter(f -> !f.code().equals(Readiness.REQUIRED))
                .forEach(f -> missing.add(Readiness.Missing.field(f)));
        errors.stream().filter(f -> f.code().equals(Readiness.REQUIRED))
                .forEach(f -> missing.add(Readiness.Missing.field(f)));
        for (CsamStep step : procedure.stepsToDo()) {
            missing.add(Readiness.Missing.step(step));
        }
        return new Readiness(missing);
    }
}
