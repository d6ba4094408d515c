package be.groupsetup.presentation.view;

import java.util.List;
import java.util.Map;

/** A group as {@code show} and {@code check} give it: its values in screen order, its findings, completeness, open warnings. */
public record GroupDocument(String group, Map<String, String> values, List<FindingView> findings, boolean complete,
                            int openWarnings, long revision) {
}
