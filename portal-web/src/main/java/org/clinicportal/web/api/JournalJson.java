package org.clinicportal.web.api;

import java.util.UUID;
import org.clinicportal.homecare.JournalForm;
import org.clinicportal.platform.RecordException;

/**
 * A journal entry as the app sends it: a key made on the device (a UUID), the day of the session
 * (none for today), the program version it is about (optional), pain before and after and effort (0
 * to 10), a note, and the four safety answers.
 */
public record JournalJson(
    String key,
    String day,
    Long program,
    Integer painBefore,
    Integer painAfter,
    Integer effort,
    String note,
    Boolean saddleNumbness,
    Boolean bladderOrBowel,
    Boolean legWeakness,
    Boolean fever) {

  /** The journal page's form with these answers; refused without a key the device made. */
  JournalForm toForm() throws RecordException {
    UUID submission;
    try {
      submission = UUID.fromString(String.valueOf(key));
    } catch (IllegalArgumentException notAKey) {
      throw new RecordException("api.key");
    }
    JournalForm form = new JournalForm(submission);
    form.setSessionOn(ApiDay.parse(day));
    form.setProgramId(program);
    form.setPainBefore(painBefore);
    form.setPainAfter(painAfter);
    form.setEffort(effort);
    form.setNote(note);
    form.setSaddleNumbness(saddleNumbness);
    form.setBladderOrBowel(bladderOrBowel);
    form.setLegWeakness(legWeakness);
    form.setFever(fever);
    return form;
  }

  /** The entry as kept, and whether it raised the urgent alert. */
  public record Written(long id, String day, boolean safetyConcern) {}
}
