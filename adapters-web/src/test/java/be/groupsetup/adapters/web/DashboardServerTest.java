package be.groupsetup.adapters.web;

import be.groupsetup.application.error.SettingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The server {@code serve} starts, for real: Tomcat on a port of the loopback, the access filter and the pages behind
 * it, a port in use said as a setting, TLS from a PKCS#12 key store, nothing left behind once stopped.
 */
class DashboardServerTest {

    private final DashboardFixture fixture = new DashboardFixture().withHostileGroup();
    private final Sessions sessions = new Sessions(Clock.systemUTC());
    private final GenericApplicationContext application = new GenericApplicationContext();
    private final List<DashboardServer> started = new ArrayList<>();

    DashboardServerTest() {
        application.registerBean(WebPorts.class, () -> fixture.ports);
        application.registerBean(Texts.class, () -> new Texts(fixture.messages));
        application.registerBean(Sessions.class, () -> sessions);
        application.refresh();
    }

    @AfterEach
    void stop() {
        started.forEach(DashboardServer::close);
        application.close();
    }

    private int start(ServeOptions options) {
        DashboardServer server = new DashboardServer(options, new AccessFilter(sessions, options), application);
        started.add(server);
        return server.start();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void givenTheToken_whenTheAddressIsOpened_thenASessionThenTheGroupsPageThroughTomcat() throws Exception {
        int port = start(new ServeOptions(0, ServeOptions.LOOPBACK));
        HttpResponse<String> first = client().send(HttpRequest.newBuilder(
                URI.create(ServeRunner.address(new ServeOptions(port, "127.0.0.1"), port, sessions.token()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location")).contains("/");
        String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("groupsetup-" + port + "=").contains("HttpOnly").contains("SameSite=Strict")
                .doesNotContain("Secure");
        HttpResponse<String> page = client().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Soins &lt;script&gt;").doesNotContain("<script>");
        assertThat(page.headers().firstValue("Content-Security-Policy")).contains(AccessFilter.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("Server")).contains("groupsetup");
    }

    /** A browser posts a form's text as UTF-8 without naming the charset, with Origin: null under no-referrer. */
    @Test
    void givenAFormPostedAsABrowserDoes_whenStored_thenTheTextAsTyped() throws Exception {
        int port = start(new ServeOptions(0, ServeOptions.LOOPBACK));
        String base = "http://127.0.0.1:" + port;
        HttpResponse<String> first = client().send(HttpRequest.newBuilder(URI.create(base + "/?token="
                + sessions.token())).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String page = client().send(HttpRequest.newBuilder(URI.create(base + "/groups/" + DashboardFixture.GROUP))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(csrf.find()).isTrue();
        String form = "csrf=" + csrf.group(1) + "&street="
                + java.net.URLEncoder.encode("Rue Hors-Château 12", java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> posted = client().send(HttpRequest.newBuilder(URI.create(base + "/groups/"
                        + DashboardFixture.GROUP + "/set")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "null")
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(fixture.queries.show().show(new be.groupsetup.application.port.in.GroupQuery(DashboardFixture.GROUP))
                .configuration().value(be.groupsetup.domain.field.FieldKey.STREET)).contains("Rue Hors-Château 12");
    }

    @Test
    void givenNoSession_whenAnAddressIsAsked_thenRefusedWithoutTomcatsOwnPage() throws Exception {
        int port = start(new ServeOptions(0, ServeOptions.LOOPBACK));
        HttpResponse<String> refused = client().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/groups/94123456001")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).doesNotContain("Tomcat").doesNotContain("Soins");
    }

    @Test
    void givenAPortInUse_whenServeStarts_thenASettingErrorNamingThePort() throws Exception {
        int taken = start(new ServeOptions(0, ServeOptions.LOOPBACK));
        DashboardServer second = new DashboardServer(new ServeOptions(taken, ServeOptions.LOOPBACK),
                new AccessFilter(sessions), application);
        started.add(second);
        assertThatThrownBy(second::start)
                .isInstanceOfSatisfying(SettingException.class, e -> {
                    assertThat(e.code()).isEqualTo("web.serve.port-in-use");
                    assertThat(e.isEnvironmentFailure()).isFalse();
                    assertThat(fixture.messages.error(e)).contains(String.valueOf(taken));
                });
        // the failed start left no working folder behind
        assertThat(second.workingFolder()).isNotNull().doesNotExist();
    }

    @Test
    void givenAStoppedServer_thenItsPortIsFreeAndItsWorkingFolderGone() throws Exception {
        DashboardServer server = new DashboardServer(new ServeOptions(0, ServeOptions.LOOPBACK),
                new AccessFilter(sessions), application);
        int port = server.start();
        Path folder = server.workingFolder();
        assertThat(folder).isDirectory();
        assertThat(Files.getPosixFilePermissions(folder)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
        server.close();
        assertThat(folder).doesNotExist();
        // the port can be taken again
        started.add(server);
        assertThat(start(new ServeOptions(port, ServeOptions.LOOPBACK))).isEqualTo(port);
    }

    @Test
    void givenATlsKeyStore_whenServed_thenHttpsAndASecureCookie(@TempDir Path folder) throws Exception {
        Path keyStore = folder.resolve("dashboard.p12");
        String password = "changeit-" + System.nanoTime();
        makeKeyStore(keyStore, password);
        ServeOptions options = ServeOptions.parse(List.of("serve"), ServeOptions.tls(keyStore.toString(), password));
        int port = start(options);

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            trusted.load(in, password.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER).build();
        String address = ServeRunner.address(options, port, sessions.token());
        assertThat(address).startsWith("https://127.0.0.1:" + port + "/?token=");
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
    }

    @Test
    void givenAnotherAddressWithTls_whenParsed_thenAccepted_andWithoutTlsOrAWrongKeyStoreRefused(@TempDir Path folder)
            throws Exception {
        Path keyStore = folder.resolve("k.p12");
        makeKeyStore(keyStore, "secret-of-the-test");
        assertThat(ServeOptions.parse(List.of("serve", "--bind", "127.0.0.2"),
                ServeOptions.tls(keyStore.toString(), "secret-of-the-test")).bind()).isEqualTo("127.0.0.2");
        Path notAKeyStore = Files.writeString(folder.resolve("not.p12"), "not a key store");
        for (var tls : List.of(ServeOptions.tls(keyStore.toString(), "another password"),
                ServeOptions.tls(notAKeyStore.toString(), "x"))) {
            assertThatThrownBy(() -> ServeOptions.parse(List.of("serve"), tls))
                    .isInstanceOfSatisfying(SettingException.class,
                            e -> assertThat(e.code()).isEqualTo("web.serve.tls-failed"));
        }
        assertThatThrownBy(() -> ServeOptions.parse(List.of("serve", "--bind", "127.0.0.2"), Optional.empty()))
                .isInstanceOfSatisfying(SettingException.class, e -> assertThat(e.code()).isEqualTo("web.serve.bind"));
        assertThatThrownBy(() -> ServeOptions.tls(keyStore.toString(), null))
                .isInstanceOfSatisfying(SettingException.class,
                        e -> assertThat(e.code()).isEqualTo("web.serve.tls-password"));
        assertThatThrownBy(() -> ServeOptions.parse(List.of("serve"),
                ServeOptions.tls(folder.resolve("missing.p12").toString(), "x")))
                .isInstanceOfSatisfying(SettingException.class,
                        e -> assertThat(e.code()).isEqualTo("web.serve.tls-key-store"));
    }

    private static void makeKeyStore(Path keyStore, String password) throws Exception {
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "dashboard", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", password)
                .redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).isZero();
    }
}
