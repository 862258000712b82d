package org.clinicportal.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.OswestryIndex;
import org.clinicportal.assessment.TriggerPoint;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.exercise.Dosage;
import org.clinicportal.homecare.JournalEntry;
import org.clinicportal.homecare.PatientAlert;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.Language;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.ProgramItem;
import org.clinicportal.questionnaire.Questionnaire;
import org.clinicportal.security.UserAccount;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Timing;

/**
 * One patient's record as a FHIR R4 collection bundle: the clinic (Organization), the therapists
 * who treated them (Practitioner), the patient, each program version that ran (CarePlan, one
 * ServiceRequest per dosed exercise, a version pointing to the one it replaced), and the measures
 * (Observation): the trigger points palpated, pain, the Oswestry index and the functional scale
 * from the therapist's signed assessments and the patient's questionnaires, and pain and effort
 * from the patient's journal, the journal's safety answers (QuestionnaireResponse) and the alerts
 * raised (Flag).
 *
 * <p>Every resource's address is below {@code base}, the portal's FHIR address, where its own code
 * systems live too.
 */
final class PatientRecordBundle {

  private static final DateTimeFormatter SECONDS_WITH_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private final String base;
  private final Clinic clinic;
  private final Patient patient;
  private final Map<String, Resource> resources = new LinkedHashMap<>();

  PatientRecordBundle(String base, Clinic clinic, Patient patient) {
    this.base = base;
    this.clinic = clinic;
    this.patient = patient;
    add(organization(base, clinic));
    Therapist therapist = patient.getTherapist();
    add(patientResource(therapist));
    if (therapist != null) {
      add(therapist(base, therapist));
    }
  }

  /** The measures of a signed assessment, by its examiner. */
  PatientRecordBundle withAssessment(Assessment assessment) {
    UserAccount examiner = assessment.getExaminer();
    addPractitioner(examiner);
    Reference by = reference("Practitioner", examiner.getId());
    DateTimeType on = day(assessment.getAssessedOn());
    Observation.ObservationStatus status =
        assessment.isAmendment()
            ? Observation.ObservationStatus.AMENDED
            : Observation.ObservationStatus.FINAL;
    String id = "assessment-" + assessment.getId();
    if (assessment.getPainNow() != null) {
      add(pain(id + "-pain", on, by, assessment.getPainNow(), null).setStatus(status));
    }
    measures(
        id,
        on,
        by,
        assessment.oswestryIndex().percent(),
        assessment.functionalScale().score(),
        status);
    answers(
        id,
        assessment.oswestryIndex(),
        assessment.getActivities().stream()
            .map(activity -> new ScaleAnswers.Rating(activity.getName(), activity.getRating()))
            .toList(),
        by,
        on);
    for (TriggerPoint point : assessment.getTriggerPoints()) {
      Observation finding =
          TriggerPointFindings.of(base, point)
              .setStatus(status)
              .setSubject(reference("Patient", patient.getId()))
              .setEffective(on);
      finding.addCategory(category("exam", "Exam"));
      finding.addPerformer(by);
      finding.setId(id + "-trigger-point-" + point.getPosition());
      add(finding);
    }
    return this;
  }

  /** The measures the patient sent in a questionnaire. */
  PatientRecordBundle withQuestionnaire(Questionnaire questionnaire) {
    Reference by = reference("Patient", patient.getId());
    DateTimeType on = instant(questionnaire.getSentAt());
    String id = "questionnaire-" + questionnaire.getId();
    if (questionnaire.getPainNow() != null) {
      add(pain(id + "-pain", on, by, questionnaire.getPainNow(), null));
    }
    measures(
        id,
        on,
        by,
        questionnaire.oswestryIndex().percent(),
        questionnaire.functionalScale().score(),
        Observation.ObservationStatus.FINAL);
    answers(
        id,
        questionnaire.oswestryIndex(),
        questionnaire.getActivities().stream()
            .map(activity -> new ScaleAnswers.Rating(activity.getName(), activity.getRating()))
            .toList(),
        by,
        on);
    return this;
  }

  /**
   * The answers behind the Oswestry index and the functional scale, each score's observation
   * derived from them.
   */
  private void answers(
      String id,
      OswestryIndex oswestry,
      List<ScaleAnswers.Rating> ratings,
      Reference by,
      DateTimeType on) {
    Reference subject = reference("Patient", patient.getId());
    ScaleAnswers.oswestry(id + "-oswestry-answers", oswestry, subject, by, on.copy())
        .ifPresent(answers -> derive(id + "-oswestry", answers));
    ScaleAnswers.functionalScale(id + "-psfs-answers", base, ratings, subject, by, on.copy())
        .ifPresent(answers -> derive(id + "-psfs", answers));
  }

