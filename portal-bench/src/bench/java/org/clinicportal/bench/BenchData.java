package org.clinicportal.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.OswestryIndex;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Profession;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.demo.DemoClinics;
import org.clinicportal.exercise.BodySide;
import org.clinicportal.exercise.BuiltInExercise;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.homecare.ExerciseLog;
import org.clinicportal.homecare.JournalEntry;
import org.clinicportal.homecare.JournalForm;
import org.clinicportal.homecare.LogOutcome;
import org.clinicportal.homecare.ReminderPlan;
import org.clinicportal.homecare.SkipReason;
import org.clinicportal.patient.DischargeReason;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.Sex;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.ProgramItem;
import org.clinicportal.program.ProgramPlan;
import org.clinicportal.program.ProgramSuggestion;
import org.clinicportal.questionnaire.Occasion;
import org.clinicportal.questionnaire.Questionnaire;
import org.clinicportal.reminder.ReminderChoices;
import org.clinicportal.security.UserAccount;

/**
 * Fills the benchmark's database with clinics of realistic size, built from the portal's own
 * entities so that every row passes the rules they guard: patients with their therapists, signed
 * trigger-point assessments, the program the portal suggests from them, activated, and the journal
 * and exercise rounds of the weeks since. The same seed and sizes give the same clinics.
 *
 * <p>Arguments, each {@code name=value}: {@code clinics} (50), {@code large} (100000 patients in
 * the clinic {@code bench-large}), {@code small} (1000, in {@code bench-small}), {@code others}
 * (2000 in each further clinic), {@code days} (56 days of home care), {@code seed} (2026), and
 * {@code reminders} (0): that many patients, each on a program with a confirmed address for
 * reminders, in the clinic {@value ReminderMinute#CLINIC}, for the {@link ReminderMinute}. A
 * database that already holds these clinics is left as it is. Every login has the demo password.
 *
 * <p>With {@code switch} before the arguments, it only takes the reminder clinic into the coming
 * run or leaves it out, as {@code reminders} says, before the portal is deployed.
 *
 * <p>It writes {@code therapists.csv} and {@code patients.csv} into the directory named by the
 * system property {@code bench.out}: the people the load scenario signs in as.
 */
public final class BenchData {

  static final String LARGE = "bench-large";
  static final String SMALL = "bench-small";

  /** Share of patients with signed assessments, and of those with an active home program. */
  private static final double ASSESSED = 0.2;

  private static final double ON_PROGRAM = 0.5;

  /** Patients registered, assessed and logged per transaction. */
  private static final int BATCH = 500;

  /**
   * Batches between two ANALYZE runs: where autovacuum is off, a growing table keeps the statistics
   * of its first rows, and foreign-key checks planned on them slow every insert down.
   */
  private static final int ANALYZE_EVERY = 20;

  /**
   * Of the patients without a current episode, the share discharged from an episode in the outcomes
   * page's default period (the last 90 days): 10,000 episodes in a clinic of 100,000.
   */
  private static final double DISCHARGED = 0.125;

  /** Exercise rounds are recorded for the most recent days of home care only. */
  private static final int ROUND_DAYS = 14;

  private static final String[] FIRST_NAMES = {
    "Aaliyah", "Aaron", "Abigail", "Adam", "Adele", "Ahmed", "Aisha", "Alba", "Alex", "Alice",
    "Amara", "Amir", "Ana", "Andre", "Anna", "Arjun", "Ava", "Beatriz", "Ben", "Bianca", "Carla",
    "Carlos", "Chen", "Chloe", "Clara", "Daniel", "David", "Diego", "Elena", "Eli", "Emma", "Eric",
    "Eva", "Farah", "Felix", "Fiona", "Gabriel", "Grace", "Hana", "Hannah", "Hugo", "Ibrahim",
    "Ines", "Isaac", "Ivan", "Jack", "James", "Jana", "Jonas", "Jordan", "Julia", "Kai", "Karim",
    "Kate", "Kenji", "Laila", "Lars", "Laura", "Leo", "Lena", "Liam", "Lina", "Lucas", "Lucia",
    "Maya", "Mei", "Mia", "Milan", "Mira", "Nadia", "Noah", "Nora", "Olga", "Omar", "Oscar",
    "Paula", "Pedro", "Priya", "Rafael", "Rosa", "Ruth", "Sam", "Sara", "Sofia", "Tariq", "Theo",
    "Tom", "Uma", "Vera", "Victor", "Yara", "Yusuf", "Zara", "Zoe"
  };

