package org.clinicportal.program;

import static org.clinicportal.assessment.AssessmentFixtures.aQuadratusLumborumCase;
import static org.clinicportal.patient.PatientFixtures.aPatient;
import static org.clinicportal.testsupport.ClinicFixture.PASSWORD;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.clinic.Profession;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.clinic.Therapists;
import org.clinicportal.exercise.BodySide;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseDetails;
import org.clinicportal.exercise.ExerciseKind;
import org.clinicportal.exercise.ExerciseLibrary;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.PictureFiles;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.security.UserAccount;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.testsupport.ClinicFixture;
import org.clinicportal.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A 6000 x 6000 picture (a 40 KB file of the kind that brought the server down) as an exercise
 * picture, through the real services and PostgreSQL: it is kept scaled down, and the handout that
 * prints it is made with small images and little memory. (The logo service is guarded by the
 * container's roles, which this deployment does not map; UploadIT sends a 6000 x 6000 logo through
 * the administrator's page.)
 */
@ExtendWith(ArquillianExtension.class)
class HandoutPicturesIT {

  private static final Logger LOG = Logger.getLogger(HandoutPicturesIT.class.getName());

  /**
   * What the huge picture may add to making the handout, over the same handout with a small
   * picture: half of the 36 million grey bytes that decoding it at full size once would add. The
   * stored copy, scaled to 2000 pixels, is what the handout reads.
   */
  private static final long MAX_EXTRA_BYTES = 18L * 1000 * 1000;

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private UserAccounts accounts;
  @Inject private Therapists therapists;
  @Inject private PatientRecords records;
  @Inject private Assessments assessments;
  @Inject private ExerciseLibrary library;
  @Inject private HomePrograms programs;
  @Inject private ProgramHandouts handouts;

  @Test
  void hugePicturesAreKeptScaledAndTheHandoutPrintsThemSmall() throws Exception {
    byte[] huge = PictureFiles.largeGreyPng(6000, 6000);
    assertTrue(huge.length < 120 * 1024, huge.length + " bytes");
    Clinic clinic = clinics.open(new Clinic(uniqueCode("pictures"), "Picture Clinic"));
    ClinicPrincipal dana = therapist(clinic);
    ClinicPrincipal admin = ClinicFixture.signedIn(clinic.getId(), Role.CLINIC_ADMIN);
    Patient patient =
        as(admin, () -> records.register(aPatient().named("Jordan", "Lee").details()));

    Exercise ours = as(dana, () -> library.add(details("Band pull-apart"), huge));

    BufferedImage picture =
        decoded(as(dana, () -> library.picture(ours.getId())).orElseThrow().content());
    assertEquals(2000, picture.getWidth());
    assertEquals(2000, picture.getHeight());

    Exercise small =
        as(dana, () -> library.add(details("Band row"), PictureFiles.largeGreyPng(240, 240)));
    Patient other = as(admin, () -> records.register(aPatient().named("Robin", "Marsh").details()));
    long usual = activeProgramWith(dana, other, small);
    as(dana, () -> handouts.of(usual));
    long baseline = allocatedBy(() -> as(dana, () -> handouts.of(usual)));

    long program = activeProgramWith(dana, patient, ours);
    Handout[] made = new Handout[1];
    long allocated = allocatedBy(() -> made[0] = as(dana, () -> handouts.of(program)));
    Handout handout = made[0];

    List<int[]> images = PictureFiles.embeddedImageSizes(handout.pdf());
    LOG.info(
        () ->
            String.format(
                "Handout with a 6000 x 6000 exercise picture: %d bytes, %d images,"
                    + " %.1f MB allocated; with a 240 x 240 one instead %.1f MB",
                handout.pdf().length, images.size(), allocated / 1048576.0, baseline / 1048576.0));
    assertTrue(images.stream().anyMatch(size -> size[0] == 240 && size[1] == 240), "picture");
    assertTrue(images.stream().allMatch(size -> size[0] <= 720 && size[1] <= 240));
    assertTrue(handout.pdf().length < 512 * 1024, handout.pdf().length + " bytes");
    assertTrue(
        allocated - baseline < MAX_EXTRA_BYTES,
        allocated + " bytes allocated, " + baseline + " with a small picture");
  }

  /** What a piece of work allocates on this thread. */
  private static long allocatedBy(ClinicWork<?, Exception> work) throws Exception {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    work.call();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  private long activeProgramWith(ClinicPrincipal dana, Patient patient, Exercise ours)
      throws Exception {
    Assessment draft = as(dana, () -> assessments.start(patient.getId()));
    as(
        dana,
        () -> assessments.sign(draft.getId(), draft.getVersion(), aQuadratusLumborumCase().form()));
    ProgramPlan plan = as(dana, () -> programs.suggest(patient.getId(), "QL"));
    plan.getItems().add(ProgramPlan.Item.of(ours, BodySide.BOTH));
    HomeProgram started = as(dana, () -> programs.startDraft(patient.getId(), plan));
    return as(
            dana,
            () ->
                programs.activate(
                    started.getId(), started.getVersion(), LocalDate.of(2026, 11, 30), null))
        .getId();
  }

  private static BufferedImage decoded(byte[] content) throws Exception {
    assertNotNull(content);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
    assertNotNull(image, "the stored picture does not decode");
    return image;
  }

  private static ExerciseDetails details(String name) {
    ExerciseDetails details = new ExerciseDetails();
    details.setName(name);
    details.setKind(ExerciseKind.STRENGTHEN);
    details.setPurpose("Shoulder blade control");
    details.setInstructions("Hold the band at shoulder height.\nPull it apart slowly.");
    return details;
  }

  private ClinicPrincipal therapist(Clinic at) throws Exception {
    return tenancy.callAsClinic(
        at.getId(),
        () -> {
          UserAccount account = accounts.open("dana", "Dana Whitfield", Role.THERAPIST, PASSWORD);
          therapists.register(new Therapist(account, Profession.PHYSICAL_THERAPIST, null));
          return new ClinicPrincipal(
              at.getCode() + "/dana",
              at.getId(),
              at.getName(),
              account.getId(),
              "Dana Whitfield",
              Role.THERAPIST,
              "UTC",
              false);
        });
  }

  private <T> T as(ClinicPrincipal person, ClinicWork<T, Exception> work) throws Exception {
    return tenancy.callAs(person, work);
  }
}
