package be.groupsetup.adapters.web;

import be.groupsetup.presentation.text.SafeText;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.owasp.encoder.Encode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard's pages: JMustache templates beside this class ({@code NAME.html.mustache}), compiled once. Every
 * {@code {{value}}} is escaped as the presentation's HTML sheet escapes it — characters that can act made visible
 * ({@link SafeText#inline}), then OWASP's encoder — with {@link Encode#forHtml}, which also encodes quotes, since the
 * pages place values in attributes (links to a group). No triple mustache is used: no value is trusted as markup.
 */
public final class Pages {

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .withEscaper(text -> Encode.forHtml(SafeText.inline(text)))
            .withLoader(name -> new java.io.StringReader(resourceText(name + ".html.mustache")))
            .emptyStringIsFalse(true).nullValue("");

    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    private static final org.springframework.http.MediaType HTML = new org.springframework.http.MediaType("text",
            "html", StandardCharsets.UTF_8);

    /** A page's answer: the status and the HTML, as UTF-8. */
    static org.springframework.http.ResponseEntity<String> html(org.springframework.http.HttpStatusCode status,
                                                                 String body) {
        return org.springframework.http.ResponseEntity.status(status).contentType(HTML).body(body);
    }

    String render(String name, Object context) {
        return templates.computeIfAbsent(name, Pages::compile).execute(context);
    }

    private static Template compile(String name) {
        return COMPILER.compile(resourceText(name + ".html.mustache"));
    }

    /**
     * A text file of the class path (UTF-8), named beside this class or, with a leading {@code /}, absolutely: the
     * pages' templates, the dashboard's style sheet, the presentation's sheet template.
     */
    static String resourceText(String name) {
        try (java.io.InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static java.io.InputStream resource(String name) throws IOException {
        java.io.InputStream in = Pages.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("no such resource: " + name);
        }
        return in;
    }
}
