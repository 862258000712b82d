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

/** Ends the session on the server and returns to the sign-in page. */
@Named
@RequestScoped
public class SignOut {

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
    IdleSignOut.ended(request, (HttpServletResponse) external.getResponse());
    external.redirect(external.getRequestContextPath() + "/signin.xhtml?" + notice);
  }
}
