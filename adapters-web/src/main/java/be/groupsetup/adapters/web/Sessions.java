package be.groupsetup.adapters.web;

import be.groupsetup.presentation.view.Outcomes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access token {@code serve} prints and the browser sessions it is exchanged for. The token is valid while the
 * process runs (a second browser can open the same address); a session ends after {@link #IDLE} without a request.
 * Every secret is 256 bits of {@link SecureRandom}, compared in constant time.
 */
public final class Sessions {

    public static final Duration IDLE = Duration.ofMinutes(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String token;
    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    /** What a form's change said, kept for the page the browser is sent to next (and shown once). */
    private final Map<String, Outcomes.Report> flashes = new ConcurrentHashMap<>();

    public Sessions(Clock clock) {
        this(secret(), clock);
    }

    Sessions(String token, Clock clock) {
        this.token = token;
        this.clock = clock;
    }

    /**
     * A browser session: its CSRF token goes into every form; its language is the one chosen on the pages, or null
     * for the settings' language.
     */
    public record Session(String id, String csrfToken, Instant lastSeen, String language) {
    }

    public String token() {
        return token;
    }

    public boolean isToken(String candidate) {
        return candidate != null && sameSecret(token, candidate);
    }

    /** A fresh session for a browser that presented the token. */
    public Session open() {
        dropIdle();
        Session session = new Session(secret(), secret(), clock.instant(), null);
        sessions.put(session.id(), session);
        return session;
    }

    /** The session of this id, still in use (its idle time restarted), or empty. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // the map is looked up by a hash of the id; the comparison that decides is the constant-time one
        Session session = sessions.get(id);
        if (session == null || !sameSecret(session.id(), id)) {
            return Optional.empty();
        }
        if (isIdle(session, now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session touched = new Session(session.id(), session.csrfToken(), now, session.language());
        sessions.put(id, touched);
        return Optional.of(touched);
    }

    /** This session's pages from now on in this language. */
    public Session withLanguage(Session session, String language) {
        Session chosen = new Session(session.id(), session.csrfToken(), clock.instant(), language);
        sessions.replace(session.id(), chosen);
        return chosen;
    }

    /** Keeps what a change said for the next page of this session. */
    public void flash(Session session, Outcomes.Report outcome) {
        flashes.put(session.id(), outcome);
    }

    /** What the last change of this session said, once. */
    public Optional<Outcomes.Report> takeFlash(Session session) {
        return Optional.ofNullable(flashes.remove(session.id()));
    }

    private void dropIdle() {
        Instant now = clock.instant();
        sessions.values().removeIf(session -> isIdle(session, now));
        flashes.keySet().retainAll(sessions.keySet());
    }

    private static boolean isIdle(Session session, Instant now) {
        return !session.lastSeen().plus(IDLE).isAfter(now);
    }

    static boolean sameSecret(String expected, String candidate) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
