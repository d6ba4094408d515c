package be.groupsetup.adapters.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Who may reach the dashboard: every request, before any route. Other local users and other web pages are the
 * attackers (issue 13), so:
 * <ol>
 * <li>the security headers are set on every answer, refusals included;</li>
 * <li>the {@code Host} must be {@code 127.0.0.1:PORT} or {@code localhost:PORT} — a page of another site whose name
 *     was made to resolve to the loopback (DNS rebinding) sends its own name;</li>
 * <li>a request with a live session cookie passes; one with the access token gets a fresh session and a 303 to the
 *     same address without the token, so that the token stays out of the history, bookmarks and logs of the
 *     pages; anything else is refused;</li>
 * <li>a request that can change something (any method but GET and HEAD) also needs the session's CSRF token in the
 *     form ({@value #CSRF_PARAMETER}) <em>and</em> a same-origin {@code Origin} — or, from a browser that sends none
 *     or {@code null} (as it does under {@code Referrer-Policy: no-referrer}), {@code Sec-Fetch-Site: same-origin}: either alone can be missing from a browser or a proxy, both together
 *     leave another page no way to post in the technician's name.</li>
 * </ol>
 * The refusals are plain text in English: they are for whoever probes the port, not for the technician, and say no
 * more than what to do.
 */
public final class AccessFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'none'; object-src 'none'";
    static final String TOKEN_PARAMETER = "token";
    /** The form field every page's form carries, holding {@link Sessions.Session#csrfToken()}. */
    public static final String CSRF_PARAMETER = "csrf";
    /** The request attribute that holds the {@link Sessions.Session} of an admitted request. */
    public static final String SESSION_ATTRIBUTE = AccessFilter.class.getName() + ".session";

    private final Sessions sessions;
    /** The names this dashboard answers to, without the port: the loopback's, and the {@code --bind} address's. */
    private final java.util.Set<String> hosts;
    private final String scheme;

    /** The filter of a dashboard on the loopback, in clear. */
    public AccessFilter(Sessions sessions) {
        this(sessions, new ServeOptions(0, ServeOptions.LOOPBACK));
    }

    public AccessFilter(Sessions sessions, ServeOptions options) {
        this.sessions = sessions;
        this.hosts = java.util.Set.copyOf(java.util.List.of(ServeOptions.LOOPBACK, "localhost", options.host()));
        this.scheme = options.scheme();
    }

    /** The session cookie's name: cookies ignore ports, so two dashboards on one machine must not share one. */
    static String cookieName(int port) {
        return "groupsetup-" + port;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        securityHeaders(response);
        int port = request.getLocalPort();
        if (!isOwnHost(request.getHeader("Host"), port)) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Unknown host: open the address groupsetup serve printed.");
            return;
        }
        Optional<Sessions.Session> session = sessions.find(cookie(request, cookieName(port)));
        if (session.isPresent()) {
            if (!isSafe(request.getMethod()) && !isSameOriginWithCsrf(request, session.get(), port)) {
                refuse(response, HttpServletResponse.SC_FORBIDDEN,
                        "Refused: a change must come from a page of this dashboard.");
                return;
            }
            request.setAttribute(SESSION_ATTRIBUTE, session.get());
            chain.doFilter(request, response);
            return;
        }
        if (sessions.isToken(request.getParameter(TOKEN_PARAMETER)) && request.getMethod().equals("GET")) {
            Sessions.Session fresh = sessions.open();
            response.addHeader("Set-Cookie", cookieName(port) + "=" + fresh.id()
                    + "; Path=/; HttpOnly; SameSite=Strict" + (scheme.equals("https") ? "; Secure" : ""));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getRequestURI());
            return;
        }
        refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                "Not signed in: open the address groupsetup serve printed, with its token.");
    }

    static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
    }

    private static boolean isSafe(String method) {
        return method.equals("GET") || method.equals("HEAD");
    }

    boolean isSameOriginWithCsrf(HttpServletRequest request, Sessions.Session session, int port) {
        String csrf = request.getParameter(CSRF_PARAMETER);
        if (csrf == null || !Sessions.sameSecret(session.csrfToken(), csrf)) {
            return false;
        }
        String origin = request.getHeader("Origin");
        // a page sent with Referrer-Policy: no-referrer posts its forms with Origin: null (the Fetch standard): the
        // origin is then unknown, and Sec-Fetch-Site, which the browser sets itself, decides
        if (origin != null && !origin.equals("null")) {
            String prefix = scheme + "://";
            return origin.startsWith(prefix) && isOwnHost(origin.substring(prefix.length()), port);
        }
        return "same-origin".equals(request.getHeader("Sec-Fetch-Site"));
    }

    boolean isOwnHost(String host, int port) {
        String suffix = ":" + port;
        return host != null && host.endsWith(suffix)
                && hosts.contains(host.substring(0, host.length() - suffix.length()));
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write((reason + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
