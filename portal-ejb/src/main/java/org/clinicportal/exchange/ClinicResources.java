package org.clinicportal.exchange;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.homecare.JournalEntry;
import org.clinicportal.homecare.PatientAlert;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.PortalAddress;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.ProgramItem;
import org.clinicportal.questionnaire.Questionnaire;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * The bound clinic's records as FHIR resources, for a client the token endpoint let in. A patient's
 * resources are exactly those of the record a download gives (see {@link RecordAssembly}): a
 * resource is read or found only as part of its patient's record, so nothing a download leaves out
 * (a draft, an unsigned assessment, a superseded amendment) can be reached by its id. Every call is
 * written to the audit trail in the client's name, once for each patient whose record it disclosed.
 */
@Stateless
@TenantBound
public class ClinicResources {

  private static final Pattern OBSERVATION_ID =
      Pattern.compile("(assessment|questionnaire|journal)-(\\d{1,18})-[a-z0-9-]+");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;
  @Inject private AuditTrail audit;
  @Inject private PortalAddress portal;

  /** The resource of that type and id, if the bound clinic has it. */
  public Optional<Resource> read(ClientGrant client, String resourceType, String id) {
    String base = base();
    Optional<Resource> found;
    Optional<Patient> owner = Optional.empty();
    switch (resourceType) {
      case "Organization" -> found = Optional.<Resource>of(organization(base)).filter(hasId(id));
      case "Practitioner" ->
          found =
              number(id)
                  .flatMap(
                      account ->
                          em.createNamedQuery("Therapist.findByAccount", Therapist.class)
                              .setParameter("accountId", account)
                              .getResultStream()
                              .findFirst())
                  .map(therapist -> PatientRecordBundle.therapist(base, therapist));
      case "ActivityDefinition" ->
          found =
              number(id)
                  .map(exercise -> em.find(Exercise.class, exercise))
                  .map(exercise -> ExerciseDefinitions.of(base, exercise, clinic().getLanguage()));
      default -> {
        owner = ownerOf(resourceType, id);
        found =
            resourceType.equals("Patient")
                ? owner.map(patient -> patientResource(base, clinic(), patient))
                : owner.flatMap(patient -> recordOf(base, patient).find(resourceType, id));
      }
    }
    audit(client, "read " + resourceType + "/" + id, found.isPresent() ? owner : Optional.empty());
    return found;
  }

  /** A page of the resources that match. */
  public SearchPage search(ClientGrant client, ResourceSearch search) {
    String base = base();
    String request = "search " + search.resourceType();
    SearchPage page =
        switch (search.resourceType()) {
          case "Organization" -> paged(Stream.of(organization(base)), search);
          case "Practitioner" ->
              paged(
                  em.createNamedQuery("Therapist.findAll", Therapist.class)
                      .getResultStream()
                      .map(therapist -> PatientRecordBundle.therapist(base, therapist))
                      .sorted(
                          Comparator.comparing(
                              practitioner -> Long.valueOf(practitioner.getIdPart()))),
                  search);
          case "ActivityDefinition" -> {
            Language language = clinic().getLanguage();
            yield paged(
                em.createNamedQuery("Exercise.findAll", Exercise.class)
                    .getResultStream()
                    .map(exercise -> ExerciseDefinitions.of(base, exercise, language)),
                search);
          }
          case "Patient" -> patients(base, search);
          default -> ofOnePatient(base, search);
        };
    Set<Long> disclosed = new LinkedHashSet<>();
    for (Resource match : page.matches()) {
      patientOf(match).ifPresent(disclosed::add);
    }
    if (disclosed.isEmpty()) {
      audit(client, request, Optional.empty());
    } else {
      disclosed.forEach(
          patient ->
              audit.recordForClient(
                  client.clientName(),
                  AuditAction.FHIR_API_READ,
                  patient,
                  details(client, request)));
    }
    return page;
  }

