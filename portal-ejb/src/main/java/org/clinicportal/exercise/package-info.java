/**
 * The exercise library: the built-in release, stretching and strengthening routines every clinic
 * starts with, the exercises a clinic adds itself, and the dosage an exercise is done at.
 */
package org.clinicportal.exercise;
