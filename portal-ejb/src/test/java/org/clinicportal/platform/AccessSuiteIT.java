package org.clinicportal.platform;

import static org.clinicportal.assessment.AssessmentFixtures.aQuadratusLumborumCase;
import static org.clinicportal.patient.PatientFixtures.aPatient;
import static org.clinicportal.testsupport.ClinicFixture.PASSWORD;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.AssessmentForm;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.assessment.OswestryIndex;
import org.clinicportal.assessment.RedFlag;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.clinic.Profession;
import org.clinicportal.clinic.Staff;
import org.clinicportal.clinic.StaffMember;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.clinic.Therapists;
import org.clinicportal.exchange.FhirClientSummary;
import org.clinicportal.exchange.FhirClients;
import org.clinicportal.exchange.FhirScope;
import org.clinicportal.exchange.RecordExports;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseDetails;
import org.clinicportal.exercise.ExerciseKind;
import org.clinicportal.exercise.ExerciseLibrary;
import org.clinicportal.exercise.ExerciseQuery;
import org.clinicportal.exercise.ExerciseWords;
import org.clinicportal.homecare.Alerts;
import org.clinicportal.homecare.CheckIns;
import org.clinicportal.homecare.HomeCare;
import org.clinicportal.homecare.JournalForm;
import org.clinicportal.homecare.LogOutcome;
import org.clinicportal.homecare.PatientAlert;
import org.clinicportal.homecare.ReminderPlan;
import org.clinicportal.homecare.Reminders;
import org.clinicportal.mail.OutboundMail;
import org.clinicportal.mail.Outbox;
import org.clinicportal.patient.DischargeReason;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientAccounts;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.PatientQuery;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.patient.PatientResults;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.program.Handout;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.HomePrograms;
import org.clinicportal.program.ProgramHandouts;
import org.clinicportal.program.ProgramPlan;
import org.clinicportal.program.ProgramTemplate;
import org.clinicportal.questionnaire.Questionnaire;
import org.clinicportal.questionnaire.Questionnaires;
import org.clinicportal.review.Discharges;
import org.clinicportal.review.ReviewChoice;
import org.clinicportal.review.ReviewDecision;
import org.clinicportal.review.Reviews;
import org.clinicportal.security.UserAccount;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.testsupport.PortalDeployment;
import org.clinicportal.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every service call that names a record by its id, tried against one patient's chart by the people
 * who must not reach it: the administrator, a therapist and a patient of another clinic, and
 * another patient of the same clinic. A read leaks when it answers with anything; a write leaks
 * when it returns normally; a refusal counts only when it is one for access (the caller's role is
 * refused, or the record is not found for them), and afterwards the chart's clinic must be
 * unchanged row for row. Then every call, reads and writes alike, is made by the person it belongs
 * to in the same state, inside a transaction that is rolled back: each read must show the record
 * and each write must succeed, so a probe that nobody could make cannot pass for a refusal.
 *
 * <p>To cover a new service call, add one line to {@link #probes}.
 */
@ExtendWith(ArquillianExtension.class)
class AccessSuiteIT {

  private static final Logger LOG = Logger.getLogger(AccessSuiteIT.class.getName());

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private UserAccounts accounts;
  @Inject private Therapists therapists;
  @Inject private PatientRecords records;
  @Inject private PatientAccounts patientAccounts;
  @Inject private Staff staff;
  @Inject private Assessments assessments;
  @Inject private HomePrograms programs;
  @Inject private ProgramHandouts handouts;
  @Inject private RecordExports exports;
  @Inject private FhirClients fhirClients;
  @Inject private ExerciseLibrary library;
  @Inject private HomeCare homeCare;
  @Inject private Alerts alerts;
  @Inject private Reminders reminders;
  @Inject private Reviews reviews;
  @Inject private Discharges discharges;
  @Inject private Questionnaires questionnaires;
  @Inject private Outbox outbox;
  @Inject private CheckIns checkIns;
  @Resource private UserTransaction transaction;

  /** One clinic's patient and everything recorded about them, with the people who own it. */
  private record Chart(
      Clinic clinic,
      ClinicPrincipal admin,
      ClinicPrincipal therapist,
      ClinicPrincipal patient,
      long therapistAccountId,
      Patient record,
      Patient archived,
      Patient withoutAccount,
      Assessment cleared,
      Assessment flagged,
      Assessment latest,
      Assessment amendment,
      ProgramPlan plan,
      HomeProgram active,
      HomeProgram draft,
      ProgramTemplate template,
      Exercise exercise,
      PatientAlert alert,
      String handoutName,
      FhirClientSummary fhirClient) {}

  /** Someone who tries; {@code sameClinic} for a patient of the chart's own clinic. */
  private record Intruder(String who, ClinicPrincipal person, boolean sameClinic) {}

  /**
   * A call the suite tries, whose answer {@link #leaked} judges; one that is {@code openToClinic}
   * serves everyone of the chart's clinic, so only people of other clinics try it. The {@code
   * owner} is who the call is for: they make it last, and a read must show them the record.
   */
  private record Probe(
      String target,
      String action,
      Owner owner,
      Attempt attempt,
      Function<Object, Boolean> leaked,
      boolean openToClinic) {

    Probe(
        String target,
        String action,
        Owner owner,
        Attempt attempt,
        Function<Object, Boolean> leaked) {
      this(target, action, owner, attempt, leaked, false);
    }

    static Probe read(String target, String action, Owner owner, Attempt attempt) {
      return new Probe(target, action, owner, attempt, AccessSuiteIT::seen);
    }

    static Probe readInClinic(String target, String action, Owner owner, Attempt attempt) {
      return new Probe(target, action, owner, attempt, AccessSuiteIT::seen, true);
    }

    /** A read without an id, which leaks when it answers with the chart's own record. */
    static Probe own(
        String target,
        String action,
        Owner owner,
        Attempt attempt,
        Function<Object, Boolean> isTheCharts) {
      return new Probe(target, action, owner, attempt, isTheCharts);
    }

    static Probe listing(
        String target,
        String action,
        Owner owner,
        Attempt attempt,
        Function<Object, Long> idOf,
        long id) {
      return new Probe(
          target,
          action,
          owner,
          attempt,
          answer -> ((Collection<?>) answer).stream().map(idOf).anyMatch(found -> found == id));
    }

    /** A change, which leaks when it returns normally and which its owner must be able to make. */
    static Probe write(String target, String action, Owner owner, Attempt attempt) {
      return new Probe(target, action, owner, attempt, answer -> true);
    }

    String name() {
      return target + ": " + action;
    }
  }

  @FunctionalInterface
  private interface Attempt {
    Object call() throws Exception;
  }

  /** Who a call is for, and so who must get through when the suite checks the probe. */
  private enum Owner {
    THERAPIST,
    ADMIN,
    PATIENT
  }

  private enum Outcome {
    /** Refused as an access check refuses: the role is not allowed, or the record not found. */
    REFUSED,
    NOTHING_SEEN,
    /** Refused for some other rule, which says nothing about the access check. */
    REFUSED_FOR_ANOTHER_REASON,
    LEAKED
  }

  /**
   * What one attempt came to, with the refusal's message key or the exception when there was one.
   */
  private record Answer(Outcome outcome, String reason) {}

  @Test
  void noOneOutsideAChartReachesAnyOfItsRecordsById() throws Exception {
    Chart chart =
        chartOf(clinics.open(new Clinic(uniqueCode("access-a"), "Access A")), "Jordan", "Lee");
    Chart otherClinic =
        chartOf(clinics.open(new Clinic(uniqueCode("access-b"), "Access B")), "Casey", "Novak");
    List<Intruder> intruders =
        List.of(
            new Intruder("admin of another clinic", otherClinic.admin(), false),
            new Intruder("therapist of another clinic", otherClinic.therapist(), false),
            new Intruder("patient of another clinic", patientWithoutProgram(otherClinic), false),
            new Intruder("patient of another clinic with a program", otherClinic.patient(), false),
            new Intruder("another patient of the clinic", patientWithoutProgram(chart), true));
    List<Probe> probes = probes(chart);

    Map<String, String> before = fingerprint(chart.clinic().getId());
    Map<Outcome, Integer> counts = new LinkedHashMap<>();
    List<String> leaks = new ArrayList<>();
    List<String> wrongRefusals = new ArrayList<>();
    int attempts = 0;
    for (Probe probe : probes) {
      for (Intruder intruder : intruders) {
        if (probe.openToClinic() && intruder.sameClinic()) {
          continue;
        }
        attempts++;
        Answer answer = attempt(intruder.person(), probe);
        counts.merge(answer.outcome(), 1, Integer::sum);
        String line = intruder.who() + " → " + probe.name();
        if (answer.outcome() == Outcome.LEAKED) {
          leaks.add(line);
        } else if (answer.outcome() == Outcome.REFUSED_FOR_ANOTHER_REASON) {
          wrongRefusals.add(line + " (" + answer.reason() + ")");
        }
      }
    }
    Map<String, String> after = fingerprint(chart.clinic().getId());

    List<String> ownersStopped = new ArrayList<>();
    for (Probe probe : probes) {
      Answer answer = attemptAndRollBack(ownerOf(chart, probe.owner()), probe);
      if (answer.outcome() != Outcome.LEAKED) {
        ownersStopped.add(
            probe.owner()
                + " → "
                + probe.name()
                + " ("
                + answer.outcome()
                + " "
                + answer.reason()
                + ")");
      }
    }

    String summary =
        String.format(
            "Access suite: %d calls, %d intruders, %d attempts: %d refused for access, %d answered"
                + " with nothing, %d refused for another reason, %d leaks; owners got through %d"
                + " of %d calls%n",
            probes.size(),
            intruders.size(),
            attempts,
            counts.getOrDefault(Outcome.REFUSED, 0),
            counts.getOrDefault(Outcome.NOTHING_SEEN, 0),
            counts.getOrDefault(Outcome.REFUSED_FOR_ANOTHER_REASON, 0),
            leaks.size(),
            probes.size() - ownersStopped.size(),
            probes.size());
    LOG.info(summary);
    Files.writeString(
        Path.of("target", "access-suite.txt"),
        summary
            + String.join(
                "\n",
                Stream.of(leaks, wrongRefusals, ownersStopped).flatMap(List::stream).toList()));
    assertEquals(List.of(), leaks, "calls that reached another person's record");
    assertEquals(List.of(), wrongRefusals, "refusals that were not the access check's");
    assertEquals(before, after, "rows of the chart's clinic changed by the attempts");
    assertEquals(List.of(), ownersStopped, "calls the record's own people could not make");
    assertEquals(attempts, counts.values().stream().mapToInt(Integer::intValue).sum());
  }

  /** The list: each service call that takes an id, with the record of the chart it names. */
  private List<Probe> probes(Chart c) throws Exception {
    long patient = c.record().getId();
    long mail = tenancy.callAsClinic(c.clinic().getId(), () -> outbox.latest(1)).get(0).getId();
    long checkIn =
        tenancy.callAs(c.therapist(), () -> homeCare.progressOf(patient)).checkIns().get(0).getId();
    long archived = c.archived().getId();
    long withoutAccount = c.withoutAccount().getId();
    long cleared = c.cleared().getId();
    long flagged = c.flagged().getId();
    long latest = c.latest().getId();
    long amendment = c.amendment().getId();
    long active = c.active().getId();
    long draft = c.draft().getId();
    long template = c.template().getId();
    long exercise = c.exercise().getId();
    long alert = c.alert().getId();
    long item = c.active().getItems().get(0).getId();
    long staffMember = c.therapistAccountId();
    long version = c.record().getVersion();
    long archivedVersion = c.archived().getVersion();
    long amendmentVersion = c.amendment().getVersion();
    long draftVersion = c.draft().getVersion();
    long alertVersion = c.alert().getVersion();
    long fhirClient = c.fhirClient().id();
    long fhirClientVersion = c.fhirClient().version();
    PatientDetails details = PatientDetails.of(c.record());
    long activeVersion = c.active().getVersion();
    long episodeVersion =
        tenancy.callAs(c.therapist(), () -> discharges.ofPatient(patient)).get(0).getVersion();
    long questionnaire =
        tenancy.callAs(c.therapist(), () -> questionnaires.ofPatient(patient)).get(0).getId();
    List<ReviewDecision> keepEverything =
        c.active().getItems().stream()
            .map(
                each ->
                    new ReviewDecision(
                        each.getId(), ReviewChoice.KEEP_AS_NOW, null, null, null, null))
            .toList();
    return List.of(
        Probe.read("patient", "find", Owner.THERAPIST, () -> records.find(patient)),
        Probe.read("patient", "history", Owner.ADMIN, () -> records.history(patient)),
        Probe.read("patient", "open chart", Owner.THERAPIST, () -> records.openChart(patient)),
        Probe.read("patient", "who opened it", Owner.ADMIN, () -> records.readsOf(patient)),
        Probe.listing(
            "patient",
            "search by name",
            Owner.ADMIN,
            () -> records.search(PatientQuery.firstPage(c.record().getLastName())).rows(),
            id(PatientSummary::getId),
            patient),
        Probe.write(
            "patient", "revise", Owner.THERAPIST, () -> records.revise(patient, version, details)),
        Probe.write("patient", "archive", Owner.ADMIN, () -> records.archive(patient, version)),
        Probe.write(
            "patient",
            "restore the archived",
            Owner.ADMIN,
            () -> records.restore(archived, archivedVersion)),
        Probe.write(
            "patient",
            "open portal account",
            Owner.ADMIN,
            () -> patientAccounts.open(withoutAccount, "newcomer")),
        Probe.write(
            "patient",
            "reset portal password",
            Owner.THERAPIST,
            () -> patientAccounts.resetPassword(patient)),
        Probe.write(
            "patient",
            "disable portal account",
            Owner.ADMIN,
            () -> run(() -> patientAccounts.disable(patient))),
        Probe.write(
            "patient",
            "enable portal account",
            Owner.ADMIN,
            () -> run(() -> patientAccounts.enable(patient))),
        Probe.read("assessment", "find", Owner.THERAPIST, () -> assessments.find(latest)),
        Probe.read("assessment", "open report", Owner.ADMIN, () -> assessments.openReport(latest)),
        Probe.read("assessment", "of patient", Owner.ADMIN, () -> assessments.ofPatient(patient)),
        Probe.read(
            "assessment", "amendment of", Owner.THERAPIST, () -> assessments.amendmentOf(cleared)),
        Probe.read(
            "assessment", "clearance of", Owner.THERAPIST, () -> assessments.clearanceOf(cleared)),
        Probe.read(
            "assessment",
            "program readiness",
            Owner.THERAPIST,
            () -> assessments.programReadiness(patient)),
        Probe.read(
            "assessment", "compare", Owner.THERAPIST, () -> assessments.compare(cleared, latest)),
        Probe.write("assessment", "start", Owner.THERAPIST, () -> assessments.start(patient)),
        Probe.write(
            "assessment",
            "save draft",
            Owner.THERAPIST,
            () ->
                assessments.saveDraft(
                    amendment, amendmentVersion, aQuadratusLumborumCase().form())),
        Probe.write(
            "assessment",
            "sign",
            Owner.THERAPIST,
            () -> assessments.sign(amendment, amendmentVersion, aQuadratusLumborumCase().form())),
        Probe.write(
            "assessment",
            "discard",
            Owner.THERAPIST,
            () -> run(() -> assessments.discard(amendment, amendmentVersion))),
        Probe.write(
            "assessment", "amend", Owner.THERAPIST, () -> assessments.amend(latest, "Wrong side")),
        Probe.write(
            "assessment",
            "explain amendment",
            Owner.THERAPIST,
            () ->
                assessments.explainAmendment(amendment, amendmentVersion, "Visit date corrected")),
        Probe.write(
            "assessment",
            "clear the red flag",
            Owner.THERAPIST,
            () -> assessments.clear(flagged, "Seen by the GP")),
        Probe.write(
            "assessment",
            "require program may start",
            Owner.THERAPIST,
            () -> run(() -> assessments.requireProgramMayStart(patient))),
        Probe.read("program", "find", Owner.THERAPIST, () -> programs.find(active)),
        Probe.read("review", "of patient", Owner.THERAPIST, () -> reviews.review(patient)),
        Probe.read("episode", "of patient", Owner.ADMIN, () -> discharges.ofPatient(patient)),
        Probe.write(
            "episode",
            "discharge",
            Owner.THERAPIST,
            () ->
                discharges.discharge(
                    patient, episodeVersion, DischargeReason.GOALS_MET, null, null)),
        Probe.write(
            "review",
            "decide",
            Owner.THERAPIST,
            () -> reviews.decide(patient, activeVersion, keepEverything, null)),
        Probe.read("program", "open", Owner.ADMIN, () -> programs.openProgram(active)),
        Probe.read("program", "of patient", Owner.ADMIN, () -> programs.ofPatient(patient)),
        Probe.listing(
            "program",
            "templates",
            Owner.THERAPIST,
            () -> programs.templates(),
            id(ProgramTemplate::getId),
            template),
        Probe.write(
            "program", "suggest", Owner.THERAPIST, () -> programs.suggest(patient, "Stolen")),
        Probe.write(
            "program",
            "start draft",
            Owner.THERAPIST,
            () -> programs.startDraft(patient, c.plan())),
        Probe.write(
            "program",
            "save draft",
            Owner.THERAPIST,
            () -> programs.saveDraft(draft, draftVersion, c.plan())),
        Probe.write(
            "program",
            "activate",
            Owner.THERAPIST,
            () -> programs.activate(draft, draftVersion, LocalDate.now(ZoneOffset.UTC), null)),
        Probe.write("program", "revise", Owner.THERAPIST, () -> programs.revise(active)),
        Probe.write(
            "program",
            "save as template",
            Owner.THERAPIST,
            () -> programs.saveAsTemplate(active, "Copied")),
        Probe.write(
            "program",
            "start from template",
            Owner.THERAPIST,
            () -> programs.startFromTemplate(patient, template)),
        Probe.write(
            "program",
            "remove template",
            Owner.THERAPIST,
            () -> run(() -> programs.removeTemplate(template))),
        Probe.read("handout", "of program", Owner.THERAPIST, () -> handouts.of(active)),
        Probe.own(
            "handout",
            "own program",
            Owner.PATIENT,
            () -> handouts.ofOwnProgram(),
            handout -> ((Handout) handout).fileName().equals(c.handoutName())),
        Probe.read("record", "as FHIR", Owner.THERAPIST, () -> exports.of(patient)),
        Probe.listing(
            "FHIR client",
            "list",
            Owner.ADMIN,
            () -> fhirClients.list(),
            id(FhirClientSummary::id),
            fhirClient),
        Probe.write(
            "FHIR client",
            "revoke",
            Owner.ADMIN,
            () -> run(() -> fhirClients.revoke(fhirClient, fhirClientVersion))),
        Probe.readInClinic("exercise", "find", Owner.THERAPIST, () -> library.find(exercise)),
        Probe.listing(
            "exercise",
            "search",
            Owner.THERAPIST,
            () -> library.search(ExerciseQuery.everything()),
            id(Exercise::getId),
            exercise),
        Probe.write(
            "exercise",
            "revise",
            Owner.THERAPIST,
            () -> library.revise(exercise, exerciseDetails("Renamed"))),
        Probe.write(
            "exercise picture",
            "replace",
            Owner.THERAPIST,
            () -> library.showPicture(exercise, picture())),
        Probe.write(
            "exercise words",
            "translate",
            Owner.THERAPIST,
            () -> library.translate(exercise, Language.SPANISH, exerciseWords("Separar la banda"))),
        Probe.write(
            "exercise words",
            "remove",
            Owner.THERAPIST,
            () -> library.removeTranslation(exercise, Language.SPANISH)),
        Probe.write("exercise", "hide", Owner.THERAPIST, () -> library.hide(exercise)),
        Probe.write("exercise", "show", Owner.THERAPIST, () -> library.show(exercise)),
        Probe.read(
            "journal", "progress of patient", Owner.THERAPIST, () -> homeCare.progressOf(patient)),
        Probe.write(
            "journal",
            "log a round of a program item",
            Owner.PATIENT,
            () -> homeCare.log(item, 1, LogOutcome.DONE, null)),
        Probe.write(
            "journal",
            "write an entry into the program",
            Owner.PATIENT,
            () -> homeCare.record(calmSession(c.active()))),
        Probe.own(
            "reminders",
            "own plan",
            Owner.PATIENT,
            () -> reminders.mine(),
            plan ->
                ((Optional<?>) plan)
                    .map(found -> ((ReminderPlan) found).getPatient().getId() == patient)
                    .orElse(false)),
        Probe.own(
            "check-in",
            "own open check-in",
            Owner.PATIENT,
            () -> checkIns.openOfMine(),
            link ->
                ((Optional<?>) link)
                    .map(path -> checkInOf((String) path) == checkIn)
                    .orElse(false)),
        Probe.read(
            "questionnaire", "of patient", Owner.ADMIN, () -> questionnaires.ofPatient(patient)),
        Probe.read(
            "questionnaire",
            "measurements of patient",
            Owner.THERAPIST,
            () -> questionnaires.measurementsOf(patient)),
        Probe.read("questionnaire", "own", Owner.PATIENT, () -> questionnaires.mine(questionnaire)),
        Probe.own(
            "questionnaire",
            "own open",
            Owner.PATIENT,
            () -> questionnaires.openOfMine(),
            open ->
                ((List<?>) open)
                    .stream().anyMatch(q -> ((Questionnaire) q).getId() == questionnaire)),
        Probe.write(
            "questionnaire",
            "answer pain",
            Owner.PATIENT,
            () -> questionnaires.answerPain(questionnaire, 3)),
        Probe.write(
            "questionnaire",
            "answer a section",
            Owner.PATIENT,
            () -> questionnaires.answerSection(questionnaire, OswestryIndex.Section.WALKING, 2)),
        Probe.write(
            "questionnaire",
            "rate activities",
            Owner.PATIENT,
            () -> questionnaires.rateActivities(questionnaire, List.of(5, 6))),
        Probe.write(
            "questionnaire", "send", Owner.PATIENT, () -> questionnaires.send(questionnaire)),
        Probe.read("alert", "of patient", Owner.THERAPIST, () -> alerts.ofPatient(patient)),
        Probe.listing(
            "mail",
            "delivery log",
            Owner.ADMIN,
            () -> outbox.deliveryLog(100),
            id(OutboundMail::getId),
            mail),
        Probe.listing(
            "alert",
            "open alerts",
            Owner.THERAPIST,
            () -> alerts.open(false),
            id(PatientAlert::getId),
            alert),
        Probe.write(
            "alert",
            "acknowledge",
            Owner.THERAPIST,
            () -> alerts.acknowledge(alert, alertVersion, "Called the patient")),
        Probe.listing(
            "staff",
            "list",
            Owner.ADMIN,
            () -> staff.list(),
            id(StaffMember::getAccountId),
            staffMember),
        Probe.write("staff", "reset password", Owner.ADMIN, () -> staff.resetPassword(staffMember)),
        Probe.write(
            "staff", "deactivate", Owner.ADMIN, () -> run(() -> staff.deactivate(staffMember))),
        Probe.write(
            "staff", "reactivate", Owner.ADMIN, () -> run(() -> staff.reactivate(staffMember))));
  }

  /** The check-in a link to the check-in page names under its signature. */
  private static long checkInOf(String path) {
    String token = path.substring(path.indexOf("?t=") + 3);
    String payload =
        new String(
            Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
            StandardCharsets.UTF_8);
    return Long.parseLong(payload.split("\\|")[2]);
  }

  private Answer attempt(ClinicPrincipal person, Probe probe) {
    Object answer;
    try {
      answer = tenancy.callAs(person, probe.attempt()::call);
    } catch (RecordException refused) {
      return refusedForAccess(refused)
          ? new Answer(Outcome.REFUSED, refused.messageKey())
          : new Answer(Outcome.REFUSED_FOR_ANOTHER_REASON, refused.messageKey());
    } catch (EJBException stopped) {
      return new Answer(Outcome.REFUSED_FOR_ANOTHER_REASON, String.valueOf(stopped.getCause()));
    } catch (Exception unexpected) {
      throw new AssertionError(probe.name(), unexpected);
    }
    return probe.leaked().apply(answer)
        ? new Answer(Outcome.LEAKED, null)
        : new Answer(Outcome.NOTHING_SEEN, null);
  }

  /** The attempt in a transaction of its own that is rolled back, so the chart stays as it is. */
  private Answer attemptAndRollBack(ClinicPrincipal person, Probe probe) throws Exception {
    transaction.begin();
    try {
      return attempt(person, probe);
    } finally {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    }
  }

  /**
   * Whether a refusal is the access check's: the caller's role is not allowed, or the record does
   * not exist for them.
   */
  private static boolean refusedForAccess(RecordException refused) {
    return refused instanceof AccessRefusedException
        || refused.messageKey().equals("access.refused")
        || refused.messageKey().endsWith(".notFound");
  }

  /** Whether an answer shows anything at all. */
  private static boolean seen(Object answer) {
    if (answer == null) {
      return false;
    }
    if (answer instanceof Optional<?> optional) {
      return optional.isPresent();
    }
    if (answer instanceof Collection<?> collection) {
      return !collection.isEmpty();
    }
    if (answer instanceof PatientResults page) {
      return page.total() > 0;
    }
    return true;
  }

  private static <T> Function<Object, Long> id(Function<T, Long> idOf) {
    @SuppressWarnings("unchecked")
    Function<Object, Long> any = row -> idOf.apply((T) row);
    return any;
  }

  private static Object run(Step step) throws Exception {
    step.run();
    return null;
  }

  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }

  private static ClinicPrincipal ownerOf(Chart chart, Owner owner) {
    return switch (owner) {
      case THERAPIST -> chart.therapist();
      case ADMIN -> chart.admin();
      case PATIENT -> chart.patient();
    };
  }

  /**
   * A patient's chart in a clinic: an assessment with a red flag that was cleared and later
   * amended, one with a red flag still waiting for clearance, a signed assessment, an active
   * program with a draft of its next version, a template and an exercise with a picture of the
   * clinic's own, journal entries, and the urgent alert one of them raised. Beside it, an archived
   * patient and one without a portal account, so that restoring and opening an account can succeed
   * for the clinic's staff. Every record is read again at the end, at its current version.
   */
  private Chart chartOf(Clinic clinic, String given, String family) throws Exception {
    ClinicPrincipal admin =
        account(clinic, "avery", Role.CLINIC_ADMIN).principalIn(clinic.identity());
    UserAccount danaAccount = account(clinic, "dana", Role.THERAPIST);
    Therapist dana =
        tenancy.callAsClinic(
            clinic.getId(),
            () ->
                therapists.register(
                    new Therapist(danaAccount, Profession.PHYSICAL_THERAPIST, null)));
    ClinicPrincipal therapist = danaAccount.principalIn(clinic.identity());
    Patient charted =
        as(
            admin,
            () ->
                records.register(
                    aPatient()
                        .named(given, family)
                        .mailedAt(given.toLowerCase(Locale.ROOT) + "@example.org")
                        .treatedBy(dana.getId())
                        .details()));
    ClinicPrincipal patient = portalAccount(clinic, admin, charted);
    Patient toArchive =
        as(admin, () -> records.register(aPatient().named("Morgan", "Hale").details()));
    as(admin, () -> records.archive(toArchive.getId(), toArchive.getVersion()));
    Patient withoutAccount =
        as(admin, () -> records.register(aPatient().named("Alex", "Brandt").details()));

    Assessment cleared =
        signed(
            therapist,
            charted,
            aQuadratusLumborumCase()
                .on(LocalDate.now().minusDays(14))
                .withRedFlag(RedFlag.FOOT_DROP)
                .form());
    as(
        therapist,
        () -> assessments.clear(cleared.getId(), "Neurology review: old, stable foot drop"));
    Assessment flagged =
        signed(
            therapist,
            charted,
            aQuadratusLumborumCase()
                .on(LocalDate.now().minusDays(7))
                .withRedFlag(RedFlag.HISTORY_OF_CANCER)
                .form());
    Assessment latest =
        signed(therapist, charted, aQuadratusLumborumCase().on(LocalDate.now()).form());
    Assessment amendment =
        as(therapist, () -> assessments.amend(cleared.getId(), "Date corrected"));
    ProgramPlan plan = as(therapist, () -> programs.suggest(charted.getId(), "QL release"));
    HomeProgram started = as(therapist, () -> programs.startDraft(charted.getId(), plan));
    HomeProgram active =
        as(
            therapist,
            () ->
                programs.activate(
                    started.getId(),
                    started.getVersion(),
                    LocalDate.now(ZoneOffset.UTC),
                    LocalDate.now(ZoneOffset.UTC).plusDays(2)));
    HomeProgram draft = as(therapist, () -> programs.revise(active.getId()));
    ProgramTemplate template =
        as(therapist, () -> programs.saveAsTemplate(active.getId(), "QL release"));
    Exercise exercise =
        as(therapist, () -> library.add(exerciseDetails("Band pull-apart"), picture()));

    as(patient, () -> homeCare.record(calmSession(active)));
    JournalForm worrying = calmSession(active);
    worrying.setPainAfter(6);
    worrying.setLegWeakness(true);
    as(patient, () -> homeCare.record(worrying));
    PatientAlert alert = as(therapist, () -> alerts.ofPatient(charted.getId())).get(0);
    long review = as(therapist, () -> questionnaires.ofPatient(charted.getId())).get(0).getId();
    as(patient, () -> questionnaires.answerPain(review, 5));
    tenancy.callAsClinic(
        clinic.getId(), () -> checkIns.ask(charted, active, LocalDate.now(), Instant.now()));
    return new Chart(
        clinic,
        admin,
        therapist,
        patient,
        danaAccount.getId(),
        as(admin, () -> records.find(charted.getId())).orElseThrow(),
        as(admin, () -> records.find(toArchive.getId())).orElseThrow(),
        withoutAccount,
        cleared,
        flagged,
        latest,
        as(therapist, () -> assessments.find(amendment.getId())).orElseThrow(),
        plan,
        active,
        as(therapist, () -> programs.find(draft.getId())).orElseThrow(),
        template,
        exercise,
        alert,
        as(patient, handouts::ofOwnProgram).fileName(),
        as(
            admin,
            () ->
                fhirClients.register(
                    "Analytics of " + family,
                    new ECKeyGenerator(Curve.P_256)
                        .keyID("k1")
                        .generate()
                        .toPublicJWK()
                        .toJSONString(),
                    EnumSet.of(FhirScope.PATIENT))));
  }

  /** Riley, a patient of the chart's clinic with a portal account and nothing prescribed. */
  private ClinicPrincipal patientWithoutProgram(Chart chart) throws Exception {
    Patient riley =
        as(chart.admin(), () -> records.register(aPatient().named("Riley", "Chen").details()));
    return portalAccount(chart.clinic(), chart.admin(), riley);
  }

  private ClinicPrincipal portalAccount(Clinic clinic, ClinicPrincipal admin, Patient patient)
      throws Exception {
    long accountId =
        as(admin, () -> patientAccounts.open(patient.getId(), patient.getFirstName().toLowerCase()))
            .accountId();
    return tenancy
        .callAsClinic(clinic.getId(), () -> accounts.find(accountId))
        .orElseThrow()
        .principalIn(clinic.identity());
  }

  private Assessment signed(ClinicPrincipal therapist, Patient patient, AssessmentForm form)
      throws Exception {
    Assessment draft = as(therapist, () -> assessments.start(patient.getId()));
    return as(therapist, () -> assessments.sign(draft.getId(), draft.getVersion(), form));
  }

  private UserAccount account(Clinic clinic, String username, Role role) throws Exception {
    return tenancy.callAsClinic(
        clinic.getId(),
        () -> accounts.open(username, username + " of " + clinic.getName(), role, PASSWORD));
  }

  private <T> T as(ClinicPrincipal person, Tenancy.ClinicWork<T, Exception> work) throws Exception {
    return tenancy.callAs(person, work);
  }

  private static JournalForm calmSession(HomeProgram program) {
    JournalForm form = new JournalForm();
    form.setProgramId(program.getId());
    form.setPainBefore(4);
    form.setPainAfter(3);
    form.setEffort(4);
    form.setNote("Looser afterwards");
    form.setSaddleNumbness(false);
    form.setBladderOrBowel(false);
    form.setLegWeakness(false);
    form.setFever(false);
    return form;
  }

  private static ExerciseDetails exerciseDetails(String name) {
    ExerciseDetails details = new ExerciseDetails();
    details.setName(name);
    details.setKind(ExerciseKind.STRENGTHEN);
    details.setPurpose("Upper back");
    details.setInstructions("Hold the band at shoulder height.\nPull it apart slowly.");
    return details;
  }

  private static ExerciseWords exerciseWords(String name) {
    ExerciseWords words = new ExerciseWords();
    words.setName(name);
    words.setPurpose("Espalda alta");
    words.setInstructions("Sujete la banda a la altura de los hombros.\nSepárela despacio.");
    return words;
  }

  private static byte[] picture() throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png);
    return png.toByteArray();
  }

  /** A digest of every row the clinic owns, per table, read past row-level security. */
  private static Map<String, String> fingerprint(long clinicId) throws Exception {
    Map<String, String> digests = new LinkedHashMap<>();
    try (Connection db = TestDatabase.connectAsAdministrator()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          db.createStatement()
              .executeQuery(
                  "select table_name from information_schema.columns where column_name ="
                      + " 'tenant_id' and table_schema = 'public' order by table_name")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String table : tables) {
        try (PreparedStatement digest =
            db.prepareStatement(
                "select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by"
                    + " t::text)), '') from "
                    + table
                    + " t where tenant_id = ?")) {
          digest.setLong(1, clinicId);
          try (ResultSet rs = digest.executeQuery()) {
            rs.next();
            digests.put(table, rs.getString(1));
          }
        }
      }
    }
    return digests;
  }
}