  private void derive(String observationId, QuestionnaireResponse answers) {
    add(answers);
    if (resources.get(base + "/Observation/" + observationId) instanceof Observation score) {
      score.addDerivedFrom(new Reference("QuestionnaireResponse/" + answers.getIdPart()));
    }
  }

  /** Pain before and after a home session and its effort, as the patient wrote them. */
  PatientRecordBundle withJournalEntry(JournalEntry entry) {
    Reference by = reference("Patient", patient.getId());
    DateTimeType on = day(entry.getSessionOn());
    String id = "journal-" + entry.getId();
    add(pain(id + "-pain-before", on, by, entry.getPainBefore(), FhirCodes.BEFORE_SESSION));
    add(pain(id + "-pain-after", on, by, entry.getPainAfter(), FhirCodes.AFTER_SESSION));
    add(
        observation(
                id + "-effort",
                on,
                by,
                portalCode(PortalCodeSystems.MEASURES, FhirCodes.SESSION_EFFORT))
            .setValue(new IntegerType(entry.getEffort())));
    add(SafetyCheck.answersOf(base, entry, by));
    return this;
  }

  /**
   * An alert raised for the therapist, active until acknowledged: why it was raised (the portal's
   * code), when, and when it was acknowledged.
   */
  PatientRecordBundle withAlert(PatientAlert alert) {
    Period period = new Period().setStartElement(instant(alert.getRaisedAt()));
    if (alert.getAcknowledgedAt() != null) {
      period.setEndElement(instant(alert.getAcknowledgedAt()));
    }
    Flag flag =
        new Flag()
            .setStatus(alert.isAcknowledged() ? Flag.FlagStatus.INACTIVE : Flag.FlagStatus.ACTIVE)
            .setCode(portalCode(PortalCodeSystems.ALERTS, alert.getKind().name()))
            .setSubject(reference("Patient", patient.getId()))
            .setPeriod(period);
    flag.addCategory(
        new CodeableConcept()
            .addCoding(new Coding(FhirCodes.FLAG_CATEGORY, "clinical", "Clinical")));
    flag.setId(String.valueOf(alert.getId()));
    add(flag);
    return this;
  }

  /**
   * A program version that ran: a care plan from its start to its review date, and a request per
   * dosed exercise, each with its dosage as a timing and the patient's instruction.
   */
  PatientRecordBundle withProgram(HomeProgram program) {
    UserAccount prescriber = program.getPrescribedBy();
    addPractitioner(prescriber);
    Period period = period(program);
    CarePlan plan =
        new CarePlan()
            .setStatus(planStatus(program))
            .setIntent(CarePlan.CarePlanIntent.PLAN)
            .setTitle(program.getTitle())
            .setSubject(reference("Patient", patient.getId()))
            .setPeriod(period)
            .setAuthor(reference("Practitioner", prescriber.getId()));
    plan.setId(String.valueOf(program.getId()));
    if (program.getPrevious() != null) {
      plan.addReplaces(reference("CarePlan", program.getPrevious().getId()));
    }
    add(plan);
    for (ProgramItem item : program.getItems()) {
      plan.addActivity().setReference(reference("ServiceRequest", item.getId()));
      add(request(program, item, period.copy()));
    }
    return this;
  }

  /** The bundle, stamped with the moment it was made. */
  Bundle build(OffsetDateTime at) {
    Bundle bundle =
        new Bundle()
            .setType(Bundle.BundleType.COLLECTION)
            .setTimestamp(Date.from(at.toInstant()))
            .setIdentifier(
                new Identifier()
                    .setSystem("urn:ietf:rfc:3986")
                    .setValue("urn:uuid:" + UUID.randomUUID()));
    resources.forEach(
        (address, resource) -> bundle.addEntry().setFullUrl(address).setResource(resource));
    return bundle;
  }

  /** The id of the patient's resource. */
  String patientId() {
    return String.valueOf(patient.getId());
  }

  /** Every resource of the record, in the order gathered: the clinic and the patient first. */
  List<Resource> resources() {
    return List.copyOf(resources.values());
  }

  /** The resource of the record of that type and id. */
  Optional<Resource> find(String type, String id) {
    return Optional.ofNullable(resources.get(base + "/" + type + "/" + id));
  }

