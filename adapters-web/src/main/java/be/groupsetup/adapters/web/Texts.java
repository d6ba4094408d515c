package be.groupsetup.adapters.web;

import be.groupsetup.presentation.sheet.SheetRenderer;
import be.groupsetup.presentation.text.Messages;
import be.groupsetup.presentation.view.Documents;
import be.groupsetup.presentation.view.Views;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of a request: in the language its browser session chose on the pages, else in the language of the
 * settings (as the shell). One set of presentation objects per language, made when first asked for.
 */
public final class Texts {

    /** Everything of the presentation that speaks a language. */
    public record InLanguage(Messages messages, Documents documents, Views views, SheetRenderer sheets) {
    }

    private final Messages standard;
    private final Map<String, InLanguage> byLanguage = new ConcurrentHashMap<>();

    public Texts(Messages standard) {
        this.standard = standard;
    }

    public InLanguage of(HttpServletRequest request) {
        Object session = request.getAttribute(AccessFilter.SESSION_ATTRIBUTE);
        String chosen = session instanceof Sessions.Session s && s.language() != null ? s.language()
                : standard.language();
        return byLanguage.computeIfAbsent(chosen, language -> {
            Messages messages = language.equals(standard.language()) ? standard : standard.inLanguage(language);
            return new InLanguage(messages, new Documents(messages), new Views(messages), new SheetRenderer(messages));
        });
    }

    /** The language a browser asks for, when it is one of the dashboard's; else null. */
    static String known(String language) {
        return language != null && Messages.LANGUAGES.contains(language) ? language : null;
    }
}