  private static final String[] LAST_NAMES = {
    "Abbott",
    "Adeyemi",
    "Alvarez",
    "Andersen",
    "Bauer",
    "Becker",
    "Bergström",
    "Brennan",
    "Brooks",
    "Castillo",
    "Chen",
    "Costa",
    "Dalton",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Fleming",
    "Garcia",
    "Gonzalez",
    "Gupta",
    "Hansen",
    "Hart",
    "Hoffmann",
    "Ibrahim",
    "Ito",
    "Jansen",
    "Jensen",
    "Kaur",
    "Keller",
    "Khan",
    "Kim",
    "Kowalski",
    "Larsen",
    "Lee",
    "Lopez",
    "Martin",
    "Meyer",
    "Moreau",
    "Müller",
    "Murphy",
    "Nakamura",
    "Nguyen",
    "Novak",
    "Nowak",
    "Okafor",
    "Olsen",
    "Patel",
    "Pereira",
    "Petrov",
    "Quinn",
    "Ramos",
    "Reyes",
    "Rossi",
    "Sato",
    "Schmidt",
    "Silva",
    "Singh",
    "Smith",
    "Sousa",
    "Tanaka",
    "Taylor",
    "Thomas",
    "Torres",
    "Vargas",
    "Walsh",
    "Weber",
    "Wong",
    "Yamamoto",
    "Young",
    "Zhang"
  };

  private final Map<Long, EntityManagerFactory> factories = new HashMap<>();
  private final Sizes sizes;
  private String passwordHash;
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private final List<String> therapistRows = new ArrayList<>();
  private final List<String> patientRows = new ArrayList<>();

  private BenchData(Sizes sizes) {
    this.sizes = sizes;
  }

  /** How much to generate. */
  record Sizes(int clinics, int large, int small, int others, int days, long seed, int reminders) {

    static Sizes of(String... arguments) {
      Map<String, String> given = new HashMap<>();
      for (String argument : arguments) {
        int equals = argument.indexOf('=');
        if (equals < 1) {
          throw new IllegalArgumentException("Arguments are name=value, not " + argument);
        }
        given.put(argument.substring(0, equals).trim(), argument.substring(equals + 1).trim());
      }
      Sizes sizes =
          new Sizes(
              number(given, "clinics", 50),
              number(given, "large", 100_000),
              number(given, "small", 1_000),
              number(given, "others", 2_000),
              number(given, "days", 56),
              number(given, "seed", 2026),
              number(given, "reminders", 0));
      if (!given.isEmpty()) {
        throw new IllegalArgumentException("Unknown arguments " + given.keySet());
      }
      if (sizes.clinics < 2 || sizes.large < 10 || sizes.small < 10 || sizes.days < 7) {
        throw new IllegalArgumentException(
            "At least 2 clinics, 10 patients in each of the two measured ones and 7 days: "
                + sizes);
      }
      return sizes;
    }

    private static int number(Map<String, String> given, String name, int fallback) {
      String text = given.remove(name);
      try {
        return text == null ? fallback : Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a whole number, not " + text, e);
      }
    }

    int patientsOf(int clinic) {
      return switch (clinic) {
        case 0 -> large;
        case 1 -> small;
        default -> others;
      };
    }

    String codeOf(int clinic) {
      return switch (clinic) {
        case 0 -> LARGE;
        case 1 -> SMALL;
        default -> String.format("bench-%02d", clinic + 1);
      };
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("switch")) {
      ReminderMinute.takePart(Sizes.of(Arrays.copyOfRange(args, 1, args.length)).reminders() > 0);
      return;
    }
    Sizes sizes = Sizes.of(args);
    Path out = Path.of(System.getProperty("bench.out", "target/bench"));
    BenchData data = new BenchData(sizes);
    try {
      Instant start = Instant.now();
      int filled = data.fill();
      data.analyze();
      data.writePeople(out);
      System.out.printf(
          "[bench] %s: %d clinics generated in %d s, %d already there; people to sign in as in %s%n",
          sizes,
          filled,
          Duration.between(start, Instant.now()).toSeconds(),
          sizes.clinics - filled,
          out.toAbsolutePath());
    } finally {
      data.factories.values().forEach(EntityManagerFactory::close);
    }
  }

