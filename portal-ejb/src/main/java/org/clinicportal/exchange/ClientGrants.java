package org.clinicportal.exchange;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.exchange.TokenRefusedException.Error;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;

/**
 * Issues and checks access tokens within the bound clinic. An assertion is taken once: signed by
 * one of the client's registered keys (RSA or elliptic curve, never a shared secret), issued and
 * subject the client's id, addressed to the token endpoint, expiring within five minutes, and with
 * an id (jti) never used before by that client. A token then works for five minutes, for the scopes
 * asked for that the client is allowed.
 */
@Stateless
@TenantBound
public class ClientGrants {

  /** How long an access token works. */
  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

  /** How far ahead an assertion may expire, as SMART Backend Services asks. */
  static final Duration LONGEST_ASSERTION = Duration.ofMinutes(5);

  /** How far the client's clock may be from the portal's. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  private static final int MAX_JTI = 255;
  private static final Pattern SCOPE = Pattern.compile("system/(\\*|[A-Za-z]+)\\.(rs|read)");
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /**
   * A token for the client of that id in the bound clinic, if the assertion holds.
   *
   * @throws TokenRefusedException as {@link BackendTokens#issue} describes
   */
  public AccessToken issue(
      String clientId, SignedJWT assertion, String requestedScope, String tokenUrl)
      throws TokenRefusedException {
    FhirClient client =
        em.createNamedQuery("FhirClient.byClientId", FhirClient.class)
            .setParameter("clientId", clientId)
            .getResultStream()
            .filter(found -> !found.isRevoked())
            .findFirst()
            .orElseThrow(() -> refused("The client is not known"));
    verifySignature(client, assertion);
    Instant now = clock.instant();
    Instant assertionExpiry = checkClaims(clientId, claimsOf(assertion), tokenUrl, now);
    takeOnce(client, assertion, assertionExpiry, now);
    Set<FhirScope> granted = grantable(requestedScope, client.scopes());
    String token = newToken();
    OffsetDateTime issuedAt = OffsetDateTime.ofInstant(now, clock.getZone());
    em.createNamedQuery("FhirAccessToken.deleteExpired")
        .setParameter("client", client)
        .setParameter("now", issuedAt)
        .executeUpdate();
    em.persist(
        new FhirAccessToken(
            client, BackendTokens.sha256(token), granted, issuedAt, issuedAt.plus(TOKEN_LIFETIME)));
    client.usedAt(issuedAt);
    audit.recordForClient(
        client.getName(),
        AuditAction.FHIR_TOKEN_ISSUED,
        null,
        List.of(
            FieldChange.set("client", clientId),
            FieldChange.set("scopes", FhirScope.asText(granted))));
    return new AccessToken(token, TOKEN_LIFETIME.toSeconds(), FhirScope.asText(granted));
  }

  /**
   * What the token of that hash lets its client do.
   *
   * @throws ApiAccessException when the bound clinic has no such token, or it no longer works
   */
  public ClientGrant of(String tokenHash) throws ApiAccessException {
    OffsetDateTime now = OffsetDateTime.now(clock);
    FhirAccessToken token =
        em.createNamedQuery("FhirAccessToken.byHash", FhirAccessToken.class)
            .setParameter("hash", tokenHash)
            .getResultStream()
            .filter(found -> found.worksAt(now))
            .findFirst()
            .orElseThrow(ApiAccessException::noWorkingToken);
    FhirClient client = token.getClient();
    return new ClientGrant(
        tenancy.currentClinicId(), client.getClientId(), client.getName(), token.scopes());
  }

  private static void verifySignature(FhirClient client, SignedJWT assertion)
      throws TokenRefusedException {
    JWSHeader header = assertion.getHeader();
    JWK key;
    try {
      key =
          header.getKeyID() == null
              ? null
              : JWKSet.parse(client.getPublicKeys()).getKeyByKeyId(header.getKeyID());
    } catch (ParseException storedKeysWereChecked) {
      throw new IllegalStateException("Stored keys of " + client.getClientId() + " do not read");
    }
    if (key == null) {
      throw refused("The assertion's kid names none of the client's keys");
    }
    JWSAlgorithm algorithm = header.getAlgorithm();
    boolean verified;
    try {
      JWSVerifier verifier;
      if (key instanceof RSAKey rsa && JWSAlgorithm.Family.RSA.contains(algorithm)) {
        verifier = new RSASSAVerifier(rsa);
      } else if (key instanceof ECKey ec && JWSAlgorithm.Family.EC.contains(algorithm)) {
        verifier = new ECDSAVerifier(ec);
      } else {
        throw refused("The assertion's alg does not suit the key it names");
      }
      verified = assertion.verify(verifier);
    } catch (JOSEException cannotVerify) {
      throw refused("The assertion's alg does not suit the key it names");
    }
    if (!verified) {
      throw refused("The assertion's signature does not verify");
    }
  }

