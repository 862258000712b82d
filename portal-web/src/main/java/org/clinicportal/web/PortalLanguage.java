package org.clinicportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.clinicportal.homecare.MailLinks;
import org.clinicportal.patient.Patients;
import org.clinicportal.platform.Language;

/**
 * The language a page speaks. Everyone signed in to a clinic reads their own choice if they made
 * one (a patient's is on their record, a staff member's on their account), else the clinic's; the
 * language is looked up once per session and kept in it (sign-in starts a new session). A page a
 * mail's link opens speaks the language of the patient it was sent to. Others not signed in, and
 * the platform's operators, read the first language their browser prefers that the portal speaks.
 */
@Named("language")
@RequestScoped
public class PortalLanguage {

  /** The session attribute that holds the signed-in person's language. */
  static final String SESSION_KEY = "org.clinicportal.language";

  /** The session attribute that holds the language of the signed-in person's clinic. */
  static final String CLINIC_KEY = "org.clinicportal.clinicLanguage";

  @Inject private HttpServletRequest request;
  @Inject private CurrentUser currentUser;
  @Inject private Patients patients;
  @Inject private MailLinks mailLinks;

  private Language resolved;

  public Language current() {
    if (resolved == null) {
      resolved = resolve();
    }
    return resolved;
  }

  public Locale getLocale() {
    return current().locale();
  }

  /**
   * The language of the signed-in person's clinic, in which its own exercises are written; English
   * outside a clinic.
   */
  public Language getClinic() {
    if (currentUser.principal().map(principal -> principal.clinicId() == null).orElse(true)) {
      return Language.ENGLISH;
    }
    return kept(CLINIC_KEY, patients::clinicLanguage);
  }

  /** The tag of the page's {@code lang} attribute. */
  public String getTag() {
    return current().tag();
  }

  /** The languages the portal speaks, for a person choosing theirs. */
  public List<Language> getAll() {
    return List.of(Language.values());
  }

  /** After the signed-in person chose another language: this and the following pages speak it. */
  public void changedTo(Language language) {
    resolved = language;
    keep(SESSION_KEY, language);
  }

  /**
   * After the clinic's administrator changed the clinic's language: their own pages, which speak
   * the clinic's, follow at once. Others signed in follow at their next sign-in.
   */
  public void clinicChangedTo(Language language) {
    changedTo(language);
    keep(CLINIC_KEY, language);
  }

  /**
   * On a page a mail's link opens signed out, the language of the patient the mail was sent to: the
   * one the mail itself was written in.
   */
  private Optional<Language> mailReader() {
    String token = request.getParameter("t");
    return token != null && request.getServletPath().startsWith("/mail/")
        ? mailLinks.readerLanguage(token)
        : Optional.empty();
  }

  private Language resolve() {
    var principal = currentUser.principal();
    if (principal.isEmpty()) {
      return mailReader()
          .orElseGet(() -> Language.preferred(Collections.list(request.getLocales())));
    }
    if (principal.get().clinicId() == null) {
      return Language.preferred(Collections.list(request.getLocales()));
    }
    return kept(SESSION_KEY, patients::languageOfCaller);
  }

  /** The language the session keeps under {@code key}, looked up and kept the first time. */
  private Language kept(String key, Supplier<Language> lookUp) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(key) instanceof Language kept) {
      return kept;
    }
    Language language = lookUp.get();
    keep(key, language);
    return language;
  }

  private void keep(String key, Language language) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setAttribute(key, language);
    }
  }
}
