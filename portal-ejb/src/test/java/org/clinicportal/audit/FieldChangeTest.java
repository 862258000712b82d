package org.clinicportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

  @Test
  void changesSurviveTheirTextWhateverTheValuesHold() {
    List<FieldChange> changes =
        List.of(
            new FieldChange("address", "1 High St\nFlat 2", "2\tLow Rd"),
            FieldChange.set("username", "dana"),
            new FieldChange("phone", "0101 1111", null));
    String text = FieldChange.asText(changes);
    assertEquals("address\t1 High St Flat 2\t2 Low Rd\nusername\t\tdana\nphone\t0101 1111\t", text);
    assertEquals(
        List.of(
            new FieldChange("address", "1 High St Flat 2", "2 Low Rd"),
            new FieldChange("username", null, "dana"),
            new FieldChange("phone", "0101 1111", null)),
        FieldChange.fromText(text));
  }

  @Test
  void emptyTextHoldsNoChange() {
    assertEquals(List.of(), FieldChange.fromText(""));
    assertEquals(List.of(), FieldChange.fromText(null));
    assertEquals("", FieldChange.asText(List.of()));
    assertEquals(List.of(new FieldChange("email", null, null)), FieldChange.fromText("email\t\t"));
  }
}
