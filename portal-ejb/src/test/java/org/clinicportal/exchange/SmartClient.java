package org.clinicportal.exchange;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A FHIR client as SMART Backend Services has it: an elliptic curve key pair of its own, and
 * assertions signed with it for the portal's token endpoint, each with a new id.
 */
public final class SmartClient {

  private final ECKey key;
  private String clientId;

  private SmartClient(ECKey key) {
    this.key = key;
  }

  /** A client with a new P-384 key, which signs with ES384 as SMART asks every server to take. */
  public static SmartClient withNewKey() {
    try {
      return new SmartClient(new ECKeyGenerator(Curve.P_384).keyID("key-1").generate());
    } catch (JOSEException cannot) {
      throw new IllegalStateException(cannot);
    }
  }

  /** The public key, as a clinic administrator pastes it. */
  public String publicKey() {
    return key.toPublicJWK().toJSONString();
  }

  /** The client id the portal gave at registration. */
  public SmartClient registeredAs(String id) {
    this.clientId = id;
    return this;
  }

  public String clientId() {
    return clientId;
  }

  /** An assertion for that token endpoint, expiring in four minutes. */
  public String assertion(String tokenUrl) {
    return assertion(tokenUrl, claims -> claims);
  }

  /** An assertion whose claims the test changes first. */
  public String assertion(String tokenUrl, UnaryOperator<JWTClaimsSet.Builder> change) {
    return signedBy(key, "key-1", change.apply(claims(tokenUrl)).build());
  }

  /** An assertion of this client signed by another key under this client's key id. */
  public String assertionSignedByAnotherKey(String tokenUrl) {
    return signedBy(withNewKey().key, "key-1", claims(tokenUrl).build());
  }

  private JWTClaimsSet.Builder claims(String tokenUrl) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(clientId)
        .subject(clientId)
        .audience(tokenUrl)
        .expirationTime(Date.from(now.plus(Duration.ofMinutes(4))))
        .jwtID(UUID.randomUUID().toString());
  }

  private static String signedBy(ECKey key, String keyId, JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(keyId).build(), claims);
      jwt.sign(new ECDSASigner(key));
      return jwt.serialize();
    } catch (JOSEException cannot) {
      throw new IllegalStateException(cannot);
    }
  }
}
