/** Patient records pages for therapists and clinic administrators: list and search, chart, edit. */
package org.clinicportal.web.records;
