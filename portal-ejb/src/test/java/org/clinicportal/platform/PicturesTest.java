package org.clinicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pictures people upload are judged by their content. */
class PicturesTest {

  @Test
  void aPictureIsJudgedByItsContentNotItsName() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0};
    byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);

    assertEquals(Optional.of("image/png"), Pictures.typeOf(png));
    assertEquals(Optional.of("image/jpeg"), Pictures.typeOf(jpeg));
    assertEquals(Optional.empty(), Pictures.typeOf(svg));
    assertEquals(Optional.empty(), Pictures.typeOf(new byte[] {(byte) 0x89, 'P'}));
  }
}
