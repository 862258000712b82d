package org.clinicportal.homecare;

import java.io.Serializable;
import java.util.List;
import org.clinicportal.program.HomeProgram;

/**
 * How home care is going: adherence to the active program week by week, pain over time from the
 * journal, the latest entries, the weekly check-ins of recent weeks (newest first), and the
 * program's next review.
 */
public record CareProgress(
    HomeProgram program,
    List<WeekAdherence> weeks,
    List<PainReading> pain,
    List<JournalEntry> entries,
    List<CheckIn> checkIns)
    implements Serializable {

  public boolean hasProgram() {
    return program != null;
  }
}
