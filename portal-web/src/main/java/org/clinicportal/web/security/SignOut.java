package org.clinicportal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Ends the session on the server and returns to the sign-in page. The browser is asked to forget
 * what the portal kept on the device ({@code Clear-Site-Data}): the offline app's copy of the plan,
 * its queue, its files and its service worker.
 */
@Named
@RequestScoped
public class SignOut {

  /** What the browser forgets at sign-out: its cached files and the portal's storage. */
  static final String CLEAR_DEVICE = "\"cache\", \"storage\"";

  @Inject private FacesContext faces;

  public void signOut() throws IOException, ServletException {
    end("signedOut=true");
  }

  /** Ends the session of someone whose account has just been locked; the sign-in page says why. */
  public void signOutLocked() throws IOException, ServletException {
    end("ended=" + PortalAuthentication.ENDED_LOCKED);
  }

  private void end(String notice) throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    IdleSignOut.ended(request, response);
    response.setHeader("Clear-Site-Data", CLEAR_DEVICE);
    external.redirect(external.getRequestContextPath() + "/signin.xhtml?" + notice);
  }
}
