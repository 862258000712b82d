package org.clinicportal.exchange;

import jakarta.ejb.ApplicationException;

/**
 * A FHIR API call the portal refused before reading anything: without a working token (answered
 * 401), or with a token whose scopes do not reach the kind of resource asked for (403).
 */
@ApplicationException(rollback = true)
public class ApiAccessException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean authenticated;

  private ApiAccessException(boolean authenticated, String message) {
    super(message);
    this.authenticated = authenticated;
  }

  /** No token, or one that is unknown, expired, or of a revoked client. */
  static ApiAccessException noWorkingToken() {
    return new ApiAccessException(false, "A valid access token is needed");
  }

  /** A working token that was not granted the scope for that kind of resource. */
  static ApiAccessException outOfScope(String resourceType) {
    return new ApiAccessException(true, "The token's scopes do not include " + resourceType);
  }

  /** Whether the token itself worked, so that only its scopes fell short. */
  public boolean isAuthenticated() {
    return authenticated;
  }
}
