/**
 * The anatomy the clinical features share: the lower-back and hip muscles and the body's sides. The
 * assessment records findings against it and the exercise library names what each routine works.
 */
package org.clinicportal.anatomy;
