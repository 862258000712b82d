package org.clinicportal.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.security.SessionRevocations;
import org.clinicportal.web.ApiProblem;

/**
 * Form sign-in on the portal's own page; which role may open which page is declared in web.xml.
 *
 * <p>The signed-in person is kept in the session and handed to the container with their role on
 * every request. Payara's own session handling for Jakarta Security loses the role now and then
 * when requests of one person arrive at once (payara/Payara#6145), and the page then answers 403.
 * The session id changes at sign-in; a protected page without a signed-in person leads to the
 * sign-in page, and so does the next request of a session that has lasted its {@link
 * SessionLifetime}, however busy, or whose account's sessions were ended since it signed in
 * (deactivation, a password reset, a password change in another session), each with a notice.
 */
@DeclareRoles({"PLATFORM_ADMIN", "CLINIC_ADMIN", "THERAPIST", "PATIENT"})
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

  private static final Pattern SESSION_ID_IN_PATH =
      Pattern.compile(";jsessionid=[^/?;]*", Pattern.CASE_INSENSITIVE);

  static final String SIGNED_IN = "portal.signedIn";
  private static final String SIGNED_IN_AT = "portal.signedInAt";

  /**
   * When the session last proved its account's password: at sign-in, or later at a password change
   * made in it. Sessions of the account ended before then do not include it.
   */
  private static final String PROVEN_AT = "portal.provenAt";

  /** The reasons the sign-in page gives for a session it ended, as {@code ?ended=}. */
  static final String ENDED_LIFETIME = "lifetime";

  static final String ENDED_REVOKED = "revoked";
  static final String ENDED_LOCKED = "locked";

  private static final String SIGN_IN_PAGE = "/signin.xhtml";

  @Inject private ClinicIdentityStore identityStore;
  @Inject private SessionRevocations revocations;
  @Inject private SessionLifetime lifetime;
  @Inject private Clock clock;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (request.isRequestedSessionIdFromURL()) {
      return context.redirect(withoutSessionId(request));
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return signIn(request, context, credential);
    }
    HttpSession session = request.getSession(false);
    String ended = null;
    if (session != null && session.getAttribute(SIGNED_IN) instanceof ClinicPrincipal person) {
      Instant signedInAt =
          session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : Instant.EPOCH;
      Instant provenAt =
          session.getAttribute(PROVEN_AT) instanceof Instant proven ? proven : signedInAt;
      if (lifetime.over(signedInAt, clock.instant())) {
        ended = ENDED_LIFETIME;
      } else if (revocations.revoked(SessionRevocations.Holder.of(person), provenAt)) {
        ended = ENDED_REVOKED;
      } else {
        return context.notifyContainerAboutLogin(person, Set.of(person.role().name()));
      }
      session.invalidate();
      IdleSignOut.ended(request, response);
    }
    if (context.isProtected() && ApiProblem.isApi(request)) {
      return signInFirst(request, response);
    }
    if (context.isProtected()) {
      String notice = ended == null ? "" : "?ended=" + ended;
      return context.redirect(request.getContextPath() + SIGN_IN_PAGE + notice);
    }
    return context.doNothing();
  }

  /**
   * An API request without a signed-in session is answered 401 in JSON, not sent to the sign-in
   * page: the app signs in again itself, keeping what it has not sent yet.
   */
  private static AuthenticationStatus signInFirst(
      HttpServletRequest request, HttpServletResponse response) {
    try {
      ApiProblem.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.signIn");
    } catch (IOException unwritten) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * The same address without a session id in its path. Sessions travel in the cookie alone; Payara
   * would still take an id from the address, so a request that carries one is sent back without it
   * before any session is looked at, and a link with someone else's id opens nothing of theirs.
   */
  static String withoutSessionId(HttpServletRequest request) {
    String path = SESSION_ID_IN_PATH.matcher(request.getRequestURI()).replaceAll("");
    return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
  }

  /**
   * The session changed its own account's password at {@code changedAt}: it stays signed in, under
   * a new id, while the account's other sessions end.
   */
  public static void passwordChanged(HttpServletRequest request, Instant changedAt) {
    request.changeSessionId();
    request.getSession().setAttribute(PROVEN_AT, changedAt);
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identityStore.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID
        || !(result.getCallerPrincipal() instanceof ClinicPrincipal person)) {
      return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
    }
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(SIGNED_IN, person);
    request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
    return context.notifyContainerAboutLogin(person, result.getCallerGroups());
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SIGNED_IN);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
