package org.clinicportal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import java.util.ResourceBundle;

/**
 * Tells the person on the page they were sent back to after {@link UploadLimitFilter} refused their
 * form that the file was too large and nothing was saved; once, on the next page rendered.
 */
public class UploadRefusalNotice implements PhaseListener {
  private static final long serialVersionUID = 1L;

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!(faces.getExternalContext().getSession(false) instanceof HttpSession session)
        || session.getAttribute(UploadLimitFilter.REFUSED) == null) {
      return;
    }
    session.removeAttribute(UploadLimitFilter.REFUSED);
    ResourceBundle bundle =
        ResourceBundle.getBundle(Messages.BUNDLE, faces.getViewRoot().getLocale());
    faces.addMessage(
        null,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle.getString("upload.tooLarge"), null));
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // The message is added before the page is rendered; nothing is left to do after it.
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }
}
