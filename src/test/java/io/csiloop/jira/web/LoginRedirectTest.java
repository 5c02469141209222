package io.csiloop.jira.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** An anonymous visitor of a page goes to Jira's login and comes back to the page, relative to the context path. */
class LoginRedirectTest {

    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);

    @Test
    void sendsAnAnonymousVisitorToTheLoginWithThePageAndItsQueryToComeBackTo() throws Exception {
        Visitors.asking(request, "/csiloop/measure", "projectKey=OPS&definitionId=7");

        assertTrue(Visitors.anonymous().sentToLoginIfAnonymous(request, response));

        verify(response).sendRedirect(Visitors.LOGIN
                + "%2Fplugins%2Fservlet%2Fcsiloop%2Fmeasure%3FprojectKey%3DOPS%26definitionId%3D7");
    }

    @Test
    void letsASignedInUserThrough() throws Exception {
        Visitors.asking(request, "/csiloop/measure", "projectKey=OPS");

        assertFalse(Visitors.signedIn().sentToLoginIfAnonymous(request, response));

        verifyNoInteractions(response);
    }

    @Test
    void comesBackToThePageAloneWhenTheQueryIsNoUri() {
        Visitors.asking(request, "/csiloop/automation", "a b");
        assertEquals("/plugins/servlet/csiloop/automation", LoginRedirect.returnUri(request).toString());

        Visitors.asking(request, "/csiloop/automation", null);
        assertEquals("/plugins/servlet/csiloop/automation", LoginRedirect.returnUri(request).toString());
    }
}
