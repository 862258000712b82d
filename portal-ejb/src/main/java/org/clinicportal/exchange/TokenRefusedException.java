package org.clinicportal.exchange;

import jakarta.ejb.ApplicationException;

/**
 * A token request the portal refused, with the OAuth 2.0 error code the client is answered with
 * (RFC 6749, section 5.2) and a description for the client's developers. Neither says more than
 * which rule the request broke: never whether another clinic or client exists.
 */
@ApplicationException(rollback = true)
public class TokenRefusedException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The error codes of RFC 6749 that the token endpoint answers with. */
  public enum Error {
    INVALID_REQUEST,
    INVALID_CLIENT,
    INVALID_SCOPE,
    UNSUPPORTED_GRANT_TYPE;

    /** The code as OAuth writes it. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Error error;

  public TokenRefusedException(Error error, String description) {
    super(description);
    this.error = error;
  }

  public Error getError() {
    return error;
  }

  /** What the client is told, in the words of RFC 6749's {@code error_description}. */
  public String getDescription() {
    return getMessage();
  }
}
