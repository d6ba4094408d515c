package be.groupsetup.domain.csam;

import be.groupsetup.domain.field.Normalizer;
import java.util.Arrays;
import java.util.Optional;

/** The steps of the CSAM / eHealth access-rights procedure (docs/rules.md §2.1), in procedure order. */
public enum CsamStep {
    AUTHORITY("authority", true, null),
    CSAM_LOGIN("csam-login", true, "authority"),
    PRINCIPAL_ACCESS_MANAGER("principal-access-manager", true, "csam-login"),
    LOCAL_ACCESS_MANAGERS("local-access-managers", false, "principal-access-manager"),
    ACCESS_RIGHTS("access-rights", true, "principal-access-manager"),
    NO_MANDATES("no-mandates", true, "access-rights");

    /** The number of steps that count for progress (all but the optional local access managers). */
    public static final int REQUIRED_STEPS = (int) Arrays.stream(values()).filter(CsamStep::isRequired).count();

    private final String id;
    private final boolean required;
    private final String needsId;

    CsamStep(String id, boolean required, String needsId) {
        this.id = id;
        this.required = required;
        this.needsId = needsId;
    }

    public String id() {
        return id;
    }

    public boolean isRequired() {
        return required;
    }

    /** The step that must be done before this one, if any. */
    public Optional<CsamStep> needs() {
        return needsId == null ? Optional.empty() : byId(needsId);
    }

    /** 1-based position in the procedure. */
    public int order() {
        return ordinal() + 1;
    }

    public static Optional<CsamStep> byId(String id) {
        return Arrays.stream(values()).filter(step -> step.id.equals(id)).findFirst();
    }

    /**
     * What a typed step id names: a step, a mandate (which a group never defines, in any language or form),
     * or nothing known.
     */
    public static Lookup lookup(String typed) {
        String id = Normalizer.typedId(typed);
        Optional<CsamStep> step = byId(id);
        if (step.isPresent()) {
            return new Lookup.Step(step.get());
        }
        String plain = Normalizer.fold(id).replaceAll("[^a-z]", "");
        if (plain.contains("mandat") || plain.contains("mandaat")) {
            return new Lookup.Mandate(typed.strip());
        }
        return new Lookup.Unknown(typed == null ? "" : typed.strip());
    }

    @Override
    public String toString() {
        return id;
    }

    /** The result of {@link #lookup}. */
    public sealed interface Lookup {
        record Step(CsamStep step) implements Lookup {
        }

        record Mandate(String typed) implements Lookup {
        }

        record Unknown(String typed) implements Lookup {
        }
    }
}
