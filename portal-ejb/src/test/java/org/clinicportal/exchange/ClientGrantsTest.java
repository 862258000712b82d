package org.clinicportal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scopes a token grants: those asked for, in SMART's words, that the client is allowed. */
class ClientGrantsTest {

  private static final Set<FhirScope> ALLOWED =
      EnumSet.of(FhirScope.PATIENT, FhirScope.OBSERVATION, FhirScope.CARE_PLAN);

  @Test
  void grantsWhatWasAskedForAndAllowedInEitherSmartSpelling() throws Exception {
    assertEquals(
        EnumSet.of(FhirScope.PATIENT, FhirScope.OBSERVATION),
        ClientGrants.grantable("system/Patient.rs  system/Observation.read", ALLOWED));
    assertEquals(
        EnumSet.of(FhirScope.PATIENT),
        ClientGrants.grantable("system/Patient.rs system/Flag.rs patient/Observation.rs", ALLOWED),
        "a scope not allowed, or of another context, is left out");
    assertEquals(ALLOWED, ClientGrants.grantable("system/*.rs", ALLOWED), "the wildcard");
  }

  @Test
  void refusesWhenNothingAskedForIsAllowed() {
    for (String asked :
        new String[] {null, "", "  ", "system/Flag.rs", "user/*.rs", "system/Patient.cruds"}) {
      TokenRefusedException refused =
          assertThrows(TokenRefusedException.class, () -> ClientGrants.grantable(asked, ALLOWED));
      assertEquals(TokenRefusedException.Error.INVALID_SCOPE, refused.getError(), asked);
    }
  }
}
