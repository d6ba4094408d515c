package be.groupsetup.adapters.web;

import be.groupsetup.application.error.SettingException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The options of {@code serve [--port N] [--bind ADDRESS]}: the port (0, the default, lets the system choose a free
 * one) and the address to listen on, which can only be the loopback while no TLS is configured — personal data
 * never crosses a network in clear. A mistake is a {@link SettingException}: one line, exit 2.
 */
public record ServeOptions(int port, String bind, Optional<Tls> tls) {

    public static final String COMMAND = "serve";
    public static final String LOOPBACK = "127.0.0.1";

    /**
     * The TLS certificate of the settings {@code groupsetup.serve.tls.key-store} (a PKCS#12 file) and
     * {@code groupsetup.serve.tls.key-store-password}: with it the dashboard speaks HTTPS and may listen on another
     * address than the loopback.
     */
    public record Tls(Path keyStore, String password) {

        @Override
        public String toString() {
            return "Tls[" + keyStore + "]";
        }
    }

    public ServeOptions(int port, String bind) {
        this(port, bind, Optional.empty());
    }

    /** The scheme of the addresses the dashboard answers on. */
    public String scheme() {
        return tls.isPresent() ? "https" : "http";
    }

    /** The host the printed address names: the loopback, or the address given with {@code --bind} under TLS. */
    public String host() {
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }

    /** @param arguments the process's arguments, {@code serve} first */
    public static ServeOptions parse(List<String> arguments) {
        return parse(arguments, Optional.empty());
    }

    /**
     * @param arguments the process's arguments, {@code serve} first
     * @param tls       the TLS certificate of the settings, if any
     */
    public static ServeOptions parse(List<String> arguments, Optional<Tls> tls) {
        int port = 0;
        String bind = LOOPBACK;
        for (int i = 1; i < arguments.size(); i++) {
            String option = arguments.get(i);
            if (!option.equals("--port") && !option.equals("--bind")) {
                throw new SettingException("web.serve.option", null, option);
            }
            if (i + 1 == arguments.size()) {
                throw new SettingException("web.serve.value-missing", null, option);
            }
            String value = arguments.get(++i);
            if (option.equals("--port")) {
                port = port(value);
            } else {
                bind = bind(value, tls.isPresent());
            }
        }
        tls.ifPresent(ServeOptions::checkKeyStore);
        return new ServeOptions(port, bind, tls);
    }

    /** The TLS settings as read: both or neither. */
    public static Optional<Tls> tls(String keyStore, String password) {
        boolean store = keyStore != null && !keyStore.isBlank();
        if (!store) {
            return Optional.empty();
        }
        if (password == null) {
            throw new SettingException("web.serve.tls-password", null);
        }
        return Optional.of(new Tls(Path.of(keyStore.strip()), password));
    }

    /** The key store opened once with its password, so that a wrong file or password is said before Tomcat starts. */
    private static void checkKeyStore(Tls tls) {
        if (!Files.isRegularFile(tls.keyStore()) || !Files.isReadable(tls.keyStore())) {
            throw new SettingException("web.serve.tls-key-store", null, tls.keyStore().toString());
        }
        try (java.io.InputStream in = Files.newInputStream(tls.keyStore())) {
            java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
            store.load(in, tls.password().toCharArray());
            if (!java.util.Collections.list(store.aliases()).stream().anyMatch(alias -> isKey(store, alias))) {
                throw new SettingException("web.serve.tls-failed", null, "no private key in it");
            }
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new SettingException("web.serve.tls-failed", e,
                    e instanceof java.io.IOException ? "not a PKCS#12 file, or another password" : e.getClass().getSimpleName());
        }
    }

    private static boolean isKey(java.security.KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (java.security.KeyStoreException e) {
            return false;
        }
    }

    private static int port(String value) {
        if (value.isEmpty() || value.length() > 5 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new SettingException("web.serve.port", null, value);
        }
        int port = Integer.parseInt(value);
        if (port > 65535) {
            throw new SettingException("web.serve.port", null, value);
        }
        return port;
    }

    private static String bind(String value, boolean tls) {
        if (value.equals(LOOPBACK)) {
            return value;
        }
        if (!tls) {
            throw new SettingException("web.serve.bind", null, value, LOOPBACK);
        }
        // an address of this machine, as digits: the Host check compares with it
        return DashboardServer.address(value).getHostAddress();
    }
}
