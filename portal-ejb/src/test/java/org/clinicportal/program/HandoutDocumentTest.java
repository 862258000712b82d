package org.clinicportal.program;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.exercise.BodySide;
import org.clinicportal.exercise.BuiltInExercise;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseDetails;
import org.clinicportal.exercise.ExerciseKind;
import org.clinicportal.exercise.ExerciseText;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Sex;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.Picture;
import org.clinicportal.platform.PictureFiles;
import org.clinicportal.platform.PortalEntity;
import org.clinicportal.platform.Role;
import org.clinicportal.security.UserAccount;
import org.clinicportal.testsupport.PdfText;
import org.junit.jupiter.api.Test;

/**
 * The handout names the clinic, the patient, every exercise with its dosage, and the review; it
 * prints pictures at the size of their box, whatever was stored.
 */
class HandoutDocumentTest {

  @Test
  void theHandoutCarriesTheProgramInPlainWords() throws Exception {
    HomeProgram program = program(List.of());

    byte[] pdf =
        HandoutDocument.render(
            new Clinic("demo", "Demo Physio & Chiro"), program, Language.ENGLISH);

    String all = PdfText.of(pdf);
    assertTrue(all.contains("Demo Physio & Chiro"), all);
    assertTrue(all.contains("For Jordan Lee"), all);
    assertTrue(all.contains("Suitcase carry"), all);
    assertTrue(all.contains("3 sets, for 30 seconds, rest 1 minute between sets, both sides"), all);
    assertTrue(all.contains("next review 14 December 2026"), all);
  }

  @Test
  void aPolishHandoutPrintsTheNameAndEveryExerciseInPolish() throws Exception {
    HomeProgram program =
        program(
            List.of(),
            new Patient("P-0007", "Łukasz", "Żółkiewski", LocalDate.of(1979, 3, 2), Sex.MALE));

    String all =
        PdfText.of(
            HandoutDocument.render(new Clinic("demo", "Fizjo Łódź"), program, Language.POLISH));

    assertTrue(all.contains("Dla: Łukasz Żółkiewski"), all);
    assertTrue(all.contains("Fizjo Łódź"), all);
    assertTrue(all.contains("następna kontrola: 14 grudnia 2026"), all);
    for (ProgramItem item : program.getItems()) {
      ExerciseText polish = item.getExercise().textIn(Language.POLISH);
      assertTrue(all.contains(polish.name()), polish.name() + " is missing from " + all);
      assertTrue(all.contains(item.getDosage().inWords(Language.POLISH)), all);
    }
    assertFalse(all.contains("Release the knots"), all);
  }

  @Test
  void aUkrainianHandoutPrintsCyrillic() throws Exception {
    HomeProgram program =
        program(
            List.of(),
            new Patient("P-0008", "Олена", "Коваленко", LocalDate.of(1990, 8, 9), Sex.FEMALE));

    String all =
        PdfText.of(HandoutDocument.render(new Clinic("demo", "Demo"), program, Language.UKRAINIAN));

    assertTrue(all.contains("Для: Олена Коваленко"), all);
    assertTrue(all.contains("3 · Зміцнення"), all);
  }

  @Test
  void picturesArePrintedAtTheirPrintedSizeAndOneThatDoesNotDecodeIsLeftOut() throws Exception {
    Exercise drawn = ownExercise(101, "Band pull-apart");
    drawn.showPicture(new Picture(PictureFiles.largeGreyPng(6000, 6000), "image/png", 0, 0));
    Exercise broken = ownExercise(102, "Dead bug with a band");
    byte[] junk = new byte[2048];
    new Random(18).nextBytes(junk);
    byte[] pngMagic = Arrays.copyOf(PictureFiles.drawnPng(4, 4), 8);
    broken.showPicture(new Picture(PictureFiles.concat(pngMagic, junk), "image/png", 0, 0));
    Clinic clinic = new Clinic("demo", "Demo Physio & Chiro");
    clinic.showLogo(new Picture(PictureFiles.largeGreyPng(6000, 6000), "image/png", 0, 0));

    byte[] pdf = HandoutDocument.render(clinic, program(List.of(drawn, broken)), Language.ENGLISH);

    String all = PdfText.of(pdf);
    assertTrue(all.contains("Band pull-apart"), all);
    assertTrue(all.contains("Dead bug with a band"), all);
    List<int[]> images = PictureFiles.embeddedImageSizes(pdf);
    assertTrue(images.size() >= 2, images.size() + " images");
    for (int[] size : images) {
      assertTrue(size[0] <= 3 * 80 * 3 && size[1] <= 80 * 3, size[0] + " x " + size[1]);
    }
    assertTrue(images.stream().anyMatch(size -> size[0] == 144 && size[1] == 144));
    assertTrue(images.stream().anyMatch(size -> size[0] == 240 && size[1] == 240));
    assertTrue(pdf.length < 512 * 1024, pdf.length + " bytes");
  }

  private static HomeProgram program(List<Exercise> own) throws Exception {
    return program(
        own, new Patient("D-0001", "Jordan", "Lee", LocalDate.of(1986, 4, 12), Sex.FEMALE));
  }

  private static HomeProgram program(List<Exercise> own, Patient patient) throws Exception {
    UserAccount dana = new UserAccount("dana", "Dana Whitfield", Role.THERAPIST, "x");
    List<Exercise> library = Arrays.stream(BuiltInExercise.values()).map(Exercise::copyOf).toList();
    long id = 1;
    for (Exercise exercise : library) {
      setId(exercise, id++);
    }
    HomeProgram program =
        new HomeProgram(
            new Episode(patient, LocalDate.of(2026, 11, 1)),
            1,
            null,
            dana,
            OffsetDateTime.now(ZoneOffset.UTC));
    ProgramPlan plan = ProgramSuggestion.from(List.of(), library, "Core and back");
    List<ProgramPlan.Item> items = new ArrayList<>(plan.getItems());
    own.forEach(exercise -> items.add(ProgramPlan.Item.of(exercise, BodySide.BOTH)));
    Map<Long, Exercise> exercises = new HashMap<>();
    Stream.concat(library.stream(), own.stream())
        .forEach(exercise -> exercises.put(exercise.getId(), exercise));
    program.revise(plan.getTitle(), items, exercises);
    program.activate(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 14), OffsetDateTime.now());
    return program;
  }

  private static Exercise ownExercise(long id, String name) throws Exception {
    ExerciseDetails details = new ExerciseDetails();
    details.setName(name);
    details.setKind(ExerciseKind.STRENGTHEN);
    details.setPurpose("Trunk control");
    details.setInstructions("Stand tall.\nPull slowly.");
    Exercise exercise = new Exercise(details);
    setId(exercise, id);
    return exercise;
  }

  private static void setId(Exercise exercise, long id) throws Exception {
    Field field = PortalEntity.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(exercise, id);
  }
}
