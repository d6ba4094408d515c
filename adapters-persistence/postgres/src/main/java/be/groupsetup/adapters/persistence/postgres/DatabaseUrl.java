package be.groupsetup.adapters.persistence.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A JDBC URL made fit to show (a password in it, as {@code user:secret@} or {@code password=secret}, left out), and
 * checked before anything connects: the mistakes a person makes in {@code spring.datasource.url} are said as such,
 * with the form expected, rather than as a database that cannot be reached.
 */
public final class DatabaseUrl {

    /** The form every message shows. */
    public static final String EXPECTED = "jdbc:postgresql://HOST:PORT/DATABASE";
    private static final String PREFIX = "jdbc:postgresql:";

    private DatabaseUrl() {
    }

    /** What is wrong with a URL, for {@code error.storage.database-url-<kind>}. */
    public record Problem(Kind kind, String detail) {
    }

    public enum Kind {
        /** Not a {@code jdbc:postgresql:} URL (e.g. {@code jdbc:postgres://}, {@code postgresql://}): detail, its beginning. */
        SCHEME,
        /** A port that is not a number from 1 to 65535: detail, the port as written. */
        PORT,
        /** Anything else the driver cannot read (a host missing, a stray character): detail, empty. */
        FORM
    }

    /** The problem of a URL, or empty when it has the form of a PostgreSQL JDBC URL (whether the server is there or not). */
    public static Optional<Problem> problem(String url) {
        String text = url == null ? "" : url.strip();
        if (!text.startsWith(PREFIX)) {
            int colonSlashes = text.indexOf("://");
            String beginning = colonSlashes > 0 ? text.substring(0, colonSlashes + 3)
                    : text.substring(0, Math.min(text.length(), PREFIX.length()));
            return Optional.of(new Problem(Kind.SCHEME, beginning));
        }
        String rest = text.substring(PREFIX.length());
        if (rest.startsWith("//")) {
            int end = rest.length();
            for (char stop : new char[]{'/', '?'}) {
                int at = rest.indexOf(stop, 2);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            String authority = rest.substring(2, end);
            authority = authority.substring(authority.lastIndexOf('@') + 1);
            for (String host : authority.split(",", -1)) {
                int close = host.lastIndexOf(']');
                int colon = host.lastIndexOf(':');
                if (host.isEmpty() && !authority.isEmpty()) {
                    return Optional.of(new Problem(Kind.FORM, ""));
                }
                if (colon > close) {
                    String port = host.substring(colon + 1);
                    if (!validPort(port)) {
                        return Optional.of(new Problem(Kind.PORT, port));
                    }
                }
            }
            if (end == rest.length() || rest.charAt(end) != '/') {
                // jdbc:postgresql://db:5432 — the driver wants the slash before the database (even an empty name)
                return Optional.of(new Problem(Kind.FORM, ""));
            }
        }
        return Optional.empty();
    }

    private static boolean validPort(String port) {
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int number = Integer.parseInt(port);
        return number >= 1 && number <= 65535;
    }

    public static String withoutPassword(String url) {
        if (url == null) {
            return null;
        }
        String shown = withoutUserInfoPassword(url);
        int query = shown.indexOf('?');
        if (query < 0) {
            return shown;
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : shown.substring(query + 1).split("&")) {
            int equals = parameter.indexOf('=');
            String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
            if (!name.contains("password") && !parameter.isEmpty()) {
                kept.add(parameter);
            }
        }
        return shown.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    /** {@code jdbc:postgresql://user:secret@host/db} → {@code jdbc:postgresql://user@host/db}. */
    private static String withoutUserInfoPassword(String url) {
        int authority = url.indexOf("//");
        if (authority < 0) {
            return url;
        }
        int start = authority + 2;
        int end = url.length();
        for (char stop : new char[]{'/', '?'}) {
            int at = url.indexOf(stop, start);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        int at = url.lastIndexOf('@', end - 1);
        if (at < start) {
            return url;
        }
        int colon = url.indexOf(':', start);
        if (colon < 0 || colon > at) {
            return url;
        }
        return url.substring(0, colon) + url.substring(at);
    }
}
