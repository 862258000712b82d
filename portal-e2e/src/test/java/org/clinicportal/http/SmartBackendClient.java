package org.clinicportal.http;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FHIR client of SMART Backend Services over HTTP, as a clinic's partner software runs it: its
 * own key pair, registered for a clinic with some scopes (written straight to the database, as the
 * administrator's page would; the page itself is tried by the browser tests), trading signed
 * assertions for tokens at the token endpoint and reading with them.
 */
final class SmartBackendClient {

  private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
  private static final Pattern TOKEN_ENDPOINT = Pattern.compile("\"token_endpoint\":\"([^\"]+)\"");

  private final PortalSession http = PortalSession.anonymous();
  private final ECKey key;
  private final String clientId;

  private SmartBackendClient(ECKey key, String clientId) {
    this.key = key;
    this.clientId = clientId;
  }

  /** A client registered now by the clinic's administrator, allowed these scopes. */
  static SmartBackendClient registeredIn(String clinicCode, String scopes) throws Exception {
    ECKey key = new ECKeyGenerator(Curve.P_384).keyID("key-1").generate();
    String clientId = clinicCode + "." + UUID.randomUUID();
    try (Connection db = PortalDatabase.connect();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into fhir_client (tenant_id, id, client_id, name, public_keys, scopes,"
                    + " registered_by, registered_at)"
                    + " select c.id, nextval('portal_id_seq'), ?, 'Partner software', ?, ?,"
                    + " (select min(u.id) from app_user u"
                    + "   where u.tenant_id = c.id and u.role = 'CLINIC_ADMIN'), now()"
                    + " from clinic c where c.code = ?")) {
      insert.setString(1, clientId);
      insert.setString(2, new JWKSet(key.toPublicJWK()).toString(true));
      insert.setString(3, scopes);
      insert.setString(4, clinicCode);
      if (insert.executeUpdate() != 1) {
        throw new IllegalStateException("No clinic " + clinicCode);
      }
    }
    return new SmartBackendClient(key, clientId);
  }

  /** The token endpoint, as the portal publishes it for SMART clients. */
  static String tokenEndpoint() {
    Matcher endpoint =
        TOKEN_ENDPOINT.matcher(
            PortalSession.anonymous().get("/fhir/.well-known/smart-configuration").body());
    if (!endpoint.find()) {
      throw new IllegalStateException("No token endpoint published");
    }
    return endpoint.group(1);
  }

  /** An assertion for the token endpoint, expiring in four minutes, with a new id. */
  String assertion() {
    return signed(key, claims().build());
  }

  /** An assertion of this client's id signed by a key that is not the client's. */
  String assertionSignedByAnotherKey() throws JOSEException {
    return signed(new ECKeyGenerator(Curve.P_384).keyID("key-1").generate(), claims().build());
  }

  /** The token endpoint's answer to an assertion asking for these scopes. */
  PortalSession.Page requestToken(String assertion, String scope) {
    return http.postFields(
        "/fhir/auth/token",
        "grant_type=client_credentials"
            + "&client_assertion_type="
            + encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
            + "&client_assertion="
            + encode(assertion)
            + "&scope="
            + encode(scope));
  }

  /** A token for these scopes; fails when the endpoint refuses. */
  String token(String scope) {
    PortalSession.Page answer = requestToken(assertion(), scope);
    Matcher token = TOKEN.matcher(answer.body());
    if (answer.status() != 200 || !token.find()) {
      throw new IllegalStateException("No token: " + answer.status() + " " + answer.body());
    }
    return token.group(1);
  }

  /** Ends the client's access, as the administrator's page does. */
  void revoke() throws SQLException {
    update(
        "update fhir_client set revoked_at = now(), revoked_by = registered_by where client_id = ?");
  }

  /** Lets every token of the client run out now. */
  void expireTokens() throws SQLException {
    update(
        "update fhir_access_token set issued_at = now() - interval '10 minutes',"
            + " expires_at = now() - interval '5 minutes'"
            + " where client = (select id from fhir_client where client_id = ?)");
  }

  private void update(String sql) throws SQLException {
    try (Connection db = PortalDatabase.connect();
        PreparedStatement update = db.prepareStatement(sql)) {
      update.setString(1, clientId);
      update.executeUpdate();
    }
  }

  private JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .issuer(clientId)
        .subject(clientId)
        .audience(tokenEndpoint())
        .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(4))))
        .jwtID(UUID.randomUUID().toString());
  }

  private static String signed(ECKey key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID("key-1").build(), claims);
      jwt.sign(new ECDSASigner(key));
      return jwt.serialize();
    } catch (JOSEException cannot) {
      throw new IllegalStateException(cannot);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
