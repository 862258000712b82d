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
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    IdleSignOut.ended(request, (HttpServletResponse) external.getResponse());
    external.redirect(external.getRequestContextPath() + "/signin.xhtml?signedOut=true");
  }
}
