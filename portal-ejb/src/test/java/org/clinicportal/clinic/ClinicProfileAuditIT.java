package org.clinicportal.clinic;

import static org.clinicportal.testsupport.ClinicFixture.signedIn;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.testsupport.PortalDeployment;
import org.clinicportal.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A clinic administrator's changes to the clinic's profile and logo, in the audit trail. */
@ExtendWith(ArquillianExtension.class)
class ClinicProfileAuditIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private ClinicProfile profile;
  @Inject private AsClinicAdministrator administrator;

  private Clinic clinic;

  @BeforeEach
  void openClinic() {
    clinic = clinics.open(new Clinic(uniqueCode("profile"), "Profile Clinic"));
  }

  @Test
  void eachProfileChangeIsAuditedWithWhatChangedAndAnUnchangedSaveIsNot() throws Exception {
    asAdministrator(
        () ->
            profile.describe(
                "Riverside Physio", "1 Mill Lane", null, "#0f766e", "UTC", Language.ENGLISH));
    asAdministrator(
        () ->
            profile.describe(
                "Riverside Physio", "1 Mill Lane", null, "#0f766e", "UTC", Language.ENGLISH));
    asAdministrator(
        () ->
            profile.describe(
                "Riverside Physio",
                "1 Mill Lane",
                "+44 20 7946 0000",
                "#0f766e",
                "UTC",
                Language.ENGLISH));

    assertEquals("Riverside Physio", clinics.find(clinic.getId()).orElseThrow().getName());
    List<String> trail = trail();
    assertEquals(2, trail.size(), trail.toString());
    assertEquals(
        "CLINIC_PROFILE_CHANGED|name\tProfile Clinic\tRiverside Physio\naddress\t\t1 Mill Lane"
            + "\nprimaryColour\t#1f6f78\t#0f766e",
        trail.get(0));
    assertEquals("CLINIC_PROFILE_CHANGED|phone\t\t+44 20 7946 0000", trail.get(1));
    asAdministrator(
        () ->
            profile.describe(
                "Riverside Physio",
                "1 Mill Lane",
                "+44 20 7946 0000",
                "#0f766e",
                "UTC",
                Language.UKRAINIAN));
    assertEquals(Language.UKRAINIAN, clinics.find(clinic.getId()).orElseThrow().getLanguage());
    assertEquals("CLINIC_PROFILE_CHANGED|language\ten\tuk", trail().get(2));
  }

  @Test
  void aNewLogoAndARemovedOneAreAudited() throws Exception {
    byte[] logo = png();
    asAdministrator(
        () -> {
          profile.showLogo(logo);
          return null;
        });
    asAdministrator(
        () -> {
          profile.removeLogo();
          return null;
        });
    asAdministrator(
        () -> {
          profile.removeLogo();
          return null;
        });

    List<String> trail = trail();
    assertEquals(2, trail.size(), "removing no logo changes nothing: " + trail);
    assertEquals("CLINIC_LOGO_CHANGED|image/png, ", trail.get(0).replaceFirst("\\d+ bytes$", ""));
    assertEquals("CLINIC_LOGO_REMOVED|", trail.get(1));
  }

  private <T> T asAdministrator(ClinicWork<T, Exception> work) throws Exception {
    return tenancy.callAs(
        signedIn(clinic.getId(), Role.CLINIC_ADMIN), () -> administrator.call(work));
  }

  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private List<String> trail() throws Exception {
    List<String> lines = new ArrayList<>();
    try (Connection db = TestDatabase.connectAsAdministrator();
        PreparedStatement query =
            db.prepareStatement(
                "select action, details from audit_event where tenant_id = ?"
                    + " and action like 'CLINIC_%' order by occurred_at, id")) {
      query.setLong(1, clinic.getId());
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          lines.add(row.getString(1) + "|" + row.getString(2));
        }
      }
    }
    return lines;
  }
}
