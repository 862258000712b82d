package org.clinicportal.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** PBKDF2 hashing of passwords (HMAC-SHA512, 210,000 iterations, 32-byte salt). */
@ApplicationScoped
public class Passwords {

  @Inject private Pbkdf2PasswordHash hash;

  /**
   * Verified when the username is unknown, so that an unknown name costs as much time as a wrong
   * password.
   */
  private String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoy = hash.generate("decoy password that matches nothing".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  /**
   * The key a password derives under the settings of a stored hash ({@code
   * algorithm:iterations:salt:key bytes}), for the database to compare with the key it keeps, so
   * that the stored hash itself never leaves it. An empty password derives nothing that matches.
   */
  public String derivedKey(String password, String settings) {
    String[] parts = settings.split(":");
    if (parts.length != 4 || !parts[0].startsWith("PBKDF2With")) {
      throw new IllegalArgumentException("Not the settings of a PBKDF2 hash");
    }
    if (password.isEmpty()) {
      matchesNothing(password);
      return "";
    }
    PBEKeySpec spec =
        new PBEKeySpec(
            password.toCharArray(),
            Base64.getDecoder().decode(parts[2]),
            Integer.parseInt(parts[1]),
            Integer.parseInt(parts[3]) * Byte.SIZE);
    try {
      return Base64.getEncoder()
          .encodeToString(SecretKeyFactory.getInstance(parts[0]).generateSecret(spec).getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }

  /** Spends the time of one verification and answers false. */
  public boolean matchesNothing(String password) {
    hash.verify(password.toCharArray(), decoy);
    return false;
  }
}
