/*
 * PrimeFaces 15 writes aria-hidden="true" on the file input of its simple upload, which leaves a control
 * that takes the keyboard's focus hidden from screen readers. The input is the control people use, so the
 * attribute is taken off once the page is read.
 */
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('input[type=file][aria-hidden]').forEach(function (input) {
    input.removeAttribute('aria-hidden');
  });
});
