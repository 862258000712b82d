package org.clinicportal.web.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.clinicportal.patient.Patients;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.web.CurrentUser;
import org.clinicportal.web.Messages;
import org.clinicportal.web.PortalLanguage;

/**
 * A person chooses the language they read the portal in; the page that follows speaks it. A
 * patient's choice also words their handouts and e-mails, a member of staff's their notices.
 */
@Named
@ViewScoped
public class LanguagePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Patients patients;
  @Inject private UserAccounts accounts;
  @Inject private CurrentUser currentUser;
  @Inject private PortalLanguage language;
  @Inject private Messages messages;
  @Inject private FacesContext faces;

  private Language chosen;

  public void load() {
    chosen = language.current();
  }

  public void save() throws IOException {
    if (chosen == null) {
      messages.error("language:chosen", "language.required");
      return;
    }
    boolean patient = Role.PATIENT.name().equals(currentUser.getRole());
    if (messages.attempt(() -> language.changedTo(saveChoice(patient)))) {
      faces.getViewRoot().setLocale(language.getLocale());
      messages.flashInfo("language.saved");
      ExternalContext external = faces.getExternalContext();
      external.redirect(
          external.getRequestContextPath()
              + (patient ? "/patient/language.xhtml" : "/account/language.xhtml"));
    }
  }

  /** Keeps the choice on the patient's record or the staff member's account. */
  private Language saveChoice(boolean patient) throws RecordException {
    if (patient) {
      return patients.chooseOwnLanguage(chosen);
    }
    accounts.chooseMyLanguage(chosen);
    return chosen;
  }

  public Language getChosen() {
    return chosen;
  }

  public void setChosen(Language chosen) {
    this.chosen = chosen;
  }
}
