/**
 * The review of a home program on its review date: how the patient kept to it, how their pain went,
 * what safety answers and alerts came in, and a proposal per exercise for the next version, which
 * the therapist accepts, changes or rejects. Accepting makes the next version of the program.
 */
package org.clinicportal.review;