  /**
   * The portal's persistence unit over plain JDBC as the application role, so that row-level
   * security applies as it does to the portal: with a clinic, every connection of the factory is
   * bound to it for its whole life.
   */
  private EntityManagerFactory factory(Long clinicId) {
    return factories.computeIfAbsent(
        clinicId == null ? 0L : clinicId,
        key -> {
          String url =
              System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/portal_bench");
          url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
          if (clinicId != null) {
            url += "&options=-c%20app.tenant_id%3D" + clinicId;
          }
          Map<String, Object> connection = new HashMap<>();
          connection.put("eclipselink.session-name", "bench-" + key);
          connection.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
          connection.put("jakarta.persistence.jtaDataSource", "");
          connection.put("jakarta.persistence.nonJtaDataSource", "");
          connection.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
          connection.put("jakarta.persistence.jdbc.url", url);
          connection.put(
              "jakarta.persistence.jdbc.user",
              System.getProperty("bench.db.user", "portal_bench_app"));
          connection.put(
              "jakarta.persistence.jdbc.password",
              System.getProperty("bench.db.password", "portal_bench_app"));
          connection.put("eclipselink.target-server", "None");
          connection.put("eclipselink.cache.shared.default", "false");
          connection.put("eclipselink.jdbc.batch-writing.size", "200");
          connection.put("eclipselink.logging.level", "WARNING");
          connection.put("eclipselink.connection-pool.default.max", "1");
          return Persistence.createEntityManagerFactory("portal", connection);
        });
  }

  /** Refreshes the planner's statistics, as the schema's owner: the application role may not. */
  private void analyze() {
    try (Connection owner = BenchDatabase.owner();
        Statement statement = owner.createStatement()) {
      statement.execute("analyze");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not analyze the benchmark's database", e);
    }
  }

  /** The demo clinic's stored hash of the demo password, given to every generated login. */
  private String demoPasswordHash() {
    Long demo = clinicId("demo");
    if (demo == null) {
      throw new IllegalStateException(
          "The demo clinic is missing: deploy the portal on this database first");
    }
    EntityManager em = clinicScoped(demo);
    try {
      return em.createQuery(
              "select u.passwordHash from UserAccount u where u.username = 'therapist'",
              String.class)
          .getSingleResult();
    } finally {
      em.close();
    }
  }

  /** Generates every clinic not there yet; tells how many it generated. */
  private int fill() {
    passwordHash = demoPasswordHash();
    release(clinicId("demo"));
    int filled = 0;
    for (int clinic = 0; clinic < sizes.clinics; clinic++) {
      Random random = new Random(sizes.seed * 1_000 + clinic);
      String code = sizes.codeOf(clinic);
      Long existing = clinicId(code);
      if (existing != null) {
        collectPeople(existing, code, sizes.patientsOf(clinic));
        release(existing);
        continue;
      }
      release(fillClinic(code, sizes.patientsOf(clinic), random));
      filled++;
    }
    if (sizes.reminders > 0) {
      fillReminderClinic(sizes.reminders, new Random(sizes.seed * 1_000 + sizes.clinics));
    }
    return filled;
  }

  /**
   * The clinic of the {@link ReminderMinute}: patients with an address they confirmed, each on a
   * one-exercise program that started before the home care of the others, and nothing else. Left as
   * it is when it holds that many patients already.
   */
  private void fillReminderClinic(int patients, Random random) {
    Long existing = clinicId(ReminderMinute.CLINIC);
    if (existing != null) {
      EntityManager em = clinicScoped(existing);
      try {
        long held =
            em.createQuery("select count(r) from ReminderPlan r", Long.class).getSingleResult();
        if (held != patients) {
          throw new IllegalStateException(
              ReminderMinute.CLINIC
                  + " holds "
                  + held
                  + " reminder plans, not "
                  + patients
                  + ": generate into a new database");
        }
      } finally {
        em.close();
        release(existing);
      }
      return;
    }
    Instant start = Instant.now();
    long clinicId = openClinic(ReminderMinute.CLINIC);
    EntityManager em = clinicScoped(clinicId);
    try {
      em.getTransaction().begin();
      Exercise exercise = Exercise.copyOf(BuiltInExercise.values()[0]);
      em.persist(exercise);
      List<Long> therapistIds = new ArrayList<>();
      for (int t = 1; t <= Math.max(3, Math.min(50, patients / 2_000)); t++) {
        UserAccount account = account("therapist" + t, personName(random), Role.THERAPIST);
        em.persist(account);
        Therapist therapist = new Therapist(account, Profession.PHYSICAL_THERAPIST, "LIC-" + t);
        em.persist(therapist);
        therapistIds.add(therapist.getId());
      }
      em.getTransaction().commit();
      LocalDate startsOn = today.minusDays(sizes.days);
      Instant confirmed = atNoon(startsOn).toInstant();
      inBatches(
          em,
          patients,
          (first, last) -> {
            Exercise managed = em.find(Exercise.class, exercise.getId());
            for (int n = first; n <= last; n++) {
              Therapist therapist =
                  em.find(Therapist.class, therapistIds.get(n % therapistIds.size()));
              remindedPatient(em, n, therapist, managed, startsOn, confirmed, random);
            }
          });
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
      release(clinicId);
    }
    System.out.printf(
        "[bench] %s: %d patients with reminders in %d s%n",
        ReminderMinute.CLINIC, patients, Duration.between(start, Instant.now()).toSeconds());
  }

