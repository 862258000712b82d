package org.clinicportal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.clinic.NewStaffMember;
import org.clinicportal.clinic.Profession;
import org.clinicportal.clinic.Staff;
import org.clinicportal.clinic.StaffMember;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.security.IssuedAccount;
import org.clinicportal.web.Messages;

/**
 * The clinic's staff: add, reset a password, deactivate, reactivate. A one-time password shows here
 * once.
 */
@Named
@ViewScoped
public class StaffPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Staff staff;
  @Inject private Messages messages;

  private List<StaffMember> members = List.of();
  private NewStaffMember candidate = new NewStaffMember();
  private IssuedAccount issued;

  public void load() {
    members = staff.list();
  }

  public void add() {
    act(
        () -> {
          issued = staff.add(candidate);
          candidate = new NewStaffMember();
        },
        "staff.added");
  }

  public void resetPassword(StaffMember member) {
    act(() -> issued = staff.resetPassword(member.getAccountId()), "staff.reset");
  }

  public void deactivate(StaffMember member) {
    act(() -> staff.deactivate(member.getAccountId()), "staff.deactivated");
  }

  public void reactivate(StaffMember member) {
    act(() -> staff.reactivate(member.getAccountId()), "staff.reactivated");
  }

  private void act(Step step, String doneKey) {
    issued = null;
    messages.attempt(
        () -> {
          step.run();
          messages.info(null, doneKey);
        });
    load();
  }

  public List<StaffMember> getMembers() {
    return members;
  }

  public NewStaffMember getCandidate() {
    return candidate;
  }

  public IssuedAccount getIssued() {
    return issued;
  }

  public Role[] getRoles() {
    return new Role[] {Role.THERAPIST, Role.CLINIC_ADMIN};
  }

  public Profession[] getProfessions() {
    return Profession.values();
  }

  @FunctionalInterface
  private interface Step {
    void run() throws RecordException;
  }
}
