package org.clinicportal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.clinicportal.security.ClinicCredential;
import org.clinicportal.security.SignIn;

/** Validates the clinic, username and password typed on the sign-in page. */
@ApplicationScoped
public class ClinicIdentityStore implements IdentityStore {

  @Inject private SignIn signIn;

  public CredentialValidationResult validate(ClinicCredential credential) {
    return signIn
        .verify(credential)
        .map(
            principal -> new CredentialValidationResult(principal, Set.of(principal.role().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
