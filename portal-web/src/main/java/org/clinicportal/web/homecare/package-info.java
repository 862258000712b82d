/**
 * Home-care pages: the patient's today, journal and progress at phone width, the therapist's alerts
 * and the home-care tab of the chart.
 */
package org.clinicportal.web.homecare;