  private static JWTClaimsSet claimsOf(SignedJWT assertion) throws TokenRefusedException {
    try {
      return assertion.getJWTClaimsSet();
    } catch (ParseException unreadable) {
      throw refused("The assertion's claims do not read");
    }
  }

  /** Checks the claims and answers when the assertion expires. */
  private static Instant checkClaims(
      String clientId, JWTClaimsSet claims, String tokenUrl, Instant now)
      throws TokenRefusedException {
    if (!clientId.equals(claims.getSubject())) {
      throw refused("The assertion's sub must be its iss, the client id");
    }
    if (claims.getAudience() == null || !claims.getAudience().contains(tokenUrl)) {
      throw refused("The assertion's aud must be the token endpoint, " + tokenUrl);
    }
    Date expiry = claims.getExpirationTime();
    if (expiry == null || expiry.toInstant().isBefore(now.minus(CLOCK_SKEW))) {
      throw refused("The assertion has expired");
    }
    if (expiry.toInstant().isAfter(now.plus(LONGEST_ASSERTION).plus(CLOCK_SKEW))) {
      throw refused("The assertion's exp is more than five minutes ahead");
    }
    String jti = claims.getJWTID();
    if (jti == null || jti.isBlank() || jti.length() > MAX_JTI) {
      throw refused("The assertion needs a jti of at most " + MAX_JTI + " characters");
    }
    return expiry.toInstant().plus(CLOCK_SKEW);
  }

  /**
   * Keeps the assertion's id until it expires; a second use is refused, also when both arrive at
   * the same moment (the second waits on the first's row, then finds it).
   */
  private void takeOnce(FhirClient client, SignedJWT assertion, Instant expiry, Instant now)
      throws TokenRefusedException {
    String jti = claimsOf(assertion).getJWTID();
    em.createNativeQuery(
            "delete from fhir_assertion where tenant_id = ?1 and client = ?2 and expires_at < ?3")
        .setParameter(1, tenancy.currentClinicId())
        .setParameter(2, client.getId())
        .setParameter(3, Timestamp.from(now))
        .executeUpdate();
    int taken =
        em.createNativeQuery(
                "insert into fhir_assertion (tenant_id, client, jti, expires_at)"
                    + " values (?1, ?2, ?3, ?4) on conflict do nothing")
            .setParameter(1, tenancy.currentClinicId())
            .setParameter(2, client.getId())
            .setParameter(3, jti)
            .setParameter(4, Timestamp.from(expiry))
            .executeUpdate();
    if (taken == 0) {
      throw refused("The assertion was used before; sign a new one with a new jti");
    }
  }

  /**
   * The scopes asked for that the client is allowed: {@code system/[type].rs} or SMART's older
   * {@code system/[type].read}, and {@code *} for every type.
   */
  static Set<FhirScope> grantable(String requested, Set<FhirScope> allowed)
      throws TokenRefusedException {
    Set<FhirScope> granted = EnumSet.noneOf(FhirScope.class);
    for (String word : requested == null ? new String[0] : requested.strip().split("\\s+")) {
      Matcher scope = SCOPE.matcher(word);
      if (!scope.matches()) {
        continue;
      }
      if (scope.group(1).equals("*")) {
        granted.addAll(allowed);
      } else {
        FhirScope.ofResourceType(scope.group(1)).filter(allowed::contains).ifPresent(granted::add);
      }
    }
    if (granted.isEmpty()) {
      throw new TokenRefusedException(
          Error.INVALID_SCOPE, "None of the scopes asked for is allowed to this client");
    }
    return granted;
  }

  private String newToken() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return em.find(Clinic.class, tenancy.currentClinicId()).getCode()
        + "."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  private static TokenRefusedException refused(String description) {
    return new TokenRefusedException(Error.INVALID_CLIENT, description);
  }
}
