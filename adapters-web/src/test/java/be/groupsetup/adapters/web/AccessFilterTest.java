package be.groupsetup.adapters.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;

import static be.groupsetup.adapters.web.DashboardFixture.HOST;
import static be.groupsetup.adapters.web.DashboardFixture.PORT;
import static be.groupsetup.adapters.web.DashboardFixture.TOKEN;
import static be.groupsetup.adapters.web.DashboardFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AccessFilterTest {

    private final DashboardFixture dashboard = new DashboardFixture();

    @Test
    void givenNoTokenAndNoSession_whenAnyPageIsAsked_thenRefusedWithoutAPage() throws Exception {
        for (String path : new String[]{"/", "/groups/94123456001", "/groups/94123456001/sheet", "/sheet.css",
                "/dashboard.css"}) {
            String body = securityHeaders(dashboard.mvc.perform(request(path)).andExpect(status().isUnauthorized()))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain("<html");
        }
    }

    @Test
    void givenAWrongToken_whenTheAddressIsOpened_thenRefused() throws Exception {
        dashboard.mvc.perform(request("/").param("token", TOKEN + "x")).andExpect(status().isUnauthorized());
        dashboard.mvc.perform(request("/").param("token", "")).andExpect(status().isUnauthorized());
    }

    @Test
    void givenTheToken_whenTheAddressIsOpened_thenAFreshSessionAndA303ToTheAddressWithoutTheToken() throws Exception {
        MvcResult first = securityHeaders(dashboard.mvc.perform(request("/groups/94123456001").param("token", TOKEN))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/groups/94123456001"))).andReturn();
        String cookie = first.getResponse().getHeader("Set-Cookie");
        assertThat(cookie).startsWith("groupsetup-" + PORT + "=").contains("; HttpOnly").contains("; SameSite=Strict")
                .contains("; Path=/").doesNotContain(TOKEN);
        String id = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        assertThat(id).hasSizeGreaterThanOrEqualTo(43);   // 256 bits in base64url

        // a second browser opens the same address: another session, the first one still holds
        String second = dashboard.mvc.perform(request("/").param("token", TOKEN)).andReturn().getResponse()
                .getHeader("Set-Cookie");
        assertThat(second).isNotEqualTo(cookie);
        dashboard.mvc.perform(request("/").cookie(new Cookie("groupsetup-" + PORT, id))).andExpect(status().isOk());
    }

    @Test
    void givenASessionOfAnotherPort_whenAPageIsAsked_thenRefused() throws Exception {
        Cookie session = dashboard.signedIn();
        dashboard.mvc.perform(request("/").cookie(new Cookie("groupsetup-" + (PORT + 1), session.getValue())))
                .andExpect(status().isUnauthorized());
        dashboard.mvc.perform(request("/").cookie(new Cookie(session.getName(), session.getValue() + "x")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void givenAForeignHost_whenAnyRequestComes_thenRefusedEvenWithTheTokenOrASession() throws Exception {
        Cookie session = dashboard.signedIn();
        for (String host : new String[]{"evil.example:" + PORT, "127.0.0.1:" + (PORT + 1), "127.0.0.1",
                "localhost", "localhost.evil.example:" + PORT, "127.0.0.1:" + PORT + ".evil.example"}) {
            securityHeaders(dashboard.mvc.perform(request("/", host).cookie(session)))
                    .andExpect(status().isBadRequest());
            dashboard.mvc.perform(request("/", host).param("token", TOKEN))
                    .andExpect(status().isBadRequest()).andExpect(header().doesNotExist("Set-Cookie"));
        }
        dashboard.mvc.perform(request("/", "localhost:" + PORT).cookie(session))
                .andExpect(status().isOk());
        dashboard.mvc.perform(request("/", HOST).cookie(session)).andExpect(status().isOk());
    }

    @Test
    void givenASessionIdleForLongerThanTheTimeout_whenAPageIsAsked_thenRefused() throws Exception {
        Cookie session = dashboard.signedIn();
        dashboard.sessionClock.advance(Sessions.IDLE.minusSeconds(1));
        dashboard.mvc.perform(request("/").cookie(session)).andExpect(status().isOk());
        dashboard.sessionClock.advance(Sessions.IDLE.minusSeconds(1));
        dashboard.mvc.perform(request("/").cookie(session)).andExpect(status().isOk());   // each request restarts it
        dashboard.sessionClock.advance(Sessions.IDLE);
        dashboard.mvc.perform(request("/").cookie(session)).andExpect(status().isUnauthorized());
        dashboard.sessionClock.advance(Duration.ofSeconds(1));
        dashboard.mvc.perform(request("/").param("token", TOKEN)).andExpect(status().isSeeOther());
    }

    @Test
    void givenTheTokenInAPost_whenSent_thenNoSessionIsOpened() throws Exception {
        dashboard.mvc.perform(post("/").param("token", TOKEN).header("Host", HOST).with(r -> {
            r.setLocalPort(PORT);
            return r;
        })).andExpect(status().isUnauthorized()).andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void givenASession_whenAPageIsShown_thenEverySecurityHeaderIsSet() throws Exception {
        securityHeaders(dashboard.mvc.perform(request("/").cookie(dashboard.signedIn())).andExpect(status().isOk()));
    }

    @Test
    void sessionsAndTokensAreComparedWholly() {
        assertThat(Sessions.sameSecret("abc", "abc")).isTrue();
        assertThat(Sessions.sameSecret("abc", "abd")).isFalse();
        assertThat(Sessions.sameSecret("abc", "ab")).isFalse();
        assertThat(new Sessions(java.time.Clock.systemUTC()).token()).hasSize(43);
        assertThat(new Sessions(java.time.Clock.systemUTC()).token())
                .isNotEqualTo(new Sessions(java.time.Clock.systemUTC()).token());
    }

    private static ResultActions securityHeaders(ResultActions actions) throws Exception {
        return actions
                .andExpect(header().string("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; "
                        + "form-action 'self'; base-uri 'none'; object-src 'none'"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Cache-Control", "no-store"));
    }
}
