/**
 * The exercise library: the built-in release, stretching and strengthening routines every clinic
 * starts with, and the exercises a clinic adds itself.
 */
package org.clinicportal.exercise;