  /** A patient's record number, a name, a birth date and a sex drawn from {@code random}. */
  private static PatientDetails person(String recordNumber, Therapist therapist, Random random) {
    PatientDetails details = new PatientDetails();
    details.setRecordNumber(recordNumber);
    details.setFirstName(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]);
    details.setLastName(LAST_NAMES[random.nextInt(LAST_NAMES.length)]);
    details.setDateOfBirth(LocalDate.of(1940, 1, 1).plusDays(random.nextInt(68 * 365)));
    details.setSex(Sex.values()[random.nextInt(Sex.values().length)]);
    details.setTherapistId(therapist.getId());
    return details;
  }

  private void remindedPatient(
      EntityManager em,
      int n,
      Therapist therapist,
      Exercise exercise,
      LocalDate startsOn,
      Instant confirmed,
      Random random) {
    PatientDetails details = person(String.format("M%06d", n), therapist, random);
    details.setEmail(String.format("patient%06d@%s", n, ReminderMinute.DOMAIN));
    details.setConsentGivenOn(startsOn.minusDays(7));
    Patient patient = new Patient(details, therapist);
    em.persist(patient);
    UserAccount examiner = therapist.getAccount();
    Episode episode = new Episode(patient, startsOn);
    em.persist(episode);
    HomeProgram program = new HomeProgram(episode, 1, null, examiner, atNoon(startsOn));
    program.revise(
        "Core routine",
        List.of(ProgramPlan.Item.of(exercise, BodySide.BOTH)),
        Map.of(exercise.getId(), exercise));
    program.activate(
        startsOn, startsOn.plusDays(HomeProgram.DEFAULT_REVIEW_DAYS), atNoon(startsOn));
    em.persist(program);
    ReminderPlan plan = new ReminderPlan(patient, ReminderChoices.defaultsFor(1, 7));
    Instant checkExpires = confirmed.plus(Duration.ofDays(7));
    plan.checkAddress(details.getEmail(), checkExpires);
    plan.confirmAddress(checkExpires, confirmed);
    em.persist(plan);
  }

  private Long clinicId(String code) {
    EntityManager em = factory(null).createEntityManager();
    try {
      return em.createQuery("select c.id from Clinic c where c.code = :code", Long.class)
          .setParameter("code", code)
          .getResultStream()
          .findFirst()
          .orElse(null);
    } finally {
      em.close();
    }
  }

  private void release(long clinicId) {
    EntityManagerFactory done = factories.remove(clinicId);
    if (done != null) {
      done.close();
    }
  }

  private long fillClinic(String code, int patients, Random random) {
    Instant start = Instant.now();
    long clinicId = openClinic(code);
    EntityManager em = clinicScoped(clinicId);
    try {
      em.getTransaction().begin();
      Map<Long, Exercise> library = new HashMap<>();
      for (BuiltInExercise builtIn : BuiltInExercise.values()) {
        Exercise exercise = Exercise.copyOf(builtIn);
        em.persist(exercise);
        library.put(exercise.getId(), exercise);
      }
      em.persist(account("admin", "Clinic Administrator", Role.CLINIC_ADMIN));
      List<Therapist> therapists = new ArrayList<>();
      int therapistCount = Math.max(3, Math.min(50, patients / 2_000));
      Profession[] professions = Profession.values();
      for (int t = 1; t <= therapistCount; t++) {
        UserAccount account = account("therapist" + t, personName(random), Role.THERAPIST);
        em.persist(account);
        Therapist therapist =
            new Therapist(account, professions[t % professions.length], "LIC-" + (10_000 + t));
        em.persist(therapist);
        therapists.add(therapist);
      }
      em.getTransaction().commit();
      List<Long> therapistIds = therapists.stream().map(Therapist::getId).toList();
      List<Exercise> exercises = List.copyOf(library.values());
      inBatches(
          em,
          patients,
          (first, last) -> {
            Map<Long, Exercise> managed = new HashMap<>();
            exercises.forEach(e -> managed.put(e.getId(), em.find(Exercise.class, e.getId())));
            for (int n = first; n <= last; n++) {
              Therapist therapist =
                  em.find(Therapist.class, therapistIds.get(n % therapistIds.size()));
              patient(em, code, n, therapist, managed, random);
            }
          });
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
    System.out.printf(
        "[bench] %s: %d patients in %d s%n",
        code, patients, Duration.between(start, Instant.now()).toSeconds());
    return clinicId;
  }

  /** Patients {@code first} to {@code last} of a clinic, written in one transaction. */
  private interface Batch {
    void write(int first, int last);
  }

  /**
   * Writes patients 1 to {@code patients} a batch per transaction, each in a persistence context of
   * its own, with the planner's statistics refreshed every {@value #ANALYZE_EVERY} batches.
   */
  private void inBatches(EntityManager em, int patients, Batch batch) {
    for (int first = 1; first <= patients; first += BATCH) {
      em.clear();
      em.getTransaction().begin();
      batch.write(first, Math.min(patients, first + BATCH - 1));
      em.getTransaction().commit();
      if ((first / BATCH) % ANALYZE_EVERY == 0) {
        analyze();
      }
    }
  }

  private long openClinic(String code) {
    EntityManager em = factory(null).createEntityManager();
    try {
      em.getTransaction().begin();
      // The register of clinics takes a new clinic only from work that names itself platform work,
      // as the portal's own Clinics.open does.
      em.createNativeQuery("select set_config('app.platform_work', 'on', true)")
          .setHint("eclipselink.jdbc.allow-native-sql-query", true)
          .getSingleResult();
      Clinic clinic = new Clinic(code, "Benchmark clinic " + code.substring("bench-".length()));
      em.persist(clinic);
      em.getTransaction().commit();
      return clinic.getId();
    } finally {
      em.close();
    }
  }

  private EntityManager clinicScoped(long clinicId) {
    EntityManager em = factory(clinicId).createEntityManager();
    em.setProperty(ClinicOwned.TENANT_PROPERTY, clinicId);
    return em;
  }

  private UserAccount account(String username, String name, Role role) {
    return new UserAccount(username, name, role, passwordHash);
  }

  private void patient(
      EntityManager em,
      String code,
      int n,
      Therapist therapist,
      Map<Long, Exercise> library,
      Random random) {
    PatientDetails details = person(String.format("R%06d", n), therapist, random);
    details.setReferralSource("Generated for the benchmark");
    details.setConsentGivenOn(today.minusDays(random.nextInt(700) + sizes.days + 30));
    Patient patient = new Patient(details, therapist);
    em.persist(patient);
    if (random.nextDouble() >= ASSESSED) {
      Random past = new Random(new SplittableRandom(sizes.seed + n).nextLong());
      if (past.nextDouble() < DISCHARGED) {
        discharged(em, patient, therapist.getAccount(), library, past);
      }
      return;
    }
    UserAccount examiner = therapist.getAccount();
    LocalDate firstVisit = today.minusDays(sizes.days + 7 + random.nextInt(21));
    Episode episode = new Episode(patient, firstVisit);
    em.persist(episode);
    Assessment assessment = signed(em, episode, examiner, firstVisit, 7, 8, 6, 5, 3, 2);
    if (random.nextBoolean()) {
      assessment = signed(em, episode, examiner, firstVisit.plusDays(7), 5, 7, 5, 4, 2, 1);
    }
    if (random.nextDouble() >= ON_PROGRAM) {
      return;
    }
    ProgramPlan plan =
        ProgramSuggestion.from(
            assessment.getTriggerPoints(),
            List.copyOf(library.values()),
            "Quadratus lumborum release and core");
    HomeProgram program =
        new HomeProgram(episode, 1, assessment, examiner, atNoon(assessment.getAssessedOn()));
    program.revise(plan.getTitle(), plan.getItems(), library);
    LocalDate startsOn = today.minusDays(sizes.days);
    program.activate(
        startsOn, startsOn.plusDays(HomeProgram.DEFAULT_REVIEW_DAYS), atNoon(startsOn));
    em.persist(program);
    UserAccount login =
        account("patient" + n, details.getFirstName() + " " + details.getLastName(), Role.PATIENT);
    em.persist(login);
    patient.giveAccount(login);
    homeCare(em, patient, program, random);
    therapistRows.add(
        String.join(
            ",",
            code,
            therapist.getAccount().getUsername(),
            String.valueOf(patient.getId()),
            String.valueOf(assessment.getId()),
            details.getLastName()));
    patientRows.add(code + "," + login.getUsername());
  }

  /**
   * An episode closed in the last 90 days: an assessment at its start and, for three in four, one
   * at its end; the program it followed, with the rounds of its last week, ended at the discharge;
   * and for half of the patients the discharge questionnaire sent.
   */
  private void discharged(
      EntityManager em,
      Patient patient,
      UserAccount examiner,
      Map<Long, Exercise> library,
      Random random) {
    LocalDate closedOn = today.minusDays(1 + random.nextInt(85));
    LocalDate openedOn = closedOn.minusDays(28 + random.nextInt(28));
    Episode episode = new Episode(patient, openedOn);
    em.persist(episode);
    Assessment first = signed(em, episode, examiner, openedOn, 7, 8, 3, 2, 3, 2);
    if (random.nextInt(4) > 0) {
      signed(em, episode, examiner, closedOn, 2 + random.nextInt(5), 6, 6, 5, 1, 1);
    }
    ProgramPlan plan =
        ProgramSuggestion.from(
            first.getTriggerPoints(),
            List.copyOf(library.values()),
            "Quadratus lumborum release and core");
    HomeProgram program = new HomeProgram(episode, 1, first, examiner, atNoon(openedOn));
    program.revise(plan.getTitle(), plan.getItems(), library);
    program.activate(
        openedOn, openedOn.plusDays(HomeProgram.DEFAULT_REVIEW_DAYS), atNoon(openedOn));
    em.persist(program);
    for (LocalDate day = closedOn.minusDays(6); !day.isAfter(closedOn); day = day.plusDays(1)) {
      for (ProgramItem item : program.getItems()) {
        if (random.nextInt(4) > 0) {
          em.persist(
              new ExerciseLog(
                  patient, item, day, 1, LogOutcome.DONE, null, atNoon(day).plusHours(7)));
        }
      }
    }
    program.end(atNoon(closedOn));
    DischargeReason reason =
        random.nextInt(5) == 0 ? DischargeReason.STOPPED_ATTENDING : DischargeReason.GOALS_MET;
    episode.discharge(reason, closedOn, null, examiner, atNoon(closedOn));
    if (random.nextBoolean()) {
      em.persist(dischargeAnswers(episode, closedOn, random));
    }
  }

  /** The discharge questionnaire as a patient sends it on the day of the discharge. */
  private static Questionnaire dischargeAnswers(Episode episode, LocalDate on, Random random) {
    Questionnaire answers =
        new Questionnaire(
            episode,
            null,
            Occasion.DISCHARGE,
            on,
            on,
            List.of("Sitting through a work meeting", "Lifting a toddler"),
            atNoon(on));
    try {
      answers.answerPain(1 + random.nextInt(5), on);
      for (OswestryIndex.Section section : OswestryIndex.Section.values()) {
        answers.answerSection(section, random.nextInt(3), on);
      }
      answers.rateActivities(List.of(5 + random.nextInt(5), 4 + random.nextInt(6)), on);
      answers.send(atNoon(on).plusHours(5), on);
    } catch (RecordException refused) {
      throw new IllegalStateException("Generated answers refused: " + refused.messageKey());
    }
    return answers;
  }

  /** Saved as a draft first: the database refuses findings added to a signed assessment. */
  private static Assessment signed(
      EntityManager em,
      Episode episode,
      UserAccount examiner,
      LocalDate on,
      int painNow,
      int painWorst,
      int sitting,
      int lifting,
      int heavy,
      int light) {
    Assessment assessment = new Assessment(episode, examiner, on, atNoon(on));
    assessment.revise(
        DemoClinics.quadratusLumborumCase(on, painNow, painWorst, sitting, lifting, heavy, light));
    em.persist(assessment);
    em.flush();
    assessment.sign(examiner, atNoon(on).plusHours(1));
    return assessment;
  }

  /** About four sessions a week with pain easing, and the rounds of the most recent days. */
  private void homeCare(EntityManager em, Patient patient, HomeProgram program, Random random) {
    int pain = 6 + random.nextInt(3);
    for (LocalDate day = program.getStartsOn(); day.isBefore(today); day = day.plusDays(1)) {
      if (random.nextInt(7) >= 4) {
        continue;
      }
      JournalForm form = new JournalForm(new UUID(random.nextLong(), random.nextLong()));
      form.setPainBefore(pain);
      form.setPainAfter(Math.max(0, pain - 1 - random.nextInt(2)));
      form.setEffort(3 + random.nextInt(5));
      form.setNote(random.nextInt(5) == 0 ? "Stiff after sitting at work" : null);
      form.setSaddleNumbness(false);
      form.setBladderOrBowel(false);
      form.setLegWeakness(false);
      form.setFever(false);
      em.persist(
          new JournalEntry(
              patient, program, program.getEpisode(), form, day, atNoon(day).plusHours(7)));
      if (random.nextInt(4) == 0 && pain > 1) {
        pain--;
      }
      if (day.isBefore(today.minusDays(ROUND_DAYS))) {
        continue;
      }
      for (ProgramItem item : program.getItems()) {
        boolean done = random.nextInt(6) > 0;
        em.persist(
            new ExerciseLog(
                patient,
                item,
                day,
                1,
                done ? LogOutcome.DONE : LogOutcome.SKIPPED,
                done ? null : SkipReason.NO_TIME,
                atNoon(day).plusHours(7)));
      }
    }
  }

  private static OffsetDateTime atNoon(LocalDate day) {
    return day.atTime(12, 0).atOffset(ZoneOffset.UTC);
  }

  private static String personName(Random random) {
    return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)]
        + " "
        + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
  }

  /** Reads back the people of a clinic generated by an earlier run. */
  private void collectPeople(long clinicId, String code, int patients) {
    EntityManager em = clinicScoped(clinicId);
    try {
      long held = em.createQuery("select count(p) from Patient p", Long.class).getSingleResult();
      if (held != patients) {
        throw new IllegalStateException(
            code
                + " holds "
                + held
                + " patients, not "
                + patients
                + ": generate into a new database (dropdb it, or name another with -Dbench.db.url)");
      }
      List<?> rows =
          em.createNativeQuery(
                  "select p.id, p.last_name, pu.username, tu.username,"
                      + " (select max(a.id) from assessment a"
                      + "   where a.tenant_id = p.tenant_id and a.patient_id = p.id)"
                      + " from patient p"
                      + " join app_user pu on pu.tenant_id = p.tenant_id and pu.id = p.account_id"
                      + " join therapist t on t.tenant_id = p.tenant_id and t.id = p.therapist_id"
                      + " join app_user tu on tu.tenant_id = t.tenant_id and tu.id = t.account_id"
                      + " where p.tenant_id = ?1 and exists (select 1 from home_program h"
                      + "   where h.tenant_id = p.tenant_id and h.patient_id = p.id"
                      + "   and h.status = 'ACTIVE')"
                      + " order by p.id")
              .setParameter(1, clinicId)
              .setHint("eclipselink.jdbc.allow-native-sql-query", true)
              .getResultList();
      for (Object item : rows) {
        Object[] row = (Object[]) item;
        therapistRows.add(
            String.join(",", code, (String) row[3], row[0] + "", row[4] + "", (String) row[1]));
        patientRows.add(code + "," + row[2]);
      }
    } finally {
      em.close();
    }
  }

  private void writePeople(Path out) throws IOException {
    Files.createDirectories(out);
    List<String> therapists =
        new ArrayList<>(List.of("clinic,username,patientId,assessmentId,lastName"));
    therapists.addAll(therapistRows);
    List<String> patients = new ArrayList<>(List.of("clinic,username"));
    patients.addAll(patientRows);
    Files.write(out.resolve("therapists.csv"), therapists);
    Files.write(out.resolve("patients.csv"), patients);
  }
}
