package be.groupsetup.domain.csam;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The steps of the CSAM / eHealth access-rights procedure (docs/rules.md §2.1), in procedure order. */
public enum CsamStep {
    AUTHORITY("authority", true, null, "autorite", "autoriteit"),
    CSAM_LOGIN("csam-login", true, "authority", "connexion-csam", "csam-aanmelding",
            "connexion", "aanmelding"),
    PRINCIPAL_ACCESS_MANAGER("principal-access-manager", true, "csam-login", "gestionnaire-principal",
            "hoofdtoegangsbeheerder", "gestionnaire-d-acces-principal"),
    LOCAL_ACCESS_MANAGERS("local-access-managers", false, "principal-access-manager", "gestionnaires-locaux",
            "lokale-toegangsbeheerders", "gestionnaires-d-acces-locaux", "gestionnaire-local",
            "lokale-toegangsbeheerder", "local-access-manager"),
    ACCESS_RIGHTS("access-rights", true, "principal-access-manager", "droits-d-acces", "toegangsrechten"),
    NO_MANDATES("no-mandates", true, "access-rights", "aucun-mandat", "geen-mandaten",
            "geen-mandaat", "no-mandate");

    /** The number of steps that count for progress (all but the optional local access managers). */
    public static final int REQUIRED_STEPS = (int) Arrays.stream(values()).filter(CsamStep::isRequired).count();

    private final CsamWords words;
    private final boolean required;
    private final String needsId;

    /**
     * The step's id, its ids in French and Dutch and more names accepted (a singular, the title's words): all
     * accepted in every language; only the English id is stored.
     */
    CsamStep(String id, boolean required, String needsId, String french, String dutch, String... others) {
        this.words = CsamWords.of(id, french, dutch, others);
        this.required = required;
        this.needsId = needsId;
    }

    /** The stable id: what is stored and what JSON shows. */
    public String id() {
        return words.id();
    }

    /** The id in a language (en, fr or nl; anything else reads as en): what completion offers and refusals list. */
    public String id(String language) {
        return words.in(language);
    }

    /** Every step's id in a language, in procedure order. */
    public static List<String> ids(String language) {
        return Arrays.stream(values()).map(step -> step.id(language)).toList();
    }

    /**
     * The step a typed word names, in any of the three languages (its English, French or Dutch id or another
     * name), case, accents and separators set aside.
     */
    public static Optional<CsamStep> byName(String typed) {
        return CsamWords.named(values(), step -> step.words, typed);
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

    /** The step of a stored id, exactly as stored. */
    public static Optional<CsamStep> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The steps by stable id, looked up once per stored step and per group listed. */
    private static final java.util.Map<String, CsamStep> BY_ID = Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(CsamStep::id, step -> step));

    /**
     * What a typed step id names: a step (its id in any language, {@link #byName}), a mandate (which a group never
     * defines, in any language or form: any other word holding "mandat" or "mandaat"), or nothing known.
     */
    public static Lookup lookup(String typed) {
        Optional<CsamStep> step = byName(typed);
        if (step.isPresent()) {
            return new Lookup.Step(step.get());
        }
        String plain = CsamWords.compact(typed);
        if (plain.contains("mandat") || plain.contains("mandaat")) {
            return new Lookup.Mandate(typed.strip());
        }
        return new Lookup.Unknown(typed == null ? "" : typed.strip());
    }

    @Override
    public String toString() {
        return id();
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
