/** Pages of the platform administrator, who stands outside every clinic. */
package org.clinicportal.web.operator;
