package be.groupsetup.domain.configuration;

import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.domain.finding.Finding;

import java.util.Collections;
import java.util.Set;

/** A finding of a rule that ties several fields, with the fields it involves. */
record RuleFinding(Finding finding, Set<FieldKey> involved) {

    boolean involvesAny(Set<FieldKey> fields) {
        return !Collections.disjoint(involved, fields);
    }
}
