package be.groupsetup.presentation.letter;

import be.groupsetup.application.port.in.LetterModel;
import be.groupsetup.domain.csam.CsamStep;
import be.groupsetup.domain.csam.StepState;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.presentation.sheet.SheetRenderer;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.presentation.text.PageTemplates;
import be.groupsetup.presentation.text.SafeText;
import be.groupsetup.presentation.view.Views;
import com.samskivert.mustache.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The letter to a group, for its manager (not a technician), as plain text or Markdown ready to paste into an e-mail,
 * or one self-contained HTML page that prints on A4: a greeting, what is still missing with where to find it, the
 * values to correct, the warnings to confirm, the CSAM steps only the group can do (who logs in, where, which rights),
 * the technician's name as signature. Account and INAMI numbers are hidden ({@link Masking}) unless asked otherwise.
 * Like the sheet, the three formats are JMustache templates beside this class ({@code letter.*.mustache}), each with
 * the escaper of its format applied to every value.
 */
public final class LetterRenderer {

    /** A hyphen inside a number, hidden digits included. */
    private static final Pattern NUMBER_HYPHEN = Pattern.compile("(?<=[0-9•])-(?=[0-9•])");

    private final Messages messages;
    private final Views views;

    /** @param messages the texts in the letter's language (the group's, which may not be the technician's) */
    public LetterRenderer(Messages messages) {
        this.messages = messages;
        this.views = new Views(messages);
    }

    /**
     * The letter in a format: {@code markdown}, {@code html}, or {@code text} (also for any other name).
     *
     * @param unmasked whether account and INAMI numbers are shown whole
     */
    public String render(LetterModel letter, String format, boolean unmasked) {
        Page page = page(letter, unmasked);
        return switch (format) {
            case "markdown" -> Templates.Markdown.TEMPLATE.execute(page);
            case "html" -> Templates.Html.TEMPLATE.execute(page);
            default -> Templates.Text.TEMPLATE.execute(page);
        };
    }

    private Page page(LetterModel letter, boolean unmasked) {
        String group = messages.text("letter.group", Masking.shown(FieldKey.GROUP_NUMBER,
                letter.group().value(), unmasked));
        String whom = letter.company() == null ? group : letter.company() + " (" + group + ")";
        boolean done = letter.nothingNeeded();
        return new Page(messages.language(),
                messages.text(done ? "letter.subject.done" : "letter.subject", whom),
                messages.text("letter.greeting"),
                done ? messages.text("letter.done", whom) : null,
                done ? null : messages.text("letter.intro", whom),
                missing(letter), asked(letter.wrong(), "wrong", unmasked), asked(letter.warnings(), "warnings",
                unmasked), csam(letter), messages.text("letter.closing"), messages.text("letter.regards"),
                letter.writtenBy(), messages.text("letter.stamp", views.when(letter.writtenAt()), letter.revision()));
    }

    /** The missing fields, listed once together, each with where to find it. */
    private Section missing(LetterModel letter) {
        if (letter.missing().isEmpty()) {
            return null;
        }
        List<Item> items = letter.missing().stream()
                .map(ask -> new Item(where(ask.field()), null, List.of(), null)).toList();
        return new Section(messages.text("letter.missing.title"),
                messages.text("letter.missing.intro", letter.missing().size()), items);
    }

    /** The values to correct ({@code wrong}) or to confirm ({@code warnings}): value, problem, what to send. */
    private Section asked(List<LetterModel.Ask> asks, String kind, boolean unmasked) {
        if (asks.isEmpty()) {
            return null;
        }
        List<Item> items = new ArrayList<>();
        for (LetterModel.Ask ask : asks) {
            String value = Masking.shown(ask.field(), ask.value(), unmasked);
            List<String> problems = ask.findings().stream()
                    .map(f -> Masking.hideIn(messages.finding(f), ask.field(), ask.value(), unmasked)).toList();
            String action = kind.equals("wrong") ? messages.text("letter.wrong.send", where(ask.field()))
                    : messages.text("letter.confirm", where(ask.field()));
            items.add(new Item(messages.fieldName(ask.field()), value, problems, action));
        }
        return new Section(messages.text("letter." + kind + ".title"),
                messages.text("letter." + kind + ".intro", asks.size()), items);
    }

    private String where(FieldKey field) {
        return messages.text("letter.where." + field.key());
    }

