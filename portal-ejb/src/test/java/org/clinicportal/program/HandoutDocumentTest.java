package org.clinicportal.program;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.exercise.BuiltInExercise;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Sex;
import org.clinicportal.platform.PortalEntity;
import org.clinicportal.security.Role;
import org.clinicportal.security.UserAccount;
import org.junit.jupiter.api.Test;

/** The handout names the clinic, the patient, every exercise with its dosage, and the review. */
class HandoutDocumentTest {

  @Test
  void theHandoutCarriesTheProgramInPlainWords() throws Exception {
    Patient patient = new Patient("D-0001", "Jordan", "Lee", LocalDate.of(1986, 4, 12), Sex.FEMALE);
    UserAccount dana = new UserAccount("dana", "Dana Whitfield", Role.THERAPIST, "x");
    List<Exercise> library = Arrays.stream(BuiltInExercise.values()).map(Exercise::copyOf).toList();
    long[] id = {1};
    for (Exercise exercise : library) {
      Field field = PortalEntity.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(exercise, id[0]++);
    }
    HomeProgram program =
        new HomeProgram(patient, 1, null, dana, OffsetDateTime.now(ZoneOffset.UTC));
    ProgramPlan plan = ProgramSuggestion.from(List.of(), library, "Core and back");
    program.revise(
        plan.getTitle(),
        plan.getItems(),
        library.stream().collect(Collectors.toMap(Exercise::getId, Function.identity())));
    program.activate(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 14), OffsetDateTime.now());

    byte[] pdf = HandoutDocument.render(new Clinic("demo", "Demo Physio & Chiro"), program);

    PdfReader reader = new PdfReader(pdf);
    StringBuilder text = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    String all = text.toString().replaceAll("\\s+", " ");
    assertTrue(all.contains("Demo Physio & Chiro"), all);
    assertTrue(all.contains("For Jordan Lee"), all);
    assertTrue(all.contains("Suitcase carry"), all);
    assertTrue(all.contains("3 sets, for 30 seconds, rest 1 minute between sets, both sides"), all);
    assertTrue(all.contains("next review 14 December 2026"), all);
  }
}
