package be.groupsetup.presentation.view;

import be.groupsetup.domain.configuration.FieldChange;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One field's change: its key, the value before and after (null when not set). */
public record FieldChangeView(String field, String old, @JsonProperty("new") String newValue) {

    public static FieldChangeView of(FieldChange change) {
        return new FieldChangeView(change.field().key(), change.oldValue(), change.newValue());
    }
}
