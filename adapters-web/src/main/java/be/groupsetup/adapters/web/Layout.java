package be.groupsetup.adapters.web;

import be.groupsetup.presentation.text.Messages;
import jakarta.servlet.http.HttpServletRequest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every page has around its content (the partials {@code header} and {@code footer}): the language, the title,
 * the style sheet, the navigation, the language switch, and the session's CSRF token that every form carries.
 */
final class Layout {

    static final String STYLE_PATH = "/dashboard.css";
    static final String LANGUAGE_PATH = "/language";

    private Layout() {
    }

    /** A page's model, to which the page adds its own values. */
    static Map<String, Object> page(HttpServletRequest request, Texts.InLanguage texts, String title) {
        Messages messages = texts.messages();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("language", messages.language());
        page.put("title", title);
        page.put("style", STYLE_PATH);
        page.put("csrfName", AccessFilter.CSRF_PARAMETER);
        page.put("csrf", csrf(request));
        page.put("here", here(request));
        page.put("languagePath", LANGUAGE_PATH);
        page.put("languageLabel", messages.text("web.language"));
        page.put("languages", Messages.LANGUAGES.stream().map(code -> Map.of("code", code,
                "name", messages.text("web.language." + code), "current", code.equals(messages.language())))
                .toList());
        page.put("home", messages.text("web.back"));
        page.put("newGroup", messages.text("web.new.title"));
        return page;
    }

    static String csrf(HttpServletRequest request) {
        return request.getAttribute(AccessFilter.SESSION_ATTRIBUTE) instanceof Sessions.Session session
                ? session.csrfToken() : "";
    }

    /** The path and query of this page, for the language switch to come back to (a page may name its own instead). */
    static String here(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            // a page shown in answer to a form (a refusal) is at the form's address, which is no page to come back
            // to: such a page names its own address (the group's, the new group's), any other goes to the groups
            return "/";
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /**
     * Where a form may send the browser back to: a path of this dashboard only (starting with one {@code /}, no
     * scheme, no host, no backslash, no control character); anything else goes to the groups.
     */
    static String localPath(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 2000 || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.contains("\\")
                || candidate.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        return candidate;
    }
}
