/**
 * Patient records pages for therapists and clinic administrators: the list and its search ({@code
 * PatientList}, {@code PatientTableModel}), the chart ({@code PatientChart}, with the
 * portal-account panel {@code PortalAccessPanel}) and the edit page. Named after what the staff
 * call these pages; the services behind them are in the ejb package {@code patient}. The chart's
 * other tabs belong to their features: {@code AssessmentsTab}, {@code ProgramTab}, {@code
 * HomeCareTab}.
 */
package org.clinicportal.web.records;
