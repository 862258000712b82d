package org.clinicportal.web;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.ClinicProfile;

/**
 * The signed-in person's clinic as the page header shows it: name, colour, logo. Read once per
 * request.
 */
@Named
@RequestScoped
public class ClinicBranding {

  static final String WHITE = "#ffffff";
  static final String INK = "#1d2733";

  @Inject private CurrentUser currentUser;
  @Inject private ClinicProfile profile;

  private Clinic clinic;
  private boolean loaded;

  /**
   * The clinic as stored now, or null outside a clinic. An error page may be rendered where the
   * container binds no caller to the call; it then shows the name the person signed in with and the
   * portal's own colour.
   */
  private Clinic clinic() {
    if (!loaded) {
      loaded = true;
      if (isShown()) {
        try {
          clinic = profile.current();
        } catch (EJBException e) {
          clinic = null;
        }
      }
    }
    return clinic;
  }

  public boolean isShown() {
    return currentUser.principal().map(p -> p.clinicId() != null).orElse(false);
  }

  public String getName() {
    return clinic() != null ? clinic().getName() : currentUser.getClinicName();
  }

  public String getColour() {
    return clinic() != null ? clinic().getPrimaryColour() : Clinic.DEFAULT_COLOUR;
  }

  /**
   * The colour of the words on the clinic's colour: white, or the portal's ink when white would not
   * stand out from it by the contrast of 4.5 to 1 that WCAG asks of text.
   */
  public String getInk() {
    return Contrast.ratio(getColour(), WHITE) >= Contrast.AA_TEXT ? WHITE : INK;
  }

  public boolean isLogo() {
    return clinic() != null && clinic().hasLogo();
  }

  /** Changes whenever the clinic record does, so browsers fetch a replaced logo. */
  public long getVersion() {
    return clinic() != null ? clinic().getVersion() : 0;
  }
}
