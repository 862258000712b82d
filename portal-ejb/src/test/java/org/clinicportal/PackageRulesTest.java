package org.clinicportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** How the feature packages may depend on each other. */
@AnalyzeClasses(packages = "org.clinicportal", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

  /** Reminders are worked out from the patient's choices alone, so any feature may use them. */
  @ArchTest
  static final ArchRule remindersUseNoFeatureButThePlatform =
      classes()
          .that()
          .resideInAPackage("org.clinicportal.reminder..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.clinicportal.reminder..", "org.clinicportal.platform..", "java..");
}
