/**
 * The trigger-point assessment of the lower back: red-flag screening, pain, disability and function
 * scores, trigger-point findings per muscle, and the rules that read them.
 */
package org.clinicportal.assessment;
