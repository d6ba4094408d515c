package be.groupsetup.presentation.view;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Whether a group is ready for MyCareNet billing, and what is missing: fields, open warnings, CSAM steps. */
public record StatusDocument(String group, boolean ready, List<Missing> missing, int progress) {

    /**
     * One thing missing: its kind ({@code field}, {@code warning}, {@code step}), its key, the sentence, the
     * finding's code (null for a step not done), and for a step its state (absent for the other kinds).
     */
    public record Missing(String kind, String key, String message, String code,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String state) {
    }
}
