package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

class CsrfTokenFromBodyOrHeaderTest {

    private final CsrfTokenFromBodyOrHeader handler = new CsrfTokenFromBodyOrHeader();
    private final CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "secret-token");

    @Test
    void aTokenNamedInTheQueryStringIsNotRead() {
        for (String query : new String[] {"_csrf=abc", "a=1&_csrf=abc", "%5Fcsrf=abc", "%5fcsrf", "_csrf"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
            request.setQueryString(query);
            request.setParameter("_csrf", masked());
            assertThat(handler.resolveCsrfTokenValue(request, token)).as(query).isNull();
        }
    }

    @Test
    void aTokenInTheBodyOrTheHeaderIsRead() {
        MockHttpServletRequest body = new MockHttpServletRequest("POST", "/x");
        body.setQueryString("page=2&csrf=1&x_csrf=2");
        body.setParameter("_csrf", masked());
        assertThat(handler.resolveCsrfTokenValue(body, token)).isEqualTo("secret-token");

        MockHttpServletRequest header = new MockHttpServletRequest("POST", "/x");
        header.setQueryString("_csrf=ignored");
        header.addHeader("X-CSRF-TOKEN", masked());
        assertThat(handler.resolveCsrfTokenValue(header, token)).isEqualTo("secret-token");
    }

    @Test
    void malformedEscapesInTheQueryAreNoToken() {
        assertThat(CsrfTokenFromBodyOrHeader.namesParameter("%zz=1&a=%", "_csrf")).isFalse();
        assertThat(CsrfTokenFromBodyOrHeader.namesParameter(null, "_csrf")).isFalse();
    }

    /** The token as a page carries it: masked by Spring Security's XOR handler. */
    private String masked() {
        var request = new MockHttpServletRequest();
        new XorCsrfTokenRequestAttributeHandler().handle(request, new org.springframework.mock.web.MockHttpServletResponse(),
                () -> token);
        return ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken();
    }
}
