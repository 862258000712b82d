package org.clinicportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.clinicportal.platform.RecordException;

/** Faces messages whose text comes from the portal's resource bundle, in the viewer's language. */
@RequestScoped
public class Messages {

  public static final String BUNDLE = "org.clinicportal.web.messages";

  @Inject private FacesContext faces;

  /** The language of the page being answered. */
  public Locale locale() {
    return faces.getViewRoot().getLocale();
  }

  public String text(String key, Object... arguments) {
    return text(faces, key, arguments);
  }

  /** The same text, for a Faces artefact that is not a bean, such as a converter. */
  public static String text(FacesContext faces, String key, Object... arguments) {
    return text(faces.getViewRoot().getLocale(), key, arguments);
  }

  /** The same text in a language, for an answer that Faces does not write (the JSON API). */
  public static String text(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    try {
      String pattern = bundle.getString(key);
      return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public void error(String clientId, String key, Object... arguments) {
    faces.addMessage(
        clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
  }

  /** A step of a page's action that a service may refuse. */
  @FunctionalInterface
  public interface Step<X extends Exception> {
    void run() throws RecordException, X;
  }

  /**
   * Takes a step of a page's action; a refusal is shown on the page as its own message, and the
   * rest of the step is not taken. Says whether the step went through.
   */
  public <X extends Exception> boolean attempt(Step<X> step) throws X {
    return attempt(null, step);
  }

  /** The same, with the refusal's message shown beside the field {@code clientId}. */
  public <X extends Exception> boolean attempt(String clientId, Step<X> step) throws X {
    try {
      step.run();
      return true;
    } catch (RecordException refused) {
      error(clientId, refused.messageKey());
      return false;
    }
  }

  /** A message that survives a redirect, for the page that follows. */
  public void flashInfo(String key, Object... arguments) {
    faces.getExternalContext().getFlash().setKeepMessages(true);
    info(null, key, arguments);
  }

  /**
   * Answers the current request with 404: the portal's not-found page, never another clinic's data.
   */
  public void notFound() throws java.io.IOException {
    faces.getExternalContext().responseSendError(404, "");
    faces.responseComplete();
  }

  public void info(String clientId, String key, Object... arguments) {
    faces.addMessage(
        clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
  }
}
