package org.clinicportal.web.operator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import org.clinicportal.platform.RecordException;
import org.clinicportal.security.PlatformAdmins;
import org.clinicportal.security.WeakPasswordException;
import org.clinicportal.security.WrongCurrentPasswordException;
import org.clinicportal.web.CurrentUser;
import org.clinicportal.web.Messages;
import org.clinicportal.web.security.PortalAuthentication;
import org.clinicportal.web.security.SignOut;

/**
 * A platform operator replaces their own password: the current one, then the new one twice. The
 * session stays signed in under a new id while the operator's other sessions end; the fifth wrong
 * current password in a row locks the operator and ends this session too.
 */
@Named
@RequestScoped
public class OperatorPassword {

  static final String HOME = "/platform/index.xhtml";

  @Inject private PlatformAdmins platformAdmins;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;
  @Inject private FacesContext faces;
  @Inject private SignOut signOut;

  private String current;
  private String chosen;
  private String repeated;

  public void save() throws IOException, ServletException {
    if (chosen == null || !chosen.equals(repeated)) {
      messages.error("operatorPassword:repeated", "password.repeat.mismatch");
      return;
    }
    Instant changedAt;
    try {
      changedAt =
          platformAdmins.changePassword(
              currentUser.required().accountId(), current == null ? "" : current, chosen);
    } catch (WrongCurrentPasswordException e) {
      if (e.locked()) {
        signOut.signOutLocked();
      } else {
        messages.error("operatorPassword:current", "password.current.wrong");
      }
      return;
    } catch (RecordException e) {
      messages.error("operatorPassword:current", e.messageKey());
      return;
    } catch (WeakPasswordException e) {
      e.messageKeys().forEach(key -> messages.error("operatorPassword:chosen", key));
      return;
    }
    ExternalContext external = faces.getExternalContext();
    PortalAuthentication.passwordChanged((HttpServletRequest) external.getRequest(), changedAt);
    messages.flashInfo("password.changed");
    external.redirect(external.getRequestContextPath() + HOME);
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
