package org.clinicportal.web.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.function.Function;
import org.clinicportal.homecare.MailLinks;
import org.clinicportal.web.Messages;
import org.clinicportal.web.security.SameOrigin;

/**
 * The stop and confirm pages: what the link offers, shown on opening, and done on the button's
 * post, which must come from the page itself.
 */
@Named
@RequestScoped
public class MailLinkPage {

  @Inject private MailLinks links;
  @Inject private FacesContext faces;
  @Inject private Messages messages;

  private String token;
  private MailLinks.Outcome offer;

  /**
   * The link's token, from the address on opening and from the form's hidden field on the post:
   * read before anything on the page asks what the link offers.
   */
  @PostConstruct
  void readToken() {
    setToken(faces.getExternalContext().getRequestParameterMap().get("t"));
  }

  private boolean read;
  private boolean done;

  /** What the stop link would stop, or null for a link that is not valid. */
  public MailLinks.Outcome getStopOffer() {
    return offer(links::readStop);
  }

  /** Whose address the confirm link would confirm, or null for a link that is not valid. */
  public MailLinks.Outcome getConfirmOffer() {
    return offer(links::readConfirm);
  }

  public void stop() {
    act(links::stop);
  }

  public void confirm() {
    act(links::confirm);
  }

  private MailLinks.Outcome offer(Function<String, Optional<MailLinks.Outcome>> reading) {
    if (!read) {
      offer = token == null ? null : reading.apply(token).orElse(null);
      read = true;
    }
    return offer;
  }

  private void act(Function<String, Optional<MailLinks.Outcome>> action) {
    if (!SameOrigin.posted((HttpServletRequest) faces.getExternalContext().getRequest())) {
      messages.error(null, "mail.link.elsewhere");
      return;
    }
    Optional<MailLinks.Outcome> outcome = token == null ? Optional.empty() : action.apply(token);
    if (outcome.isEmpty()) {
      messages.error(null, "mail.link.invalid");
      return;
    }
    offer = outcome.get();
    read = true;
    done = true;
  }

  public boolean isDone() {
    return done;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token == null || token.isBlank() || token.length() > 400 ? null : token.strip();
  }
}
