package be.groupsetup.presentation.text;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.owasp.encoder.Encode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What the printable pages (the sheet, the letter) share: how their JMustache templates are compiled, and the escaper
 * of their HTML format.
 */
public final class PageTemplates {

    private PageTemplates() {
    }

    /**
     * The template {@code name} beside {@code owner}, with {@code escaper} applied to every {@code {{value}}} by
     * default. A missing value is a defect of the template (an exception); a null one shows nothing, and an empty
     * text counts as false, so that a section about it is left out.
     */
    public static Template compile(Class<?> owner, String name, Mustache.Escaper escaper) {
        try (Reader reader = new InputStreamReader(owner.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            return Mustache.compiler().withEscaper(escaper).emptyStringIsFalse(true).nullValue("").compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template " + name, e);
        }
    }

    /**
     * Text in an HTML element's content (or a double-quoted attribute value that cannot hold a quote: a severity, a
     * language, a checked web link), through the OWASP encoder, its characters that could act made visible escapes
     * first ({@link SafeText#inline}).
     */
    public static String html(String text) {
        return Encode.forHtmlContent(SafeText.inline(text));
    }
}
