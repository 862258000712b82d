/**
 * Home programs: exercises from the clinic's library in phases, each with its dosage, suggested
 * from a signed assessment, assigned with a start and a review date, and versioned when changed.
 */
package org.clinicportal.program;