  /** A therapist of the clinic, with the profession they practise. */
  static Practitioner therapist(String base, Therapist therapist) {
    Practitioner.PractitionerQualificationComponent qualification =
        new Practitioner.PractitionerQualificationComponent(
            portalCode(base, PortalCodeSystems.PROFESSIONS, therapist.getProfession().name()));
    if (therapist.getLicenseNumber() != null) {
      qualification.addIdentifier().setValue(therapist.getLicenseNumber());
    }
    return practitioner(therapist.getAccount()).addQualification(qualification);
  }

  private void add(Resource resource) {
    resources.put(base + "/" + resource.fhirType() + "/" + resource.getIdPart(), resource);
  }

  private void addPractitioner(UserAccount account) {
    if (!resources.containsKey(base + "/Practitioner/" + account.getId())) {
      add(practitioner(account));
    }
  }

  /** The clinic. */
  static Organization organization(String base, Clinic clinic) {
    Organization organization = new Organization().setActive(true).setName(clinic.getName());
    organization.setId(String.valueOf(clinic.getId()));
    organization
        .addIdentifier()
        .setSystem(base + "/NamingSystem/clinic")
        .setValue(clinic.getCode());
    if (clinic.getPhone() != null) {
      organization
          .addTelecom()
          .setSystem(ContactPoint.ContactPointSystem.PHONE)
          .setValue(clinic.getPhone());
    }
    if (clinic.getAddress() != null) {
      organization.addAddress().setText(clinic.getAddress());
    }
    return organization;
  }

  private org.hl7.fhir.r4.model.Patient patientResource(Therapist therapist) {
    org.hl7.fhir.r4.model.Patient resource = new org.hl7.fhir.r4.model.Patient();
    resource.setId(String.valueOf(patient.getId()));
    resource.setActive(!patient.isArchived());
    resource
        .addIdentifier()
        .setSystem(base + "/NamingSystem/" + clinic.getCode() + "/record-number")
        .setValue(patient.getRecordNumber());
    resource.addName().setFamily(patient.getLastName()).addGiven(patient.getFirstName());
    resource.setBirthDateElement(new DateType(patient.getDateOfBirth().toString()));
    resource.setGender(AdministrativeGender.valueOf(patient.getSex().name()));
    if (patient.getEmail() != null) {
      resource
          .addTelecom()
          .setSystem(ContactPoint.ContactPointSystem.EMAIL)
          .setValue(patient.getEmail());
    }
    if (patient.getPhone() != null) {
      resource
          .addTelecom()
          .setSystem(ContactPoint.ContactPointSystem.PHONE)
          .setValue(patient.getPhone());
    }
    if (patient.getAddress() != null) {
      resource.addAddress().setText(patient.getAddress());
    }
    if (patient.getLanguage() != null) {
      Language language = patient.getLanguage();
      CodeableConcept spoken = new CodeableConcept().setText(language.ownName());
      if (FhirCodes.COMMON_LANGUAGES.contains(language.tag())) {
        spoken.addCoding(new Coding(FhirCodes.LANGUAGE, language.tag(), language.ownName()));
      }
      resource.addCommunication().setPreferred(true).setLanguage(spoken);
    }
    resource.setManagingOrganization(reference("Organization", clinic.getId()));
    if (therapist != null) {
      resource.addGeneralPractitioner(reference("Practitioner", therapist.getAccount().getId()));
    }
    return resource;
  }

  private static Practitioner practitioner(UserAccount account) {
    Practitioner practitioner = new Practitioner();
    practitioner.setId(String.valueOf(account.getId()));
    practitioner.addName().setText(account.getDisplayName());
    return practitioner;
  }

  private ServiceRequest request(HomeProgram program, ProgramItem item, Period period) {
    Dosage dosage = item.getDosage();
    Timing timing = new Timing();
    timing
        .getRepeat()
        .setBounds(period)
        .setFrequency(dosage.getTimesPerDay() * dosage.getDaysPerWeek())
        .setPeriod(1)
        .setPeriodUnit(Timing.UnitsOfTime.WK);
    ServiceRequest request =
        new ServiceRequest()
            .setStatus(requestStatus(program))
            .setIntent(ServiceRequest.ServiceRequestIntent.ORDER)
            .setCode(
                new CodeableConcept()
                    .addCoding(new Coding(FhirCodes.SNOMED, FhirCodes.EXERCISE_THERAPY, null))
                    .setText(item.getExercise().getName()))
            .setSubject(reference("Patient", patient.getId()))
            .setOccurrence(timing)
            .setRequester(reference("Practitioner", program.getPrescribedBy().getId()))
            .setPatientInstruction(dosage.inWords(patient.languageOr(clinic.getLanguage())));
    request.addBasedOn(reference("CarePlan", program.getId()));
    request.addInstantiatesCanonical(ExerciseDefinitions.url(base, item.getExercise()));
    request.setId(String.valueOf(item.getId()));
    return request;
  }

