package org.clinicportal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.security.WeakPasswordException;
import org.clinicportal.security.WrongCurrentPasswordException;
import org.clinicportal.web.CurrentUser;
import org.clinicportal.web.Messages;
import org.clinicportal.web.security.HomeServlet;
import org.clinicportal.web.security.PortalAuthentication;
import org.clinicportal.web.security.SignOut;

/**
 * A person replaces their password: the current one, then the new one twice. This session stays
 * signed in under a new id; the account's other sessions end. Five wrong current passwords in a row
 * lock the account and sign this session out.
 */
@Named
@RequestScoped
public class ChangePassword {

  @Inject private UserAccounts accounts;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;
  @Inject private FacesContext faces;
  @Inject private SignOut signOut;

  private String current;
  private String chosen;
  private String repeated;

  public boolean isRequired() {
    return Boolean.TRUE.equals(
        faces.getExternalContext().getSessionMap().get(PasswordChangeGate.REQUIRED));
  }

  public boolean isAvailable() {
    return currentUser.principal().map(ClinicPrincipal::clinicId).isPresent();
  }

  public void save() throws IOException, ServletException {
    if (current == null) {
      messages.error("password:current", "password.current.wrong");
      return;
    }
    if (chosen == null || !chosen.equals(repeated)) {
      messages.error("password:repeated", "password.repeat.mismatch");
      return;
    }
    Instant changedAt;
    try {
      changedAt = accounts.changePassword(currentUser.required().accountId(), current, chosen);
    } catch (WrongCurrentPasswordException e) {
      if (e.locked()) {
        signOut.signOutLocked();
      } else {
        messages.error("password:current", "password.current.wrong");
      }
      return;
    } catch (RecordException e) {
      messages.error("password:current", e.messageKey());
      return;
    } catch (WeakPasswordException e) {
      e.messageKeys().forEach(key -> messages.error("password:chosen", key));
      return;
    }
    ExternalContext external = faces.getExternalContext();
    PortalAuthentication.passwordChanged((HttpServletRequest) external.getRequest(), changedAt);
    external.getSessionMap().remove(PasswordChangeGate.REQUIRED);
    messages.flashInfo("password.changed");
    external.redirect(external.getRequestContextPath() + HomeServlet.PATH);
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
