package be.groupsetup.bootstrap;

import be.groupsetup.bootstrap.GroupsetupChild.Outcome;
import be.groupsetup.bootstrap.GroupsetupChild.Serve;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static be.groupsetup.bootstrap.GroupsetupChild.dataDirectory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The team dashboard as a technician uses it: {@code groupsetup serve} in a child JVM (the real application, its
 * settings in the environment, sample groups typed in through the shell's one-shot {@code @FILE}), driven by a real,
 * headless Chromium through Selenium. On the file store: signing in with the printed address; the groups; a group's
 * form refusing a bad IBAN with the shell's very words, then storing a good one; a warning acknowledged with a reason;
 * a CSAM step recorded; all of it still there after a reload, the history in the shell's words; the pages in French;
 * the requests a page of the dashboard never sends (no token, a foreign {@code Host}, a form without its CSRF token
 * or from another site), refused; SIGTERM. On PostgreSQL: two dashboards on one database, a change made on one seen
 * on the other. Screenshots of the pages go to {@code target/screenshots} ({@code scripts/dashboard-screenshots.sh}
 * copies them into {@code docs/images}); what the browser showed when a test failed, to
 * {@code target/browser-failures}.
 * <p>
 * Tagged {@code browser}: not in the default suite (a browser and seven JVM starts take over a minute on two cores),
 * run by the profile {@code browser}. Skipped, not failed, where Chromium or chromedriver is not installed. Kept
 * offline: the installed chromedriver is named, so Selenium Manager never looks for (or downloads) one.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("groupsetup.browser.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("webdriver.chrome.driver",
            "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    private static final Path FAILED = Path.of(System.getProperty("basedir", "."), "target", "browser-failures");
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Held here so that the level set on it stays set. */
    private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

    private static final String TECHNICIAN = "Sophie Lambert";
    private static final String READY = "94123456001";
    private static final String WARNED = "94876543001";
    private static final String STARTED = "94555123001";
    /** The group this test works on through the dashboard's forms. */
    private static final String GROUP = "94200300001";
    private static final String BAD_IBAN = "BE68 5390 0754 7035";
    /** ING Belgium's bank code 310: its BIC is BBRUBEBB, which the dashboard stores with it. */
    private static final String GOOD_IBAN = "BE35 3101 2345 6737";
    /** Typed in the form: its accent travels as two bytes of UTF-8. */
    private static final String STREET = "Avenue Félicien Rops 27";
    /** Typed with a typographic apostrophe (U+2019), as phones and word processors write one. */
    private static final String REASON = "Legacy BIC on the bank’s letter of 2 December; the bank confirmed it";

    /**
     * Invented sample data (no real company, nurse or account), as a technician would type it in the shell: a group
     * ready for billing, one complete but with a warning still open, one being set up, and the one this test works
     * on.
     */
    private static final String SAMPLE = """
            # a group ready for billing: every field, the CSAM procedure done
            group new 94123456
            group set 94123456001 --company-name "Soins à Domicile L’Aurore SRL" --city Bruxelles --postal-code 1000 \
            --street "Rue de la Loi 16" --iban "BE35 3101 2345 6737" --bic BBRUBEBB --first-name Françoise \
            --last-name "D'Hondt" --phone "0470 12 34 56" --subscription-type MCN-2026-001 --inami 41234502001 \
            --enterprise-number "BE 0428.759.497" --single-point-of-contact 135 --reference-care-provider 41234502001
            csam record 94123456001 authority --person "Françoise D'Hondt" --role group-responsible
            csam record 94123456001 csam-login --person "Françoise D'Hondt"
            csam record 94123456001 principal-access-manager --person "Françoise D'Hondt"
            csam record 94123456001 access-rights --person "Françoise D'Hondt" \
            --services billing,insurability,medico-administrative
            csam record 94123456001 no-mandates
            # complete, but a warning is still open: a mutuality that is not a Christian one
            group new 94876543
            group set 94876543001 --company-name "Thuisverpleging De Linde BV" --city Gent --postal-code 9000 \
            --street "Kortrijksesteenweg 212" --iban "BE53 7341 1223 3453" --bic KREDBEBB --first-name Lieve \
            --last-name Verstraete --phone "09 223 45 67" --subscription-type MCN-2026-014 --inami 42198760401 \
            --enterprise-number 0456789133 --single-point-of-contact 235 --reference-care-provider 42198760401
            csam record 94876543001 authority --person "Lieve Verstraete" --role group-responsible
            # being set up: a few fields, the first CSAM steps
            group new 94555123
            group set 94555123001 --company-name "Infirmières à domicile Les Tilleuls SRL" --city Liège \
            --postal-code 4000 --street "Boulevard d'Avroy 45" --first-name Nadia --last-name Benali \
            --phone "04 221 33 44"
            csam record 94555123001 authority --person "Nadia Benali" --role local-user
            csam record 94555123001 csam-login --person "Nadia Benali"
            # the group the browser works on: a name and an address only
            group new 94200300
            group set 94200300001 --company-name "Cabinet Infirmier du Val de Sambre SRL" --city Namur \
            --postal-code 5000 --street "Rue de Fer 27"
            """;

    /** What the browser showed when a test failed: the page's source and a screenshot, under target/browser-failures. */
    @RegisterExtension
    static final TestWatcher FAILURES = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser == null) {
                return;
            }
            try {
                Path folder = Files.createDirectories(FAILED);
                String name = context.getRequiredTestMethod().getName();
                Files.writeString(folder.resolve(name + ".html"), "<!-- " + browser.getCurrentUrl() + " -->\n"
                        + browser.getPageSource());
                Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    };

    @TempDir
    static Path root;
    private static Map<String, String> settings;
    /** What the shell says on standard error when it refuses {@link #BAD_IBAN}. */
    private static List<String> shellRefusal;
    private static Serve serve;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        if (missing().isPresent()) {
            return;
        }
        deleteFolder(FAILED);
        Path data = dataDirectory(root.resolve("data"));
        settings = Map.of("GROUPSETUP_DATA_DIR", data.toString(), "GROUPSETUP_TECHNICIAN", TECHNICIAN);
        Path sample = Files.writeString(root.resolve("sample.txt"), SAMPLE);
        Outcome seeded = GroupsetupChild.oneShot(root.resolve("shell"), settings, "@" + sample);
        assertThat(seeded.exit()).as(seeded.err()).isZero();
        Outcome refused = GroupsetupChild.oneShot(root.resolve("shell"), settings, "group", "set", GROUP, "--iban",
                BAD_IBAN);
        assertThat(refused.exit()).as(refused.toString()).isEqualTo(1);
        shellRefusal = refused.errLines();
        assertThat(shellRefusal).anyMatch(line -> line.endsWith("[iban.checksum]")).last()
                .isEqualTo("Nothing was stored.");

        serve = GroupsetupChild.serve(root.resolve("serve"), settings).awaitAddress();
        browser = chrome();
    }

    /** Each test skipped, with the reason, where there is no browser to drive. */
    @BeforeEach
    void browserInstalled() {
        assumeTrue(missing().isEmpty(), () -> missing().orElseThrow());
    }

    /** Why the browser cannot be driven here, if it cannot. */
    private static Optional<String> missing() {
        if (!Files.isExecutable(CHROMIUM)) {
            return Optional.of("No Chromium at " + CHROMIUM + ": the dashboard's browser tests are skipped (Debian:"
                    + " apt-get install chromium chromium-driver; or -Dgroupsetup.browser.binary=PATH).");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return Optional.of("No chromedriver at " + CHROMEDRIVER + ": the dashboard's browser tests are skipped"
                    + " (Debian: apt-get install chromium-driver; or -Dwebdriver.chrome.driver=PATH).");
        }
        return Optional.empty();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    @Order(1)
    void givenThePrintedAddress_whenOpened_thenSignedInByAPortsCookieTheTokenGoneAndTheGroupsListed()
            throws IOException {
        assertThat(serve.address().toString()).matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{43}");

        browser.get(serve.address().toString());

        assertThat(browser.getCurrentUrl()).as("the token is out of the address bar").isEqualTo(serve.base() + "/");
        Cookie cookie = browser.manage().getCookieNamed("groupsetup-" + serve.port());
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(browser.getTitle()).isEqualTo("Groups");
        Map<String, Map<String, String>> rows = groupRows();
        assertThat(rows).containsOnlyKeys(READY, WARNED, STARTED, GROUP);
        assertThat(listed(rows.get(READY)))
                .containsExactly("Soins à Domicile L’Aurore SRL", "yes", "5 of 5", "yes", "0");
        assertThat(listed(rows.get(WARNED)))
                .containsExactly("Thuisverpleging De Linde BV", "yes", "1 of 5", "no", "1");
        assertThat(listed(rows.get(STARTED)))
                .containsExactly("Infirmières à domicile Les Tilleuls SRL", "no", "2 of 5", "no", "0");
        assertThat(listed(rows.get(GROUP)))
                .containsExactly("Cabinet Infirmier du Val de Sambre SRL", "no", "0 of 5", "no", "0");
        assertThat(serve.stderr()).as("nothing logged").isEmpty();
    }

    @Test
    @Order(2)
    void givenAGroupsForm_whenABadIbanIsStored_thenRefusedWithTheShellsVeryWordsAndNothingStored() throws IOException {
        submit(browser.findElement(By.linkText(GROUP)));
        assertThat(browser.getCurrentUrl()).isEqualTo(serve.base() + "/groups/" + GROUP);
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Group " + GROUP + " — Cabinet Infirmier du Val de Sambre SRL");

        field("iban").sendKeys(BAD_IBAN);
        submit(browser.findElement(By.cssSelector("#fields button.store")));

        viewScreenshot("dashboard-refused.png");
        assertThat(report().getAttribute("class")).isEqualTo("report refused");
        assertThat(reportLines()).as("the lines the shell prints for the same change").isEqualTo(shellRefusal);
        assertThat(field("iban").getDomProperty("value")).as("what was typed, kept to correct").isEqualTo(BAD_IBAN);
        assertThat(shown("iban")).isEmpty();
    }

    @Test
    @Order(3)
    void givenTheRefusedIban_whenCorrectedAndTheStreetChanged_thenBothStoredWithTheBanksBicAndSaidOnce() {
        field("iban").clear();
        field("iban").sendKeys(GOOD_IBAN);
        field("street").sendKeys(STREET);
        submit(browser.findElement(By.cssSelector("#fields button.store")));

        assertThat(browser.getCurrentUrl()).as("303 to the group's page").isEqualTo(serve.base() + "/groups/" + GROUP);
        assertThat(report().getAttribute("class")).isEqualTo("report accepted");
        assertThat(reportLines()).startsWith("Group " + GROUP + ": stored (revision 3).",
                        "  Rue: Rue de Fer 27 → " + STREET, "  IBAN: — → " + GOOD_IBAN, "  BIC: — → BBRUBEBB")
                .anyMatch(line -> line.startsWith("note") && line.endsWith("[bic.derived]"));
        assertThat(shown("street")).as("the form's UTF-8 read as UTF-8").isEqualTo(STREET);
        assertThat(shown("iban")).isEqualTo(GOOD_IBAN);
        assertThat(shown("bic")).isEqualTo("BBRUBEBB");
        assertThat(field("iban").getDomProperty("value")).isEmpty();
    }

    @Test
    @Order(4)
    void givenABicOfAnotherBank_whenStoredThenAcknowledgedWithAReason_thenTheWarningIsAcknowledgedByTheTechnician() {
        field("bic").sendKeys("GEBABEBB");
        submit(browser.findElement(By.cssSelector("#fields button.store")));

        assertThat(report().getAttribute("class")).isEqualTo("report accepted");
        assertThat(reportLines()).contains("  BIC: BBRUBEBB → GEBABEBB")
                .anyMatch(line -> line.startsWith("warning") && line.endsWith("[bic.bank-mismatch]"));
        WebElement acknowledge = browser.findElement(By.xpath(
                "//form[@class='acknowledge'][input[@name='code' and @value='bic.bank-mismatch']]"));
        assertThat(acknowledge.findElement(By.cssSelector("input[name=field]")).getDomProperty("value"))
                .isEqualTo("bic");
        assertThat(acknowledge.getText()).contains("BNP Paribas Fortis").contains("BBRUBEBB");

        acknowledge.findElement(By.name("reason")).sendKeys(REASON);
        submit(acknowledge.findElement(By.cssSelector("button[type=submit]")));

        assertThat(report().getAttribute("class")).isEqualTo("report accepted");
        assertThat(reportLines()).hasSize(2);
        assertThat(reportLines().get(0)).startsWith("Acknowledged on group " + GROUP + ": BIC: ")
                .contains("[bic.bank-mismatch] — by " + TECHNICIAN + " on ").endsWith(": " + REASON);
        assertThat(reportLines().get(1)).startsWith("Group " + GROUP + " is not ready for MyCareNet billing yet: ");
        assertThat(browser.findElements(By.cssSelector("form.acknowledge"))).as("no warning left open").isEmpty();
    }

    @Test
    @Order(5)
    void givenTheCsamForm_whenTheAuthorityIsRecorded_thenTheStepIsDoneAndTheNextOneNamed() {
        WebElement form = browser.findElement(By.id("csam-record"));
        form.findElement(By.cssSelector("select[name=step] option[value=authority]")).click();
        form.findElement(By.name("person")).sendKeys("Marc Dubois");
        form.findElement(By.name("role")).sendKeys("group-responsible");
        submit(form.findElement(By.cssSelector("button[type=submit]")));

        assertThat(report().getAttribute("class")).isEqualTo("report accepted");
        assertThat(reportLines()).anyMatch(line -> line.startsWith("Recorded — ") && line.contains("Marc Dubois"))
                .contains("Progress: 1 of 5 required steps done.");
    }

    @Test
    @Order(6)
    void givenTheSampleGroupsAndTheFormsUsed_whenPhotographed_thenTheGroupsPageAndAGroupPageAreSmallPngs()
            throws IOException {
        browser.get(serve.base() + "/groups/" + GROUP);
        screenshot("dashboard-group.png");
        browser.get(serve.base() + "/");
        screenshot("dashboard-groups.png");

        for (String name : List.of("dashboard-groups.png", "dashboard-group.png", "dashboard-refused.png")) {
            assertThat(Files.size(SCREENSHOTS.resolve(name))).as(name).isBetween(10_000L, 300_000L);
        }
    }

    @Test
    @Order(7)
    void givenEverythingDone_whenThePageIsReloaded_thenAllOfItIsStoredAndTheReportIsGone() throws IOException {
        browser.get(serve.base() + "/");
        Map<String, String> listed = groupRows().get(GROUP);
        assertThat(listed(listed)).containsExactly("Cabinet Infirmier du Val de Sambre SRL", "no", "1 of 5", "no", "0");
        assertThat(listed.get("Next CSAM step")).isEqualTo("Step 2, Log in at CSAM");
        assertThat(listed.get("Last change")).startsWith(TECHNICIAN);
        submit(browser.findElement(By.linkText(GROUP)));
        browser.navigate().refresh();
        waitForPage();

        assertThat(browser.findElements(By.cssSelector("section.report"))).as("a report is shown once").isEmpty();
        assertThat(shown("company-name")).isEqualTo("Cabinet Infirmier du Val de Sambre SRL");
        assertThat(shown("street")).isEqualTo(STREET);
        assertThat(shown("iban")).isEqualTo(GOOD_IBAN);
        assertThat(shown("bic")).isEqualTo("GEBABEBB");
        assertThat(notes("bic")).startsWith("This BIC is BNP Paribas Fortis’s; bank code 310 in the IBAN belongs to"
                + " ING Belgium, whose BIC is BBRUBEBB.").contains("Acknowledged by " + TECHNICIAN).endsWith(REASON);
        assertThat(browser.findElement(By.cssSelector("form.acknowledged")).getText()).contains("[bic.bank-mismatch]")
                .contains(REASON);
        assertThat(browser.findElement(By.cssSelector(".checklist")).getText()).contains("Marc Dubois");
        assertThat(browser.findElements(By.cssSelector("table.history tr"))).as("revisions 1 to 6").hasSize(6);
        assertThat(historyText()).contains(TECHNICIAN).contains("warning acknowledged: " + REASON)
                .contains("CSAM step recorded");
        assertThat(serve.stderr()).as("nothing logged").isEmpty();
    }

    @Test
    @Order(8)
    void givenTheGroupsHistory_whenShown_thenEachChangeInTheWordsOfTheShellsGroupHistory() throws Exception {
        Outcome history = GroupsetupChild.oneShot(root.resolve("shell"), settings, "group", "history", GROUP);
        assertThat(history.exit()).as(history.err()).isZero();
        List<String> changes = history.out().lines().map(String::strip).filter(line -> line.contains(" → ")).toList();
        assertThat(changes).as(history.out()).contains("IBAN: — → " + GOOD_IBAN);

        browser.get(serve.base() + "/groups/" + GROUP);

        assertThat(historyText().lines().map(String::strip).toList())
                .as("the dashboard's history against the shell's group history:%n%s", history.out())
                .containsAll(changes);
    }

    @Test
    @Order(9)
    void givenTheLanguageSwitch_whenFrenchIsChosen_thenThePagesAndTheRefusalsAreFrenchUntilEnglishIsChosenAgain() {
        browser.get(serve.base() + "/groups/" + GROUP);
        submit(browser.findElement(By.cssSelector("form.language button[value=fr]")));

        assertThat(browser.getCurrentUrl()).as("back on the same page").isEqualTo(serve.base() + "/groups/" + GROUP);
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Groupe " + GROUP + " — ");
        assertThat(browser.findElement(By.cssSelector("#fields button.store")).getText())
                .isEqualTo("Enregistrer les modifications");
        field("iban").sendKeys(BAD_IBAN);
        submit(browser.findElement(By.cssSelector("#fields button.store")));
        assertThat(reportLines()).last().isEqualTo("Rien n’a été enregistré.");
        assertThat(reportLines()).anyMatch(line -> line.startsWith("erreur") && line.endsWith("[iban.checksum]"));

        // from the page that showed the refusal (the form's own address): back to the group's page, in English
        submit(browser.findElement(By.cssSelector("form.language button[value=en]")));
        assertThat(browser.getCurrentUrl()).as("the group's page, not the address the refused form was sent to")
                .isEqualTo(serve.base() + "/groups/" + GROUP);
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(shown("iban")).as("the refused value was not stored").isEqualTo(GOOD_IBAN);
    }

    @Test
    @Order(10)
    void givenRequestsNoPageOfTheDashboardSends_whenSent_thenEachIsRefusedAndNothingChanges() throws IOException {
        int port = serve.port();
        String host = "127.0.0.1:" + port;
        String origin = "Origin: http://" + host;

        RawHttp.Response noToken = RawHttp.get(port, host, "/");
        RawHttp.Response wrongToken = RawHttp.get(port, host, "/?token=" + "A".repeat(43));
        RawHttp.Response foreignHost = RawHttp.get(port, "rebound.example:" + port, "/?token=" + serve.token());
        RawHttp.Response otherPort = RawHttp.get(port, "127.0.0.1:" + (port == 1 ? 2 : port - 1),
                "/?token=" + serve.token());

        assertThat(noToken.status()).as(noToken.toString()).isEqualTo(401);
        assertThat(noToken.body()).startsWith("Not signed in");
        assertThat(wrongToken.status()).as(wrongToken.toString()).isEqualTo(401);
        assertThat(wrongToken.header("Set-Cookie")).isEmpty();
        assertThat(foreignHost.status()).as(foreignHost.toString()).isEqualTo(400);
        assertThat(foreignHost.body()).startsWith("Unknown host");
        assertThat(foreignHost.header("Set-Cookie")).as("no session for a foreign host").isEmpty();
        assertThat(otherPort.status()).isEqualTo(400);
        for (RawHttp.Response refused : List.of(noToken, wrongToken, foreignHost)) {
            assertThat(refused.header("Content-Security-Policy")).isPresent();
            assertThat(refused.header("Cache-Control")).contains("no-store");
        }

        // signed in as a browser is, on localhost this time: a session of its own and the page's CSRF token
        String localhost = "localhost:" + port;
        RawHttp.Response signIn = RawHttp.get(port, localhost, "/?token=" + serve.token());
        assertThat(signIn.status()).as(signIn.toString()).isEqualTo(303);
        assertThat(signIn.header("Location")).hasValue("/");
        String setCookie = signIn.header("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("groupsetup-" + port + "=").contains("HttpOnly").contains("SameSite=Strict");
        String cookie = "Cookie: " + setCookie.substring(0, setCookie.indexOf(';'));
        RawHttp.Response page = RawHttp.get(port, localhost, "/groups/" + GROUP, cookie);
        assertThat(page.status()).isEqualTo(200);
        Matcher csrfField = Pattern.compile("name=\"csrf\" value=\"([A-Za-z0-9_-]{43})\"").matcher(page.body());
        assertThat(csrfField.find()).isTrue();
        String csrf = csrfField.group(1);
        String target = "/groups/" + GROUP + "/set";
        String localOrigin = "Origin: http://" + localhost;

        RawHttp.Response noCsrf = RawHttp.post(port, localhost, target, Map.of("city", "Charleroi"), cookie,
                localOrigin);
        RawHttp.Response wrongCsrf = RawHttp.post(port, localhost, target,
                Map.of("city", "Charleroi", "csrf", "B".repeat(43)), cookie, localOrigin);
        RawHttp.Response evilOrigin = RawHttp.post(port, localhost, target, Map.of("city", "Charleroi", "csrf", csrf),
                cookie, "Origin: http://evil.example");
        RawHttp.Response noOrigin = RawHttp.post(port, localhost, target, Map.of("city", "Charleroi", "csrf", csrf),
                cookie);
        RawHttp.Response crossSite = RawHttp.post(port, localhost, target, Map.of("city", "Charleroi", "csrf", csrf),
                cookie, "Sec-Fetch-Site: cross-site");
        RawHttp.Response otherSession = RawHttp.post(port, host, target, Map.of("city", "Charleroi", "csrf", csrf),
                "Cookie: " + browserCookie(), origin);

        for (RawHttp.Response refused : List.of(noCsrf, wrongCsrf, evilOrigin, noOrigin, crossSite, otherSession)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.body()).startsWith("Refused: a change must come from a page of this dashboard.");
        }
        RawHttp.Response nullOriginCrossSite = RawHttp.post(port, localhost, target,
                Map.of("city", "Charleroi", "csrf", csrf), cookie, "Origin: null", "Sec-Fetch-Site: cross-site");
        assertThat(nullOriginCrossSite.status()).as(nullOriginCrossSite.toString()).isEqualTo(403);

        // the same form, as the page sends it, passes the filter: the use case then says what it thinks of it —
        // with the page's own origin, and as Chromium and Firefox send it from a page whose Referrer-Policy is
        // no-referrer: Origin: null (the origin is withheld, as the referrer is), Sec-Fetch-Site: same-origin
        for (List<String> headers : List.of(List.of(cookie, localOrigin),
                List.of(cookie, "Origin: null", "Sec-Fetch-Site: same-origin"))) {
            RawHttp.Response nothingTyped = RawHttp.post(port, localhost, target, Map.of("city", " ", "csrf", csrf),
                    headers.toArray(String[]::new));
            assertThat(nothingTyped.status()).as(headers + "\n" + nothingTyped).isEqualTo(422);
            assertThat(nothingTyped.body()).contains("No field was given a new value");
        }

        browser.get(serve.base() + "/groups/" + GROUP);
        assertThat(shown("city")).isEqualTo("Namur");
        assertThat(browser.findElements(By.cssSelector("table.history tr"))).as("no change stored").hasSize(6);
    }

    @Test
    @Order(11)
    void givenServeRunning_whenSentSigterm_thenItEndsAtOnceWithoutATraceAndTheAddressAnswersNoMore() throws Exception {
        int port = serve.port();
        Instant asked = Instant.now();

        int exit = serve.terminate(Duration.ofSeconds(30));

        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(15));
        assertThat(exit).as("ended by the signal, after its shutdown hook (128 + 15), or by itself")
                .isIn(0, 143);
        assertThat(serve.stderr()).as("nothing on standard error").isEmpty();
        assertThat(serve.stdout().lines()).as("nothing printed but the address").hasSize(1);
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .isInstanceOf(ConnectException.class);
    }

    @Test
    @Order(12)
    void givenTwoDashboardsOnOnePostgresDatabase_whenOneCreatesAndTheOtherChangesAGroup_thenEachSeesItAfterAReload()
            throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start()) {
            Map<String, String> postgres = Map.of("GROUPSETUP_STORAGE", "postgres",
                    "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + database.getPort() + "/postgres",
                    "SPRING_DATASOURCE_USERNAME", "postgres", "SPRING_DATASOURCE_PASSWORD", "team-Secret-3");
            try (Serve anne = GroupsetupChild.serve(root.resolve("anne"), technician(postgres, "anne", "Anne Peeters"));
                 Serve marc = GroupsetupChild.serve(root.resolve("marc"), technician(postgres, "marc", "Marc Dubois"))) {
                anne.awaitAddress();
                marc.awaitAddress();
                assertThat(anne.port()).isNotEqualTo(marc.port());
                String group = "94300400001";

                // Anne creates a group on her dashboard
                browser.get(anne.address().toString());
                assertThat(groupRows()).isEmpty();
                submit(browser.findElement(By.linkText("New group")));
                browser.findElement(By.id("number")).sendKeys("94300400");
                submit(browser.findElement(By.cssSelector("form.new button[type=submit]")));
                assertThat(browser.getCurrentUrl()).isEqualTo(anne.base() + "/groups/" + group);
                assertThat(reportLines()).startsWith("Group " + group + ": stored (revision 1).");

                // Marc, on his own dashboard (another process, the same browser), sees it and fills it in
                browser.get(marc.address().toString());
                assertThat(groupRows()).containsOnlyKeys(group);
                submit(browser.findElement(By.linkText(group)));
                field("company-name").sendKeys("Thuiszorg Zonnebloem VZW");
                field("city").sendKeys("Leuven");
                field("postal-code").sendKeys("3000");
                submit(browser.findElement(By.cssSelector("#fields button.store")));
                assertThat(reportLines()).startsWith("Group " + group + ": stored (revision 2).");

                // Anne's page, reloaded, shows Marc's change, made by Marc
                browser.get(anne.base() + "/groups/" + group);
                assertThat(browser.getCurrentUrl()).as("still signed in: each dashboard has its own cookie")
                        .isEqualTo(anne.base() + "/groups/" + group);
                assertThat(shown("company-name")).isEqualTo("Thuiszorg Zonnebloem VZW");
                assertThat(shown("city")).isEqualTo("Leuven");
                assertThat(shown("postal-code")).isEqualTo("3000");
                assertThat(browser.findElement(By.cssSelector("table.history")).getText()).contains("Marc Dubois")
                        .contains("Anne Peeters");

                // and the other way round: Anne changes it, Marc's reload shows it
                field("street").sendKeys("Naamsestraat 80");
                submit(browser.findElement(By.cssSelector("#fields button.store")));
                assertThat(reportLines()).startsWith("Group " + group + ": stored (revision 3).");
                browser.get(marc.base() + "/groups/" + group);
                assertThat(shown("street")).isEqualTo("Naamsestraat 80");
                browser.get(marc.base() + "/");
                Map<String, String> listedOnMarcs = groupRows().get(group);
                assertThat(listedOnMarcs).containsEntry("Company", "Thuiszorg Zonnebloem VZW");
                assertThat(listedOnMarcs.get("Last change")).as("Anne's, on Marc's list").startsWith("Anne Peeters");

                for (Serve dashboard : List.of(anne, marc)) {
                    assertThat(dashboard.terminate(Duration.ofSeconds(30))).isIn(0, 143);
                    assertThat(dashboard.stderr()).as("nothing on standard error").isEmpty();
                }
            }
        }
    }

    private static Map<String, String> technician(Map<String, String> storage, String folder, String name)
            throws IOException {
        Map<String, String> settings = new HashMap<>(storage);
        settings.put("GROUPSETUP_DATA_DIR", dataDirectory(root.resolve(folder).resolve("data")).toString());
        settings.put("GROUPSETUP_TECHNICIAN", name);
        return settings;
    }

    private static ChromeDriver chrome() {
        // Selenium's note that it has no DevTools classes for this Chromium: none are used
        SELENIUM.setLevel(Level.SEVERE);
        // offline: the driver is named, and Selenium Manager (which would look for one on the network) stays off
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + WIDTH + "," + HEIGHT, "--force-device-scale-factor=1", "--hide-scrollbars",
                "--lang=en", "--no-first-run", "--disable-extensions", "--disable-background-networking");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withEnvironment(Map.of("SE_OFFLINE", "true")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        return driver;
    }

    /** The browser's session cookie on the file store's dashboard, {@code name=value}. */
    private static String browserCookie() {
        Cookie cookie = browser.manage().getCookieNamed("groupsetup-" + serve.port());
        return cookie.getName() + "=" + cookie.getValue();
    }

    /**
     * Clicks what leaves the page (a link, a form's button) and waits for the page that comes next, which is never
     * the access filter's refusal: the dashboard's pages are allowed to send their own forms.
     */
    private static void submit(WebElement control) {
        WebElement page = browser.findElement(By.tagName("html"));
        control.click();
        waitUntil("the next page", () -> isStale(page));
        waitForPage();
        assertThat(browser.findElement(By.tagName("body")).getText())
                .as("the dashboard refused a form of its own page (%s); a browser sends Origin: null from a page"
                        + " whose Referrer-Policy is no-referrer, and Sec-Fetch-Site: same-origin", browser.getCurrentUrl())
                .doesNotStartWith("Refused: a change must come from a page of this dashboard.");
    }

    private static void waitForPage() {
        waitUntil("the page loaded", () -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    /** Whether the element is gone with its page (Chromium says so in one of two ways, as the page is swapped). */
    private static boolean isStale(WebElement element) {
        try {
            element.getTagName();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        Instant end = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("waited " + WAIT + " for " + what + " at " + browser.getCurrentUrl());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    /** The groups page's rows by group number, each cell by its column's header (its sort arrow left out). */
    private static Map<String, Map<String, String>> groupRows() {
        List<String> headers = browser.findElements(By.cssSelector("table.groups thead th")).stream()
                .map(header -> header.getText().replaceAll("[^\\p{L}]+$", "").strip()).toList();
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("table.groups tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            Map<String, String> shown = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                shown.put(headers.get(i), cells.get(i).getText());
            }
            rows.put(shown.get("Group"), shown);
        }
        return rows;
    }

    /** A row of the groups page, the columns of the list: company, complete, CSAM progress, ready, open warnings. */
    private static List<String> listed(Map<String, String> row) {
        return List.of(row.get("Company"), row.get("Complete"), row.get("CSAM"), row.get("Ready"),
                row.get("Open warnings"));
    }

    /** The history table's text, blanks collapsed as shown. */
    private static String historyText() {
        return browser.findElement(By.cssSelector("table.history")).getText();
    }

    private static WebElement report() {
        return browser.findElement(By.cssSelector("section.report"));
    }

    /** The lines of the report, as written (blanks kept, as the shell prints them). */
    private static List<String> reportLines() {
        return report().findElements(By.cssSelector("p.line")).stream()
                .map(line -> line.getDomProperty("textContent")).toList();
    }

    /** The input of a field in the group's form. */
    private static WebElement field(String key) {
        return browser.findElement(By.cssSelector("#fields input[name='" + key + "']"));
    }

    /** The row of a field in the group's form: label, type, readable value, input, notes. */
    private static List<WebElement> fieldRow(String key) {
        return browser.findElement(By.xpath("//form[@id='fields']//tr[td//input[@name='" + key + "']]"))
                .findElements(By.tagName("td"));
    }

    /** A field's value as the page shows it. */
    private static String shown(String key) {
        return fieldRow(key).get(2).getText();
    }

    /** A field's findings as the page shows them. */
    private static String notes(String key) {
        return fieldRow(key).get(4).getText();
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The whole page and no more, at the window's width, as a PNG under target/screenshots. */
    private static void screenshot(String name) throws IOException {
        // in a window lower than the page, the page's height is its content's; plus the window's own frame, if any
        browser.manage().window().setSize(new Dimension(WIDTH, 200));
        long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight"
                + " + window.outerHeight - window.innerHeight")).longValue();
        browser.manage().window().setSize(new Dimension(WIDTH, (int) height));
        try {
            viewScreenshot(name);
        } finally {
            browser.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        }
    }

    /** What the window shows, as a PNG under target/screenshots. */
    private static void viewScreenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), PalettePng.compact(browser.getScreenshotAs(OutputType.BYTES)));
    }
}
