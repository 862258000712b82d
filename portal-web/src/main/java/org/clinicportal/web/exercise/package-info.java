/** The clinic's exercise library: browsing, filtering, adding and hiding exercises. */
package org.clinicportal.web.exercise;
