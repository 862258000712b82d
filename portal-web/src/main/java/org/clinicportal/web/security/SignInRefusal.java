package org.clinicportal.web.security;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import org.clinicportal.security.SignInResult;

/** Why the identity store refused the sign-in of this request, for the page to word. */
@RequestScoped
public class SignInRefusal {

  private SignInResult.Refusal refusal = SignInResult.Refusal.NOT_RECOGNISED;
  private Instant retryAfter;

  void remember(SignInResult result) {
    if (result.refusal() != null) {
      refusal = result.refusal();
      retryAfter = result.retryAfter();
    }
  }

  SignInResult.Refusal refusal() {
    return refusal;
  }

  Instant retryAfter() {
    return retryAfter;
  }
}
