/**
 * Home program pages: the chart's program tab, the program editor and the program as prescribed.
 */
package org.clinicportal.web.program;
