/**
 * Home care between visits: the patient's plan for the day, what they did of it, their journal of
 * pain and safety answers, adherence, and the alerts that tell a therapist when to look.
 */
package org.clinicportal.homecare;
