package org.clinicportal.web.homecare;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.clinicportal.patient.Patients;
import org.clinicportal.platform.Language;
import org.clinicportal.web.Messages;
import org.clinicportal.web.PortalLanguage;

/**
 * The patient chooses the language they read the portal in; the page that follows speaks it, and so
 * do their handouts and e-mails from then on.
 */
@Named
@ViewScoped
public class LanguagePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Patients patients;
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
    if (messages.attempt(() -> language.changedTo(patients.chooseOwnLanguage(chosen)))) {
      faces.getViewRoot().setLocale(language.getLocale());
      messages.flashInfo("language.saved");
      ExternalContext external = faces.getExternalContext();
      external.redirect(external.getRequestContextPath() + "/patient/language.xhtml");
    }
  }

  public Language getChosen() {
    return chosen;
  }

  public void setChosen(Language chosen) {
    this.chosen = chosen;
  }
}
