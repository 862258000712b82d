/*
 * The patient app's service worker, scoped to the patient's pages. It keeps the offline app's own
 * files and the exercises' pictures (never a page with patient data: the plan and the queue live in
 * the app's IndexedDB),
 * fetched afresh whenever the network answers and kept from the last answer otherwise, and it
 * answers a patient page asked for without a network with the offline app. Each version keeps its
 * files under its own name; a new version removes the others. When the browser wakes it for a
 * background sync, it sends what the app left in its outbox and tells the open app.
 */
'use strict';

importScripts('app/outbox.js');

var VERSION = 'portal-patient-app-2';
var SHELL = [
  'app/index.html',
  'app/app.js',
  'app/outbox.js',
  'app/app.css',
  'app/icon-192.png',
  'app/icon-512.png',
  '../jakarta.faces.resource/js/exercise-timer.js.xhtml'
];

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(VERSION).then(function (cache) {
      return cache.addAll(SHELL.map(function (path) {
        return new Request(path, { credentials: 'same-origin', cache: 'reload' });
      }));
    }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf('portal-patient-app-') === 0 && name !== VERSION;
      }).map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); }));
});

// The file from the network, kept for later; the kept copy when the network does not answer. A
// redirect (a session that ended sends the sign-in page) is passed on and never kept.
function freshOrKept(request, key) {
  return fetch(request).then(function (response) {
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(VERSION).then(function (cache) { cache.put(key, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(key).then(function (kept) {
      return kept || Response.error();
    });
  });
}

// An exercise's picture: a built-in routine's drawing or the clinic's own upload.
function isPicture(url) {
  return url.pathname.indexOf('/jakarta.faces.resource/images/exercises/') >= 0
    || url.pathname.endsWith('/exercise-picture');
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  var scope = new URL(self.registration.scope);
  var shell = SHELL.some(function (path) { return new URL(path, scope).pathname === url.pathname; });
  var appPage = url.pathname === new URL('app/', scope).pathname;
  if (isPicture(url)) {
    event.respondWith(freshOrKept(request, url.href));
    return;
  }
  if (shell || appPage) {
    var kept = appPage ? new URL('app/index.html', scope).href : url.href;
    event.respondWith(freshOrKept(request, kept));
    return;
  }
  if (request.mode === 'navigate' && url.pathname.indexOf(scope.pathname) === 0) {
    event.respondWith(
      fetch(request).catch(function () {
        return caches.match(new URL('app/index.html', scope).href);
      }));
  }
});

// Sends the outbox; a network that still fails asks the browser to try again later.
self.addEventListener('sync', function (event) {
  if (event.tag !== self.PortalOutbox.SYNC_TAG) {
    return;
  }
  event.waitUntil(self.PortalOutbox.send().then(function (result) {
    return self.clients.matchAll({ type: 'window' }).then(function (windows) {
      windows.forEach(function (client) {
        client.postMessage({ type: 'outbox-sent', sent: result.sent.length });
      });
      if (result.stopped === 'offline') {
        throw new Error('The portal could not be reached; the browser tries again later.');
      }
    });
  }));
});
