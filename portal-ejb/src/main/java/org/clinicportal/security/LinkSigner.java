package org.clinicportal.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the links in the portal's mail, which work without signing in: each names its
 * purpose, the clinic, the person it is for and when it expires, under an HMAC-SHA256 of the
 * installation's key (made on first start and kept in the database, so links survive a restart and
 * work on every server). A link changed in any part, used for another purpose, or expired is
 * refused.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@Lock(LockType.READ)
public class LinkSigner {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int KEY_BYTES = 32;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Clock clock;

  private byte[] key;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void loadOrMakeKey() {
    byte[] made = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(made);
    em.createNativeQuery(
            "insert into link_signing_key (id, secret, created_at) values (1, ?1, ?2)"
                + " on conflict (id) do nothing")
        .setParameter(1, made)
        .setParameter(2, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .setHint("eclipselink.jdbc.allow-native-sql-query", true)
        .executeUpdate();
    List<?> stored =
        em.createNativeQuery("select secret from link_signing_key where id = 1")
            .setHint("eclipselink.jdbc.allow-native-sql-query", true)
            .getResultList();
    key = (byte[]) stored.get(0);
  }

  /** A link token for {@code purpose}, naming a clinic and a person in it, valid until expiry. */
  public String sign(String purpose, long clinicId, long subjectId, Instant expires) {
    requirePlain(purpose);
    String payload =
        ENCODER.encodeToString(
            (purpose + "|" + clinicId + "|" + subjectId + "|" + expires.getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
    return payload + "." + ENCODER.encodeToString(mac(payload));
  }

  /** What a token names, when it is whole, for this purpose, and not expired. */
  public Optional<SignedLink> check(String token, String purpose) {
    if (token == null || token.length() > 400) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.')) {
      return Optional.empty();
    }
    String payload = token.substring(0, dot);
    try {
      byte[] signature = DECODER.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(signature, mac(payload))) {
        return Optional.empty();
      }
      String[] parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\\|");
      if (parts.length != 4 || !parts[0].equals(purpose)) {
        return Optional.empty();
      }
      Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[3]));
      if (!clock.instant().isBefore(expires)) {
        return Optional.empty();
      }
      return Optional.of(
          new SignedLink(Long.parseLong(parts[1]), Long.parseLong(parts[2]), expires));
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }

  private byte[] mac(String payload) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      return hmac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  private static void requirePlain(String purpose) {
    if (purpose == null || !purpose.matches("[a-z][a-z.-]{0,39}")) {
      throw new IllegalArgumentException("A link's purpose is a short lower-case word");
    }
  }

  /** What a checked link names. */
  public record SignedLink(long clinicId, long subjectId, Instant expires) {}
}
