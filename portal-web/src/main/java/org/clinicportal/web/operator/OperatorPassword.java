package org.clinicportal.web.operator;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.clinicportal.platform.RecordException;
import org.clinicportal.security.PlatformAdmins;
import org.clinicportal.security.WeakPasswordException;
import org.clinicportal.web.CurrentUser;
import org.clinicportal.web.Messages;

/** A platform operator replaces their own password: the current one, then the new one twice. */
@Named
@RequestScoped
public class OperatorPassword {

  static final String HOME = "/platform/index.xhtml";

  @Inject private PlatformAdmins platformAdmins;
  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;
  @Inject private FacesContext faces;

  private String current;
  private String chosen;
  private String repeated;

  public void save() throws IOException {
    if (chosen == null || !chosen.equals(repeated)) {
      messages.error("operatorPassword:repeated", "password.repeat.mismatch");
      return;
    }
    try {
      platformAdmins.changePassword(
          currentUser.required().accountId(), current == null ? "" : current, chosen);
    } catch (RecordException e) {
      messages.error("operatorPassword:current", e.messageKey());
      return;
    } catch (WeakPasswordException e) {
      e.messageKeys().forEach(key -> messages.error("operatorPassword:chosen", key));
      return;
    }
    ExternalContext external = faces.getExternalContext();
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
