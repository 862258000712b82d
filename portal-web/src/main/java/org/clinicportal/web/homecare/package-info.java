/**
 * Home-care pages: the patient's today, journal, progress and reminders at phone width, the feed
 * their phone's calendar subscribes to, the therapist's alerts and the home-care tab of the chart.
 */
package org.clinicportal.web.homecare;
