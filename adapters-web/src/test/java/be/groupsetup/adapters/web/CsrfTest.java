package be.groupsetup.adapters.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static be.groupsetup.adapters.web.DashboardFixture.HOST;
import static be.groupsetup.adapters.web.DashboardFixture.PORT;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A change needs the session's CSRF token and a same-origin request, both. No route changes anything yet: a post the
 * filter admits reaches Spring MVC, which answers 405 (the forms are the next slice); one it refuses is 403.
 */
class CsrfTest {

    private final DashboardFixture dashboard = new DashboardFixture();
    private final Sessions.Session session = dashboard.sessions.open();
    private final Cookie cookie = new Cookie(AccessFilter.cookieName(PORT), session.id());

    /** Admitted: past the filter, to the routes (where a post to the groups page is no page: 404, not 403). */
    @Test
    void givenTheCsrfTokenAndTheOwnOrigin_whenPosted_thenAdmitted() throws Exception {
        dashboard.mvc.perform(post("/").param("csrf", session.csrfToken()).header("Origin", "http://" + HOST))
                .andExpect(status().isNotFound());
        dashboard.mvc.perform(post("/").param("csrf", session.csrfToken())
                .header("Origin", "http://localhost:" + PORT)).andExpect(status().isNotFound());
        dashboard.mvc.perform(post("/").param("csrf", session.csrfToken()).header("Sec-Fetch-Site", "same-origin"))
                .andExpect(status().isNotFound());
        // what a browser sends from a page served with Referrer-Policy: no-referrer
        dashboard.mvc.perform(post("/").param("csrf", session.csrfToken()).header("Origin", "null")
                .header("Sec-Fetch-Site", "same-origin")).andExpect(status().isNotFound());
    }

    @Test
    void givenNoOrAWrongCsrfToken_whenPostedFromTheOwnOrigin_thenRefused() throws Exception {
        dashboard.mvc.perform(post("/").header("Origin", "http://" + HOST)).andExpect(status().isForbidden());
        dashboard.mvc.perform(post("/").param("csrf", session.csrfToken() + "x").header("Origin", "http://" + HOST))
                .andExpect(status().isForbidden());
        dashboard.mvc.perform(post("/").param("csrf", dashboard.sessions.open().csrfToken())
                .header("Origin", "http://" + HOST)).andExpect(status().isForbidden());
    }

    @Test
    void givenTheCsrfTokenFromAnotherOrigin_whenPosted_thenRefused() throws Exception {
        for (String origin : new String[]{"http://evil.example", "http://127.0.0.1:" + (PORT + 1), "null",
                "https://127.0.0.1:" + PORT, "http://" + HOST + ".evil.example"}) {
            dashboard.mvc.perform(post("/").param("csrf", session.csrfToken()).header("Origin", origin))
                    .andExpect(status().isForbidden()).andExpect(header().string("Cache-Control", "no-store"));
        }
        for (String site : new String[]{"cross-site", "same-site", "none"}) {
            dashboard.mvc.perform(post("/").param("csrf", session.csrfToken()).header("Sec-Fetch-Site", site))
                    .andExpect(status().isForbidden());
        }
        dashboard.mvc.perform(post("/").param("csrf", session.csrfToken())).andExpect(status().isForbidden());
        dashboard.mvc.perform(post("/").param("csrf", session.csrfToken()).header("Origin", "null")
                .header("Sec-Fetch-Site", "cross-site")).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder post(String path) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).header("Host", HOST)
                .cookie(cookie).with(request -> {
                    request.setLocalPort(PORT);
                    return request;
                });
    }
}
