package org.clinicportal.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.signin.ClinicCredential;
import org.clinicportal.web.Messages;
import org.clinicportal.web.account.PasswordChangeGate;

/**
 * The sign-in form: clinic, username, password. A wrong entry and a locked account get the same
 * neutral message, so that a lock does not tell a stranger which usernames exist; the owner learns
 * of it from the audit trail and their clinic's staff page. A held-back address is told how long to
 * wait, and a sign-in the portal was too busy to check is asked to try again.
 *
 * <p>The page keeps no state on the server, so an anonymous visit creates no session; with no view
 * state to tie a post to the form, a post that a browser says came from another site is refused
 * ({@link SameOrigin}), so that no other site can sign a visitor into an account of its choosing.
 */
@Named
@RequestScoped
public class SignInPage {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;
  @Inject private Messages messages;
  @Inject private SignInRefusal refusal;
  @Inject private IdleSignOut idleSignOut;

  private String clinic;
  private String username;
  private String password;

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    if (!SameOrigin.posted((HttpServletRequest) external.getRequest())) {
      password = null;
      messages.error(null, "signin.failed");
      return;
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(new ClinicCredential(clinic, username, password))
                .newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        ClinicPrincipal principal = (ClinicPrincipal) external.getUserPrincipal();
        idleSignOut.started(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            principal.role());
        boolean mustChange = principal.passwordChangeRequired();
        if (mustChange) {
          external.getSessionMap().put(PasswordChangeGate.REQUIRED, Boolean.TRUE);
        }
        external.redirect(
            external.getRequestContextPath()
                + (mustChange ? PasswordChangeGate.PAGE : HomeServlet.PATH));
      }
      default -> {
        password = null;
        switch (refusal.refusal()) {
          case ADDRESS_HELD_BACK -> messages.error(null, "signin.heldBack", minutesUntilRetry());
          case BUSY -> messages.error(null, "signin.busy");
          default -> messages.error(null, "signin.failed");
        }
      }
    }
  }

  private long minutesUntilRetry() {
    Instant retry = refusal.retryAfter();
    long seconds = retry == null ? 0 : Duration.between(Instant.now(), retry).getSeconds();
    return Math.max(1, (seconds + 59) / 60);
  }

  public String getClinic() {
    return clinic;
  }

  public void setClinic(String clinic) {
    this.clinic = clinic;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
