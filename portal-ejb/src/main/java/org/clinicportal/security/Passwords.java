package org.clinicportal.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

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

  /** Spends the time of one verification and answers false. */
  public boolean matchesNothing(String password) {
    hash.verify(password.toCharArray(), decoy);
    return false;
  }
}
