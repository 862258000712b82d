/** Pages of the clinic administrator. */
package org.clinicportal.web.admin;
