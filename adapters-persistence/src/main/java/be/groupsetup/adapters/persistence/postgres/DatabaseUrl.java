package be.groupsetup.adapters.persistence.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A JDBC URL made fit to show: a password in it, as {@code user:secret@} or {@code password=secret}, left out. */
public final class DatabaseUrl {

    private DatabaseUrl() {
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