    private Csam csam(LetterModel letter) {
        if (letter.steps().isEmpty()) {
            return null;
        }
        String nurse = letter.representingNurseName().map(name -> messages.text("letter.who.nurse", name))
                .orElse(messages.text("letter.who.nurse-unknown"));
        boolean principalToDo = letter.steps().stream()
                .anyMatch(s -> s.step() == CsamStep.PRINCIPAL_ACCESS_MANAGER);
        String manager = letter.performer() == null ? messages.text("letter.who.manager") : letter.performer();
        List<Step> steps = new ArrayList<>();
        int number = 1;
        for (LetterModel.StepToDo toDo : letter.steps()) {
            CsamStep step = toDo.step();
            String who = switch (step) {
                case AUTHORITY -> null;
                case CSAM_LOGIN -> messages.text("letter.csam.who", principalToDo
                        ? messages.text("letter.who.nurse-if-new", nurse) : manager);
                case PRINCIPAL_ACCESS_MANAGER -> messages.text("letter.csam.who", nurse);
                default -> messages.text("letter.csam.who", manager);
            };
            String link = messages.stepLink(step);
            boolean web = link != null && SheetRenderer.isWebLink(link);
            List<String> services = step == CsamStep.ACCESS_RIGHTS ? toDo.missingServices().stream()
                    .map(s -> messages.text("letter.service." + s.id())).toList() : List.of();
            steps.add(new Step(number++, messages.stepTitle(step), messages.text("letter.step." + step.id()), who,
                    services.isEmpty() ? null : messages.text("letter.csam.services", String.join(", ", services)),
                    toDo.state() == StepState.RECHECK ? messages.text("letter.csam.recheck", nurse) : null,
                    link == null ? null : messages.text("letter.csam.where", "").strip(), web ? link : null,
                    web ? null : link));
        }
        return new Csam(messages.text("letter.csam.title"), messages.text("letter.csam.intro"),
                messages.text("letter.csam.no-mandate"), steps);
    }

    /**
     * The letter as the templates see it; a section is null when it has nothing to say.
     *
     * @param done  the short letter of a group that has nothing left to do, or null
     * @param intro the opening paragraph of a letter that asks for something, or null
     */
    record Page(String language, String subject, String greeting, String done, String intro, Section missing,
                Section wrong, Section warnings, Csam csam, String closing, String regards, String signature,
                String stamp) {
    }

    record Section(String title, String intro, List<Item> items) {
    }

    /**
     * @param text     where to find a missing value, or the name of the field whose value follows
     * @param value    the value as shown (hidden when it is an account or INAMI number), or null
     * @param problems what is wrong or unusual about the value
     * @param action   what to send or confirm, or null
     */
    record Item(String text, String value, List<String> problems, String action) {
    }

    record Csam(String title, String intro, String noMandate, List<Step> steps) {
    }

    /**
     * @param whereLabel "Where:" before the link, or null when the step has no link
     * @param webLink    the link when it may be followed (http or https), else null
     * @param otherLink  any other link, shown as text, else null
     */
    record Step(int number, String title, String instruction, String who, String servicesLine, String recheck, String whereLabel, String webLink, String otherLink) {
    }

    /**
     * Text in an HTML element's content, its characters that could act made visible escapes first; a hyphen between
     * digits (or hidden digits) becomes a non-breaking one, so that a number quoted in a sentence ({@code 94123456-001})
     * is never broken across lines either.
     */
    static String html(String text) {
        return NUMBER_HYPHEN.matcher(PageTemplates.html(text)).replaceAll("\u2011");
    }

    /** Text in a Markdown paragraph or list item: what would format it, link it or write HTML escaped. */
    static String markdown(String text) {
        String safe = SafeText.inline(text);
        StringBuilder out = new StringBuilder(safe.length() + 8);
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            if ("\\`*_[]<>&|#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }

    /** The templates, each compiled once, on first use. */
    private static final class Templates {

        private static final class Text {
            static final Template TEMPLATE = PageTemplates.compile(LetterRenderer.class, "letter.text.mustache",
                    SafeText::inline);
        }

        private static final class Markdown {
            static final Template TEMPLATE = PageTemplates.compile(LetterRenderer.class, "letter.markdown.mustache",
                    LetterRenderer::markdown);
        }

        private static final class Html {
            static final Template TEMPLATE = PageTemplates.compile(LetterRenderer.class, "letter.html.mustache",
                    LetterRenderer::html);
        }
    }

    @Override
    public String toString() {
        return "LetterRenderer[" + messages.language() + "]";
    }
}
