package org.clinicportal.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pictures the portal accepts from people (a clinic's logo, an exercise's illustration): PNG or
 * JPEG of at most 512 KiB, judged by their first bytes, never by what the browser claims.
 */
public final class Pictures {

  public static final int MAX_BYTES = 512 * 1024;

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  private Pictures() {}

  /** The content type of a PNG or JPEG picture; empty for anything else. */
  public static Optional<String> typeOf(byte[] picture) {
    if (startsWith(picture, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(picture, JPEG)) {
      return Optional.of("image/jpeg");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] picture, byte[] magic) {
    return picture.length >= magic.length
        && Arrays.equals(Arrays.copyOf(picture, magic.length), magic);
  }
}
