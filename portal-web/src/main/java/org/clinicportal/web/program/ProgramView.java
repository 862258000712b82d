package org.clinicportal.web.program;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.OptionalLong;
import org.clinicportal.exercise.ExerciseKind;
import org.clinicportal.platform.RecordException;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.HomePrograms;
import org.clinicportal.web.Messages;
import org.clinicportal.web.RecordIds;

/** One version of a home program as prescribed, phase by phase, in plain words. */
@Named
@ViewScoped
public class ProgramView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private HomePrograms programs;
  @Inject private Messages messages;

  private String id;
  private Long programId;
  private transient HomeProgram program;

  public void load() throws IOException, RecordException {
    OptionalLong parsed = RecordIds.parse(id);
    program = parsed.isPresent() ? programs.openProgram(parsed.getAsLong()).orElse(null) : null;
    if (program == null) {
      messages.notFound();
      return;
    }
    programId = program.getId();
  }

  public ExerciseKind[] getPhases() {
    return ExerciseKind.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  /** The program shown; a copy of the view on another server reads it again by its id. */
  public HomeProgram getProgram() {
    if (program == null && programId != null) {
      messages.attempt(() -> program = programs.find(programId).orElse(null));
    }
    return program;
  }
}
