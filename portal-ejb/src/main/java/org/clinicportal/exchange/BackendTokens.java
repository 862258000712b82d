package org.clinicportal.exchange;

import com.nimbusds.jwt.SignedJWT;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.Optional;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.exchange.TokenRefusedException.Error;
import org.clinicportal.platform.PortalAddress;
import org.clinicportal.platform.Tenancy;

/**
 * The way in for software that reads a clinic's records (SMART Backend Services): a client trades
 * an assertion signed with its key for a short-lived access token, and every API call brings the
 * token back. Neither the assertion nor the token is trusted for its clinic: the client id and the
 * token each begin with the clinic's code, the clinic is bound by that code, and the client or the
 * token is then looked up within it, so a forged prefix finds nothing.
 */
@Stateless
public class BackendTokens {

  /** Where clients ask for tokens, below the portal's address. */
  public static final String TOKEN_PATH = RecordExports.FHIR_PATH + "/auth/token";

  /** The one OAuth grant offered, and the one kind of client assertion taken. */
  public static final String GRANT_TYPE = "client_credentials";

  public static final String ASSERTION_TYPE =
      "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  /** The longest assertion read; a signed JWT of an RSA-4096 key is about 1,000 characters. */
  private static final int MAX_ASSERTION = 8_000;

  @Inject private Clinics clinics;
  @Inject private Tenancy tenancy;
  @Inject private ClientGrants grants;
  @Inject private PortalAddress portal;

  /**
   * A token for the client that signed the assertion, granting the scopes asked for that the client
   * is allowed.
   *
   * @throws TokenRefusedException for any other grant type or assertion type, an assertion that is
   *     not a signed JWT, an unknown or revoked client, a bad signature, wrong claims, an assertion
   *     used before, or no scope the client may have
   */
  public AccessToken issue(String grantType, String assertionType, String assertion, String scope)
      throws TokenRefusedException {
    if (!GRANT_TYPE.equals(grantType)) {
      throw new TokenRefusedException(
          Error.UNSUPPORTED_GRANT_TYPE, "Only the client_credentials grant is offered");
    }
    if (!ASSERTION_TYPE.equals(assertionType)) {
      throw new TokenRefusedException(
          Error.INVALID_REQUEST, "client_assertion_type must be " + ASSERTION_TYPE);
    }
    if (assertion == null || assertion.isBlank() || assertion.length() > MAX_ASSERTION) {
      throw new TokenRefusedException(Error.INVALID_REQUEST, "client_assertion is missing");
    }
    SignedJWT signed;
    String clientId;
    try {
      signed = SignedJWT.parse(assertion.strip());
      clientId = signed.getJWTClaimsSet().getIssuer();
    } catch (ParseException notSigned) {
      throw new TokenRefusedException(Error.INVALID_CLIENT, "The assertion is not a signed JWT");
    }
    long clinicId =
        activeClinicNamedBy(clientId)
            .orElseThrow(
                () -> new TokenRefusedException(Error.INVALID_CLIENT, "The client is not known"));
    return tenancy.callAsClinic(
        clinicId, () -> grants.issue(clientId, signed, scope, portal.of(TOKEN_PATH)));
  }

  /**
   * What a bearer token lets its client do.
   *
   * @throws ApiAccessException without a token, or for one that is unknown, expired, or of a
   *     revoked client or a closed clinic
   */
  public ClientGrant grant(String bearerToken) throws ApiAccessException {
    long clinicId =
        activeClinicNamedBy(bearerToken).orElseThrow(ApiAccessException::noWorkingToken);
    return tenancy.callAsClinic(clinicId, () -> grants.of(sha256(bearerToken)));
  }

  /** A token or client id begins with its clinic's code and a dot. */
  private Optional<Long> activeClinicNamedBy(String value) {
    int dot = value == null ? -1 : value.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    return clinics
        .findByCode(value.substring(0, dot))
        .filter(clinic -> clinic.getCode().equals(value.substring(0, dot)))
        .filter(Clinic::isActive)
        .map(Clinic::getId);
  }

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }
}
