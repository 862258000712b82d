package org.clinicportal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.clinicportal.security.SignInResult;
import org.clinicportal.signin.ClinicCredential;
import org.clinicportal.signin.SignIn;

/** Validates the clinic, username and password typed on the sign-in page. */
@ApplicationScoped
public class ClinicIdentityStore implements IdentityStore {

  @Inject private SignIn signIn;
  @Inject private SignInRefusal refusal;

  /**
   * Overrides the interface's reflective dispatch: resolving a method whose signature names a class
   * of the application from the server's own class loader breaks after a redeployment.
   */
  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof ClinicCredential clinicCredential)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignInResult result = signIn.verify(clinicCredential);
    refusal.remember(result);
    return result
        .signedInPrincipal()
        .map(
            principal -> new CredentialValidationResult(principal, Set.of(principal.role().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
