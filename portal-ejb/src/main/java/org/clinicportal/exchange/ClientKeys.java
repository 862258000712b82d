package org.clinicportal.exchange;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicportal.platform.RecordException;

/**
 * The public keys a FHIR client signs its token requests with, as a clinic administrator pastes
 * them: a JWK Set or a single JWK. Only public RSA keys of 2048 bits or more and public elliptic
 * curve keys on P-256, P-384 or P-521 are taken, each with its own key id; a key with a private or
 * secret part is refused, so that the portal never holds what a client must keep to itself.
 */
final class ClientKeys {

  /** The most text a key set may be. */
  static final int MAX_TEXT = 20_000;

  /** The most keys a client may have at once (a new one beside the old while it changes keys). */
  static final int MAX_KEYS = 5;

  private static final int MIN_RSA_BITS = 2048;
  private static final Set<Curve> CURVES = Set.of(Curve.P_256, Curve.P_384, Curve.P_521);

  private ClientKeys() {}

  /**
   * The keys as a public JWK Set in JSON.
   *
   * @throws RecordException with the message key of the first problem
   */
  static String publicKeySet(String text) throws RecordException {
    if (text == null || text.isBlank()) {
      throw new RecordException("fhirClient.keys.missing");
    }
    if (text.length() > MAX_TEXT) {
      throw new RecordException("fhirClient.keys.tooLong");
    }
    List<JWK> keys;
    try {
      Map<String, Object> json = JSONObjectUtils.parse(text.strip());
      keys = json.containsKey("keys") ? JWKSet.parse(json).getKeys() : List.of(JWK.parse(json));
    } catch (ParseException | RuntimeException unreadable) {
      throw new RecordException("fhirClient.keys.unreadable");
    }
    if (keys.isEmpty() || keys.size() > MAX_KEYS) {
      throw new RecordException("fhirClient.keys.count");
    }
    Set<String> ids = new HashSet<>();
    for (JWK key : keys) {
      check(key);
      if (key.getKeyID() == null || key.getKeyID().isBlank() || !ids.add(key.getKeyID())) {
        throw new RecordException("fhirClient.keys.keyId");
      }
    }
    return new JWKSet(keys).toString(true);
  }

  private static void check(JWK key) throws RecordException {
    if (key instanceof RSAKey rsa) {
      if (rsa.isPrivate()) {
        throw new RecordException("fhirClient.keys.private");
      }
      if (rsa.size() < MIN_RSA_BITS) {
        throw new RecordException("fhirClient.keys.weak");
      }
    } else if (key instanceof ECKey ec) {
      if (ec.isPrivate()) {
        throw new RecordException("fhirClient.keys.private");
      }
      if (!CURVES.contains(ec.getCurve())) {
        throw new RecordException("fhirClient.keys.weak");
      }
    } else {
      throw new RecordException("fhirClient.keys.type");
    }
  }
}
