package org.clinicportal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.List;
import org.clinicportal.platform.RecordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The public keys a FHIR client registers, as an administrator pastes them. */
class ClientKeysTest {

  private static RSAKey rsa(int bits, String kid) throws Exception {
    return new RSAKeyGenerator(bits, true).keyID(kid).generate();
  }

  private static ECKey ec(Curve curve, String kid) throws Exception {
    return new ECKeyGenerator(curve).keyID(kid).generate();
  }

  @Test
  void publicRsaAndEllipticCurveKeysAreKeptAsAPublicSet() throws Exception {
    String set =
        new JWKSet(List.of(rsa(2048, "a").toPublicJWK(), ec(Curve.P_384, "b").toPublicJWK()))
            .toString(true);

    JWKSet kept = JWKSet.parse(ClientKeys.publicKeySet(set));

    assertEquals(2, kept.size());
    assertTrue(kept.getKeys().stream().noneMatch(key -> key.isPrivate()));
    assertEquals(
        1,
        JWKSet.parse(ClientKeys.publicKeySet(ec(Curve.P_256, "one").toPublicJWK().toJSONString()))
            .size(),
        "a single JWK is a set of one");
  }

  @Test
  void privateSecretWeakOrUnnamedKeysAreRefused() throws Exception {
    assertRefused("fhirClient.keys.missing", "  ");
    assertRefused("fhirClient.keys.unreadable", "not a key");
    assertRefused("fhirClient.keys.unreadable", "{\"kty\":\"RSA\"}");
    assertRefused("fhirClient.keys.count", "{\"keys\":[]}");
    assertRefused("fhirClient.keys.private", rsa(2048, "p").toJSONString());
    assertRefused("fhirClient.keys.private", ec(Curve.P_256, "p").toJSONString());
    assertRefused("fhirClient.keys.weak", rsa(1024, "w").toPublicJWK().toJSONString());
    OctetSequenceKey secret = new OctetSequenceKeyGenerator(256).keyID("s").generate();
    assertRefused("fhirClient.keys.type", secret.toJSONString());
    assertRefused("fhirClient.keys.keyId", rsa(2048, null).toPublicJWK().toJSONString());
    RSAKey first = rsa(2048, "same");
    assertRefused(
        "fhirClient.keys.keyId",
        new JWKSet(List.of(first.toPublicJWK(), rsa(2048, "same").toPublicJWK())).toString());
    assertRefused("fhirClient.keys.tooLong", " ".repeat(ClientKeys.MAX_TEXT) + "{}");
    assertFalse(first.toPublicJWK().isPrivate());
  }

  private static void assertRefused(String key, String text) {
    Executable reading = () -> ClientKeys.publicKeySet(text);
    assertEquals(key, assertThrows(RecordException.class, reading).messageKey(), text);
  }
}
