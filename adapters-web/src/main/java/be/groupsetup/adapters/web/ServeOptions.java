package be.groupsetup.adapters.web;

import be.groupsetup.application.error.SettingException;

import java.util.List;

/**
 * The options of {@code serve [--port N] [--bind ADDRESS]}: the port (0, the default, lets the system choose a free
 * one) and the address to listen on, which can only be the loopback while no TLS is configured — personal data
 * never crosses a network in clear. A mistake is a {@link SettingException}: one line, exit 2.
 */
public record ServeOptions(int port, String bind) {

    public static final String COMMAND = "serve";
    public static final String LOOPBACK = "127.0.0.1";

    /** @param arguments the process's arguments, {@code serve} first */
    public static ServeOptions parse(List<String> arguments) {
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
                bind = bind(value);
            }
        }
        return new ServeOptions(port, bind);
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

    private static String bind(String value) {
        if (!value.equals(LOOPBACK)) {
            throw new SettingException("web.serve.bind", null, value, LOOPBACK);
        }
        return value;
    }
}