  private SearchPage patients(String base, ResourceSearch search) {
    if (search.id().isPresent()) {
      return paged(
          number(search.id().get()).map(id -> em.find(Patient.class, id)).stream()
              .map(patient -> patientResource(base, clinic(), patient)),
          search);
    }
    int total = em.createNamedQuery("Patient.count", Long.class).getSingleResult().intValue();
    Clinic clinic = clinic();
    List<Resource> matches =
        search.count() == 0
            ? List.of()
            : em.createNamedQuery("Patient.inIdOrder", Patient.class)
                .setFirstResult(search.offset())
                .setMaxResults(search.count())
                .getResultStream()
                .map(patient -> patientResource(base, clinic, patient))
                .toList();
    return new SearchPage(matches, List.of(), total);
  }

  private SearchPage ofOnePatient(String base, ResourceSearch search) {
    Optional<Patient> patient = search.patientId().map(id -> em.find(Patient.class, id));
    if (patient.isEmpty()) {
      return new SearchPage(List.of(), List.of(), 0);
    }
    List<Resource> record = recordOf(base, patient.get()).resources();
    List<Resource> matching =
        record.stream()
            .filter(resource -> resource.fhirType().equals(search.resourceType()))
            .filter(resource -> search.id().map(id -> id.equals(resource.getIdPart())).orElse(true))
            .filter(
                resource ->
                    search.statuses().isEmpty() || search.statuses().contains(status(resource)))
            .filter(resource -> search.codes().isEmpty() || hasCode(resource, search.codes()))
            .filter(resource -> within(resource, search))
            .toList();
    SearchPage page = paged(matching.stream(), search);
    if (!search.includeRequests()) {
      return page;
    }
    List<Resource> included = new ArrayList<>();
    for (Resource match : page.matches()) {
      if (match instanceof CarePlan plan) {
        plan.getActivity().stream()
            .map(activity -> activity.getReference().getReference())
            .flatMap(
                reference ->
                    record.stream()
                        .filter(
                            resource -> reference.equals("ServiceRequest/" + resource.getIdPart()))
                        .filter(ServiceRequest.class::isInstance))
            .forEach(included::add);
      }
    }
    return new SearchPage(page.matches(), included, page.total());
  }

  private static SearchPage paged(Stream<? extends Resource> resources, ResourceSearch search) {
    List<Resource> all =
        resources
            .map(Resource.class::cast)
            .filter(resource -> search.id().map(id -> id.equals(resource.getIdPart())).orElse(true))
            .toList();
    int from = Math.min(all.size(), search.offset());
    int to = Math.min(all.size(), from + search.count());
    return new SearchPage(all.subList(from, to), List.of(), all.size());
  }

  /** The patient whose record holds the resource of that type and id. */
  private Optional<Patient> ownerOf(String resourceType, String id) {
    return switch (resourceType) {
      case "Patient" -> number(id).map(patient -> em.find(Patient.class, patient));
      case "CarePlan" ->
          number(id)
              .map(program -> em.find(HomeProgram.class, program))
              .map(HomeProgram::getPatient);
      case "ServiceRequest" ->
          number(id)
              .map(item -> em.find(ProgramItem.class, item))
              .map(item -> item.getProgram().getPatient());
      case "Observation" -> observationOwner(id);
      case "Flag" ->
          number(id).map(alert -> em.find(PatientAlert.class, alert)).map(PatientAlert::getPatient);
      case "QuestionnaireResponse" -> observationOwner(id);
      default -> Optional.empty();
    };
  }

  /** The patient of a measure or of answers, by the record its id names. */
  private Optional<Patient> observationOwner(String id) {
    Matcher parts = OBSERVATION_ID.matcher(id);
    if (!parts.matches()) {
      return Optional.empty();
    }
    long source = Long.parseLong(parts.group(2));
    return switch (parts.group(1)) {
      case "assessment" ->
          Optional.ofNullable(em.find(Assessment.class, source)).map(Assessment::getPatient);
      case "questionnaire" ->
          Optional.ofNullable(em.find(Questionnaire.class, source)).map(Questionnaire::getPatient);
      default ->
          Optional.ofNullable(em.find(JournalEntry.class, source)).map(JournalEntry::getPatient);
    };
  }

