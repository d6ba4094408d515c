package be.groupsetup.adapters.web;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve}: starts the server, prints the address to open, token included, as one line of standard output, then
 * holds the start until Ctrl-C or SIGTERM. The signal's shutdown hook stops the server and asks the start to end; the
 * application then closes its context as after any command (the sessions go with the process).
 */
public final class ServeRunner implements ApplicationRunner, ApplicationListener<ContextClosedEvent> {

    private static final Duration CLOSING = Duration.ofSeconds(10);

    private final ServeOptions options;
    private final Sessions sessions;
    private final DashboardServer server;
    private final PrintStream out;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    public ServeRunner(ServeOptions options, Sessions sessions, DashboardServer server, PrintStream out) {
        this.options = options;
        this.sessions = sessions;
        this.server = server;
        this.out = out;
    }

    /** The address {@code serve} prints: the scheme, the host, the port listened on, the token. */
    static String address(ServeOptions options, int port, String token) {
        return options.scheme() + "://" + options.host() + ":" + port + "/?" + AccessFilter.TOKEN_PARAMETER + "="
                + token;
    }

    @Override
    public void run(ApplicationArguments arguments) throws InterruptedException {
        int port = server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "groupsetup-serve-stop"));
        out.println(address(options, port, sessions.token()));
        out.flush();
        stopRequested.await();
    }

    private void stop() {
        server.close();
        stopRequested.countDown();
        try {
            closed.await(CLOSING.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (event.getApplicationContext().getParent() != null) {
            // the dispatcher's own context, closed by the server as it stops
            return;
        }
        server.close();
        closed.countDown();
    }
}
