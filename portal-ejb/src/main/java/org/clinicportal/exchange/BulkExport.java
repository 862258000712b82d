package org.clinicportal.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clinicportal.platform.ClinicOwned;

/**
 * A Bulk Data export a FHIR client asked for: what it covers, which kinds of resource, how far it
 * got, and, once done, how many resources each file holds. It runs until it is done, fails or is
 * cancelled, and its files are kept for {@link #KEPT} after that.
 */
@Entity
@Table(name = "bulk_export")
@NamedQuery(
    name = "BulkExport.byJob",
    query = "select e from BulkExport e join fetch e.client where e.jobId = :jobId")
@NamedQuery(
    name = "BulkExport.runningOf",
    query =
        "select e from BulkExport e where e.client = :client"
            + " and e.status = org.clinicportal.exchange.ExportStatus.RUNNING")
@NamedQuery(
    name = "BulkExport.finishedBefore",
    query = "select e from BulkExport e where e.finishedAt < :before")
@NamedQuery(
    name = "BulkExport.stalled",
    query =
        "select e from BulkExport e where e.status = org.clinicportal.exchange.ExportStatus.RUNNING"
            + " and e.progressedAt < :before")
public class BulkExport extends ClinicOwned {

  /** How long an export's files are kept after it finished. */
  public static final Duration KEPT = Duration.ofHours(24);

  static final int MAX_REQUEST = 2000;

  @Column(name = "job_id", nullable = false, updatable = false, length = 36)
  private String jobId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "client", nullable = false, updatable = false)
  private FhirClient client;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private ExportLevel level;

  @Column(updatable = false)
  private Long therapist;

  @Column(nullable = false, updatable = false, length = 1000)
  private String types;

  @Column(nullable = false, updatable = false, length = MAX_REQUEST)
  private String request;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ExportStatus status;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "progressed_at", nullable = false)
  private OffsetDateTime progressedAt;

  @Column(name = "patients_done", nullable = false)
  private int patientsDone;

  @Column(name = "patients_all", nullable = false, updatable = false)
  private int patientsAll;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Column(length = 2000)
  private String output;

  @Column(length = 500)
  private String problem;

  protected BulkExport() {}

  /**
   * An export asked for now, running at once.
   *
   * @throws IllegalArgumentException for a caseload without its therapist, a therapist for any
   *     other level, or no kind of resource
   */
  BulkExport(
      FhirClient client,
      ExportLevel level,
      Long therapist,
      List<String> types,
      String request,
      int patientsAll,
      OffsetDateTime at) {
    if ((level == ExportLevel.GROUP) != (therapist != null)) {
      throw new IllegalArgumentException("A caseload names its therapist; nothing else does");
    }
    if (types.isEmpty()) {
      throw new IllegalArgumentException("An export needs a kind of resource");
    }
    this.jobId = UUID.randomUUID().toString();
    this.client = Objects.requireNonNull(client);
    this.level = level;
    this.therapist = therapist;
    this.types = String.join(" ", types);
    this.request = request.length() > MAX_REQUEST ? request.substring(0, MAX_REQUEST) : request;
    this.status = ExportStatus.RUNNING;
    this.requestedAt = at;
    this.progressedAt = at;
    this.patientsAll = patientsAll;
  }

  /** Counts patients written so far. */
  void progressed(int patients, OffsetDateTime at) {
    requireRunning();
    patientsDone += patients;
    progressedAt = at;
  }

  /** Done, with the number of resources written for each kind. */
  void finish(Map<String, Integer> counts, OffsetDateTime at) {
    requireRunning();
    output =
        counts.entrySet().stream()
            .map(count -> count.getKey() + " " + count.getValue())
            .collect(Collectors.joining("\n"));
    end(ExportStatus.DONE, at);
  }

  void fail(String why, OffsetDateTime at) {
    requireRunning();
    problem = why.length() > 500 ? why.substring(0, 500) : why;
    end(ExportStatus.FAILED, at);
  }

  void cancel(OffsetDateTime at) {
    requireRunning();
    end(ExportStatus.CANCELLED, at);
  }

  private void end(ExportStatus how, OffsetDateTime at) {
    status = how;
    finishedAt = at;
    progressedAt = at;
  }

  private void requireRunning() {
    if (status != ExportStatus.RUNNING) {
      throw new IllegalStateException("The export is " + status + " already");
    }
  }

  public boolean isRunning() {
    return status == ExportStatus.RUNNING;
  }

  /** The resources written of each kind, in the order written; empty until done. */
  public Map<String, Integer> output() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (output != null && !output.isEmpty()) {
      output
          .lines()
          .map(line -> line.split(" "))
          .forEach(count -> counts.put(count[0], Integer.valueOf(count[1])));
    }
    return counts;
  }

  /** The kinds of resource asked for. */
  public List<String> types() {
    return Arrays.asList(types.split(" "));
  }

  /** When the files go; empty while running. */
  public OffsetDateTime expiresAt() {
    return finishedAt == null ? null : finishedAt.plus(KEPT);
  }

  public String getJobId() {
    return jobId;
  }

  public FhirClient getClient() {
    return client;
  }

  public ExportLevel getLevel() {
    return level;
  }

  public Long getTherapist() {
    return therapist;
  }

  public String getRequest() {
    return request;
  }

  public ExportStatus getStatus() {
    return status;
  }

  public OffsetDateTime getRequestedAt() {
    return requestedAt;
  }

  public int getPatientsDone() {
    return patientsDone;
  }

  public int getPatientsAll() {
    return patientsAll;
  }

  public String getProblem() {
    return problem;
  }
}
