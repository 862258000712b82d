package org.clinicportal.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClinicProfileTest {

  @Test
  void aLogoIsJudgedByItsContentNotItsName() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0};
    byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);

    assertEquals(Optional.of("image/png"), ClinicProfile.imageType(png));
    assertEquals(Optional.of("image/jpeg"), ClinicProfile.imageType(jpeg));
    assertEquals(Optional.empty(), ClinicProfile.imageType(svg));
    assertEquals(Optional.empty(), ClinicProfile.imageType(new byte[] {(byte) 0x89, 'P'}));
  }
}