  /**
   * The patient's own resource, without reading the rest of their record: it names the clinic and
   * the therapist alone.
   */
  private static Resource patientResource(String base, Clinic clinic, Patient patient) {
    PatientRecordBundle record = new PatientRecordBundle(base, clinic, patient);
    return record.find("Patient", record.patientId()).orElseThrow();
  }

  private PatientRecordBundle recordOf(String base, Patient patient) {
    return RecordAssembly.of(em, base, clinic(), patient);
  }

  private org.hl7.fhir.r4.model.Organization organization(String base) {
    return PatientRecordBundle.organization(base, clinic());
  }

  private Clinic clinic() {
    return em.find(Clinic.class, tenancy.currentClinicId());
  }

  private String base() {
    return portal.of(RecordExports.FHIR_PATH);
  }

  private void audit(ClientGrant client, String request, Optional<Patient> patient) {
    audit.recordForClient(
        client.clientName(),
        AuditAction.FHIR_API_READ,
        patient.map(Patient::getId).orElse(null),
        details(client, request));
  }

  private static List<FieldChange> details(ClientGrant client, String request) {
    return List.of(
        FieldChange.set("client", client.clientId()), FieldChange.set("request", request));
  }

  /** The patient a resource is of, by its subject or, for a patient, itself. */
  private static Optional<Long> patientOf(Resource resource) {
    if (resource instanceof org.hl7.fhir.r4.model.Patient patient) {
      return number(patient.getIdPart());
    }
    Reference subject = null;
    if (resource instanceof CarePlan plan) {
      subject = plan.getSubject();
    } else if (resource instanceof ServiceRequest request) {
      subject = request.getSubject();
    } else if (resource instanceof Observation observation) {
      subject = observation.getSubject();
    } else if (resource instanceof Flag flag) {
      subject = flag.getSubject();
    } else if (resource instanceof QuestionnaireResponse answers) {
      subject = answers.getSubject();
    }
    return subject == null ? Optional.empty() : number(subject.getReferenceElement().getIdPart());
  }

  private static String status(Resource resource) {
    if (resource instanceof CarePlan plan) {
      return plan.getStatus().toCode();
    } else if (resource instanceof ServiceRequest request) {
      return request.getStatus().toCode();
    } else if (resource instanceof Observation observation) {
      return observation.getStatus().toCode();
    } else if (resource instanceof Flag flag) {
      return flag.getStatus().toCode();
    } else if (resource instanceof QuestionnaireResponse answers) {
      return answers.getStatus().toCode();
    }
    return "";
  }

  private static boolean hasCode(Resource resource, Set<String> codes) {
    List<Coding> codings = List.of();
    if (resource instanceof Observation observation) {
      codings = observation.getCode().getCoding();
    } else if (resource instanceof ServiceRequest request) {
      codings = request.getCode().getCoding();
    } else if (resource instanceof Flag flag) {
      codings = flag.getCode().getCoding();
    }
    return codings.stream()
        .anyMatch(
            coding ->
                codes.contains(coding.getCode())
                    || codes.contains(coding.getSystem() + "|" + coding.getCode()));
  }

  private static boolean within(Resource resource, ResourceSearch search) {
    if (search.from().isEmpty() && search.before().isEmpty()) {
      return true;
    }
    if (!(resource instanceof Observation observation) || !observation.hasEffectiveDateTimeType()) {
      return false;
    }
    Instant at = observation.getEffectiveDateTimeType().getValue().toInstant();
    return search.from().map(from -> !at.isBefore(from)).orElse(true)
        && search.before().map(at::isBefore).orElse(true);
  }

  private static Predicate<Resource> hasId(String id) {
    return resource -> resource.getIdPart().equals(id);
  }

  private static Optional<Long> number(String id) {
    return id != null && NUMBER.matcher(id).matches()
        ? Optional.of(Long.valueOf(id))
        : Optional.empty();
  }
}
