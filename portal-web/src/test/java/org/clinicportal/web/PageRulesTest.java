package org.clinicportal.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The web tier reaches patient data only through the services, which bind the clinic and check the
 * role; a backing bean with its own EntityManager would bypass both.
 */
@AnalyzeClasses(
    packages = "org.clinicportal.web",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PageRulesTest {

  @ArchTest
  static final ArchRule noBeanTouchesTheDatabase =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "org.eclipse.persistence..", "java.sql..")
          .because("services bind the clinic and check the role before any read");

  @ArchTest
  static final ArchRule noCycleBetweenPagePackages =
      slices().matching("org.clinicportal.web.(*)..").should().beFreeOfCycles();
}
