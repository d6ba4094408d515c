package be.groupsetup.adapters.web;

import be.groupsetup.application.error.ApplicationException;
import be.groupsetup.application.error.GroupNotFoundException;
import be.groupsetup.application.error.RefusedException;
import be.groupsetup.domain.finding.Severity;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every failure of a page as a page: what is wrong in the shell's words, never a stack trace. An unexpected failure
 * is logged by its type only (no message: it could hold a value typed, personal data).
 */
@ControllerAdvice
public class Problems {

    private static final Log LOG = LogFactory.getLog(Problems.class);

    private final Texts texts;
    private final Pages pages;

    public Problems(Texts texts, Pages pages) {
        this.texts = texts;
        this.pages = pages;
    }

    @ExceptionHandler(GroupNotFoundException.class)
    public ResponseEntity<String> notFound(GroupNotFoundException e, HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, texts.of(request).messages().error(e));
    }

    /** A number that is not one: the domain's findings, in the shell's words. */
    @ExceptionHandler(RefusedException.class)
    public ResponseEntity<String> refused(RefusedException e, HttpServletRequest request) {
        Texts.InLanguage language = texts.of(request);
        return problem(request, HttpStatus.NOT_FOUND, e.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).map(language.messages()::finding)
                .collect(Collectors.joining(" ")));
    }

    @ExceptionHandler(ApplicationException.class)
    public ResponseEntity<String> failed(ApplicationException e, HttpServletRequest request) {
        return problem(request, e.isEnvironmentFailure() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.CONFLICT,
                texts.of(request).messages().error(e));
    }

    /** Any address that is no page (the controller's most general route throws it, whatever the method). */
    @ExceptionHandler(DashboardController.NoSuchPage.class)
    public ResponseEntity<String> noPage(Exception e, HttpServletRequest request) {
        return problem(request, HttpStatus.NOT_FOUND, texts.of(request).messages().text("web.error.no-page"));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, IllegalArgumentException.class,
            org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class})
    public ResponseEntity<String> badRequest(Exception e, HttpServletRequest request) {
        return problem(request, HttpStatus.BAD_REQUEST, texts.of(request).messages().text("web.error.bad-request"));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<String> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("a page failed: " + e.getClass().getName());
        return problem(request, HttpStatus.INTERNAL_SERVER_ERROR,
                texts.of(request).messages().text("web.error.unexpected"));
    }

    private ResponseEntity<String> problem(HttpServletRequest request, HttpStatus status, String message) {
        Texts.InLanguage language = texts.of(request);
        Map<String, Object> page = Layout.page(request, language, language.messages().text("web.error.title"));
        page.put("message", message);
        page.put("back", language.messages().text("web.back"));
        return Pages.html(status, pages.render("error", page));
    }
}