  private void measures(
      String id,
      DateTimeType on,
      Reference by,
      OptionalDouble oswestry,
      OptionalDouble functional,
      Observation.ObservationStatus status) {
    if (oswestry.isPresent()) {
      add(
          observation(
                  id + "-oswestry",
                  on,
                  by,
                  loinc(FhirCodes.OSWESTRY_SCORE, "Oswestry Disability Index score"))
              .setValue(quantity(oswestry.getAsDouble(), "%", "%"))
              .setStatus(status));
    }
    if (functional.isPresent()) {
      add(
          observation(
                  id + "-psfs",
                  on,
                  by,
                  portalCode(PortalCodeSystems.MEASURES, FhirCodes.FUNCTIONAL_SCALE_MEAN))
              .setValue(quantity(functional.getAsDouble(), "score", "{score}"))
              .setStatus(status));
    }
  }

  private Observation pain(String id, DateTimeType on, Reference by, int level, String moment) {
    Observation observation =
        observation(id, on, by, loinc(FhirCodes.PAIN_SEVERITY, "Pain severity 0-10"))
            .setValue(new IntegerType(level));
    if (moment != null) {
      observation.setMethod(portalCode(PortalCodeSystems.MEASURES, moment));
    }
    return observation;
  }

  private Observation observation(String id, DateTimeType on, Reference by, CodeableConcept code) {
    Observation observation =
        new Observation()
            .setStatus(Observation.ObservationStatus.FINAL)
            .setCode(code)
            .setSubject(reference("Patient", patient.getId()))
            .setEffective(on);
    observation.addCategory(category("survey", "Survey"));
    observation.addPerformer(by);
    observation.setId(id);
    return observation;
  }

  private static CodeableConcept category(String code, String display) {
    return new CodeableConcept()
        .addCoding(new Coding(FhirCodes.OBSERVATION_CATEGORY, code, display));
  }

  private static CodeableConcept loinc(String code, String text) {
    return new CodeableConcept().addCoding(new Coding(FhirCodes.LOINC, code, null)).setText(text);
  }

  private CodeableConcept portalCode(String system, String code) {
    return portalCode(base, system, code);
  }

  private static CodeableConcept portalCode(String base, String system, String code) {
    return new CodeableConcept()
        .addCoding(new Coding(PortalCodeSystems.url(base, system), code, null));
  }

  private static Quantity quantity(double value, String unit, String ucum) {
    return new Quantity()
        .setValue(Math.round(value * 10) / 10.0)
        .setUnit(unit)
        .setSystem(FhirCodes.UCUM)
        .setCode(ucum);
  }

  private static Reference reference(String type, Long id) {
    return new Reference(type + "/" + id);
  }

  private static DateTimeType day(LocalDate day) {
    return new DateTimeType(day.toString());
  }

  /** A moment to the second with its offset, as FHIR's dateTime writes it. */
  private static DateTimeType instant(OffsetDateTime at) {
    return new DateTimeType(SECONDS_WITH_OFFSET.format(at));
  }

  private static Period period(HomeProgram program) {
    Period period = new Period();
    if (program.getStartsOn() != null) {
      period.setStartElement(day(program.getStartsOn()));
    }
    if (program.getReviewOn() != null) {
      period.setEndElement(day(program.getReviewOn()));
    }
    return period;
  }

  private static CarePlan.CarePlanStatus planStatus(HomeProgram program) {
    return switch (program.getStatus()) {
      case ACTIVE -> CarePlan.CarePlanStatus.ACTIVE;
      case SUPERSEDED -> CarePlan.CarePlanStatus.REVOKED;
      case ENDED -> CarePlan.CarePlanStatus.COMPLETED;
      case DRAFT -> CarePlan.CarePlanStatus.DRAFT;
    };
  }

  private static ServiceRequest.ServiceRequestStatus requestStatus(HomeProgram program) {
    return switch (program.getStatus()) {
      case ACTIVE -> ServiceRequest.ServiceRequestStatus.ACTIVE;
      case SUPERSEDED -> ServiceRequest.ServiceRequestStatus.REVOKED;
      case ENDED -> ServiceRequest.ServiceRequestStatus.COMPLETED;
      case DRAFT -> ServiceRequest.ServiceRequestStatus.DRAFT;
    };
  }
}
