/*
 * Installs the patient app's service worker from the patient's pages, so that after one visit
 * online the offline app (patient/app/) opens without a network.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !('serviceWorker' in navigator)) {
    return;
  }
  var context = script.src.substring(0, script.src.indexOf('/jakarta.faces.resource/'));
  // A page left while the worker registers aborts the registration; the next patient page tries again.
  navigator.serviceWorker
    .register(context + '/patient/sw.js', { scope: context + '/patient/' })
    .catch(function () { return null; });
}());
