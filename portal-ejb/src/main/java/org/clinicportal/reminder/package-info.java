/**
 * Exercise reminders: the times and days a patient chooses, when each reminder, evening nudge and
 * weekly check-in falls in the clinic's time zone, and the calendar feed a patient can subscribe
 * to.
 */
package org.clinicportal.reminder;
