package org.clinicportal.exchange;

/**
 * An access token as the token endpoint hands it out: the token, how many seconds it works, and the
 * scopes it grants in OAuth's words.
 */
public record AccessToken(String token, long expiresInSeconds, String scope) {

  @Override
  public String toString() {
    return "AccessToken[expiresInSeconds=" + expiresInSeconds + ", scope=" + scope + "]";
  }
}
