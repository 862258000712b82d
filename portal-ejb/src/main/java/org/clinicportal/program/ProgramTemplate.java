package org.clinicportal.program;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.security.UserAccount;

/** A program the clinic saved under a name, to start patients' programs from. */
@Entity
@Table(name = "program_template")
@NamedQuery(
    name = "ProgramTemplate.findAll",
    query = "select t from ProgramTemplate t order by t.name")
@NamedQuery(
    name = "ProgramTemplate.findByName",
    query = "select t from ProgramTemplate t where lower(t.name) = lower(:name)")
public class ProgramTemplate extends ClinicOwned {

  @Column(nullable = false, length = 120)
  private String name;

  @ManyToOne(optional = false)
  @JoinColumn(name = "created_by", nullable = false, updatable = false)
  private UserAccount createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<TemplateItem> items = new ArrayList<>();

  protected ProgramTemplate() {}

  /** A template holding what a program holds now. */
  public ProgramTemplate(
      String name, HomeProgram program, UserAccount createdBy, OffsetDateTime createdAt) {
    this.name = Objects.requireNonNull(name).trim();
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
    for (ProgramItem item : program.getItems()) {
      items.add(
          new TemplateItem(
              this, items.size(), item.getPhase(), item.getExercise(), item.getDosage().copy()));
    }
  }

  /** The template as a plan for one patient, to be edited before it is saved. */
  public ProgramPlan toPlan() {
    ProgramPlan plan = new ProgramPlan(name);
    items.forEach(item -> plan.getItems().add(ProgramPlan.Item.of(item)));
    return plan;
  }

  public String getName() {
    return name;
  }

  public UserAccount getCreatedBy() {
    return createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public List<TemplateItem> getItems() {
    return items;
  }
}
