package org.clinicportal.patient;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A date of birth that is not in the future and not more than 120 years ago. */
@Documented
@Constraint(validatedBy = PlausibleBirthDate.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface PlausibleBirthDate {

  /** The oldest age the portal accepts. */
  int MAX_AGE_YEARS = 120;

  String message() default "{patient.dateOfBirth.implausible}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the rule, today or on any given day. */
  class Check implements ConstraintValidator<PlausibleBirthDate, LocalDate> {

    public static boolean isPlausible(LocalDate dateOfBirth, LocalDate today) {
      return dateOfBirth == null
          || (!dateOfBirth.isAfter(today)
              && !dateOfBirth.isBefore(today.minusYears(MAX_AGE_YEARS)));
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return isPlausible(value, LocalDate.now());
    }
  }
}
