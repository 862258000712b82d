package org.clinicportal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;

/**
 * The services' packages point one way. At the bottom, {@code platform} (tenancy, the principal,
 * entity bases) and {@code anatomy} use none of the others; the audit trail, accounts and the
 * register of clinics build on them; the clinical features (patient, assessment, exercise, program,
 * homecare) sit above; sign-in and the demo data at the top. A feature that needs to tell a lower
 * package something does it with a CDI event the lower package declares (see {@code ClinicOpened}).
 */
@AnalyzeClasses(packages = "org.clinicportal", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

  @ArchTest
  static final ArchRule noCycleBetweenPackages =
      slices().matching("org.clinicportal.(*)..").should().beFreeOfCycles();

  @ArchTest static final ArchRule platformStandsAlone = usesOnly("platform");

  @ArchTest static final ArchRule anatomyStandsAlone = usesOnly("anatomy");

  @ArchTest static final ArchRule auditTrailRestsOnPlatform = usesOnly("audit", "platform");

  @ArchTest
  static final ArchRule accountsRestOnAuditTrail = usesOnly("security", "platform", "audit");

  @ArchTest
  static final ArchRule clinicRegisterKnowsNoFeature =
      usesOnly("clinic", "platform", "audit", "security");

  @ArchTest
  static final ArchRule exerciseLibraryKnowsNoPatient =
      usesOnly("exercise", "platform", "anatomy", "clinic");

  @ArchTest static final ArchRule outboxKnowsNoPatient = usesOnly("mail", "platform", "clinic");

  @ArchTest
  static final ArchRule demoDataIsUsedByNothing =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.clinicportal.demo..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.clinicportal.demo..");

  @ArchTest
  static final ArchRule servicesKnowNoPage =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.clinicportal.web..", "jakarta.faces..", "org.primefaces..", "jakarta.servlet..")
          .because("the services serve pages, REST resources and timers alike");

  private static ArchRule usesOnly(String feature, String... below) {
    String[] allowed =
        Stream.concat(Stream.of(feature), Stream.of(below))
            .map(name -> "org.clinicportal." + name + "..")
            .toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage("org.clinicportal." + feature + "..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.clinicportal..").and(resideOutsideOfPackages(allowed)))
        .as(
            "org.clinicportal."
                + feature
                + " uses no portal package but "
                + String.join(", ", below));
  }
}
