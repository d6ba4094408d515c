package be.groupsetup.adapters.web;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code serve} once the server listens: prints the address to open, token included, as one line of standard output,
 * then holds the start until Ctrl-C or SIGTERM. The signal's shutdown hook only asks the start to end and waits while
 * the application closes the context as after any command (Tomcat stops, the sessions go with the process).
 */
public final class ServeRunner implements ApplicationRunner, ApplicationListener<ContextClosedEvent> {

    private static final Duration CLOSING = Duration.ofSeconds(10);

    private final WebServerApplicationContext context;
    private final Sessions sessions;
    private final PrintStream out;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    public ServeRunner(WebServerApplicationContext context, Sessions sessions, PrintStream out) {
        this.context = context;
        this.sessions = sessions;
        this.out = out;
    }

    /** The address {@code serve} prints: the loopback, the port listened on, the token. */
    static String address(int port, String token) {
        return "http://" + ServeOptions.LOOPBACK + ":" + port + "/?" + AccessFilter.TOKEN_PARAMETER + "=" + token;
    }

    @Override
    public void run(ApplicationArguments arguments) throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "groupsetup-serve-stop"));
        out.println(address(context.getWebServer().getPort(), sessions.token()));
        out.flush();
        stopRequested.await();
    }

    private void stop() {
        stopRequested.countDown();
        try {
            closed.await(CLOSING.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        closed.countDown();
    }
}
