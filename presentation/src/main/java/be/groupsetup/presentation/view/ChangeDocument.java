package be.groupsetup.presentation.view;

import java.util.List;
import java.util.Map;

/**
 * What a change of a configuration did: accepted or refused, the values after it (null when refused), the findings
 * (with the acknowledgements known), the fields changed and the revision stored.
 */
public record ChangeDocument(String group, String status, Map<String, String> values, List<FindingView> findings,
                             List<FieldChangeView> changes, long revision) {
}
