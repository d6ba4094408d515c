package be.groupsetup.adapters.web;

import be.groupsetup.application.port.in.CreateGroupCommand;
import be.groupsetup.application.port.in.SetFieldsCommand;
import be.groupsetup.application.service.CsamProcedureService;
import be.groupsetup.application.service.GroupConfigurationService;
import be.groupsetup.application.service.WarningAcknowledgementService;
import be.groupsetup.application.testing.FixedClock;
import be.groupsetup.application.testing.GroupQueries;
import be.groupsetup.application.testing.InMemoryGroupStore;
import be.groupsetup.application.testing.SampleGroups;
import be.groupsetup.domain.configuration.ConfigurationRules;
import be.groupsetup.domain.field.FieldKey;
import be.groupsetup.presentation.text.Messages;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The dashboard as {@code serve} wires it — the controller behind the access filter — on the real services over an
 * in-memory store, a fixed clock and a fixed technician, driven in process by MockMvc.
 */
final class DashboardFixture {

    static final int PORT = 18080;
    static final String HOST = "127.0.0.1:" + PORT;
    static final String TOKEN = "the-token-serve-printed-0123456789abcdefghij";
    static final String GROUP = "94123456001";
    static final String TECHNICIAN = "tech-anna";

    final InMemoryGroupStore store = new InMemoryGroupStore();
    final Messages messages = Messages.forLanguage("en", null);
    final MovableClock sessionClock = new MovableClock();
    final Sessions sessions = new Sessions(TOKEN, sessionClock);
    final GroupQueries queries;
    final GroupConfigurationService configure;
    final WebPorts ports;
    final MockMvc mvc;

    DashboardFixture() {
        ConfigurationRules rules = ConfigurationRules.standard(SampleGroups.RULES_CLOCK);
        configure = new GroupConfigurationService(rules, store, FixedClock.at("2026-03-02T10:15:30Z"),
                () -> TECHNICIAN);
        queries = GroupQueries.on(rules, store, store);
        CsamProcedureService csam = new CsamProcedureService(store, FixedClock.at("2026-03-02T10:20:00Z"),
                () -> TECHNICIAN);
        WarningAcknowledgementService acknowledge = new WarningAcknowledgementService(rules, store,
                FixedClock.at("2026-03-02T10:25:00Z"), () -> TECHNICIAN);
        ports = new WebPorts(queries.list(), queries.show(), queries.sheet(), queries.history(),
                queries.status(), configure, configure, configure, acknowledge, csam, csam);
        Texts texts = new Texts(messages);
        Pages pages = new Pages();
        mvc = MockMvcBuilders.standaloneSetup(new GroupsController(ports, texts, pages),
                        new DashboardController(ports, texts, sessions, pages))
                .setControllerAdvice(new Problems(texts, pages))
                .addFilters(new AccessFilter(sessions)).build();
    }

    /** A group whose company name and street try to act as markup. */
    DashboardFixture withHostileGroup() {
        configure.create(new CreateGroupCommand(GROUP));
        configure.set(new SetFieldsCommand(GROUP, Map.of(
                FieldKey.COMPANY_NAME, "Soins <script>alert(1)</script> & \"Co\" 'L'Aurore'",
                FieldKey.CITY, "Liège")));
        return this;
    }

    /** A request to this dashboard's own address, as a browser on this machine sends it. */
    static MockHttpServletRequestBuilder request(String path) {
        return request(path, HOST);
    }

    /** A request to this dashboard's port whose {@code Host} names another site (DNS rebinding) or port. */
    static MockHttpServletRequestBuilder request(String path, String host) {
        return get(path).header("Host", host).with(request -> {
            request.setLocalPort(PORT);
            request.setServerPort(PORT);
            return request;
        });
    }

    /** A session as the token's exchange gives it. */
    jakarta.servlet.http.Cookie signedIn() {
        return new jakarta.servlet.http.Cookie(AccessFilter.cookieName(PORT), sessions.open().id());
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
