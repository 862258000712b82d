/*
 * What the patient did without a network, kept on the device until the portal has it. The app page
 * and the service worker both load this file: the page sends when it opens and when the network
 * comes back, the worker when the browser wakes it for a background sync. Every item carries a key
 * made on the device and the account it was made under; the portal records an item once however
 * often it arrives, and an item is only ever sent under the account that made it.
 */
(function (scope) {
  'use strict';

  // The page and the worker sit at different depths under the portal's /patient/ pages.
  var path = scope.location.pathname;
  var API = path.slice(0, path.indexOf('/patient/')) + '/api/patient/';
  var DB = 'portal-patient';
  var SYNC_TAG = 'portal-outbox';
  var database = null;

  function open() {
    if (database) {
      return Promise.resolve(database);
    }
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore('plan');
        request.result.createObjectStore('queue', { keyPath: 'key' });
      };
      request.onsuccess = function () {
        database = request.result;
        database.onversionchange = function () {
          database.close();
          database = null;
        };
        resolve(database);
      };
      request.onerror = function () { reject(request.error); };
    });
  }

  function store(name, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(name, mode);
        var request = work(tx.objectStore(name));
        tx.oncomplete = function () { resolve(request ? request.result : undefined); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error); };
      });
    });
  }

  function newKey() {
    if (scope.crypto && scope.crypto.randomUUID) {
      return scope.crypto.randomUUID();
    }
    var bytes = scope.crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); });
    return [hex.slice(0, 4), hex.slice(4, 6), hex.slice(6, 8), hex.slice(8, 10), hex.slice(10)]
      .map(function (part) { return part.join(''); }).join('-');
  }

  function call(method, path, body) {
    var options = {
      method: method,
      headers: { 'X-Portal-Api': '1', 'Accept': 'application/json' },
      credentials: 'same-origin',
      cache: 'no-store',
      redirect: 'error'
    };
    if (body) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(API + path, options);
  }

  // The items waiting, oldest first; with an owner, only those made under that account.
  function waiting(owner) {
    return store('queue', 'readonly', function (s) { return s.getAll(); }).then(function (items) {
      return (items || []).filter(function (item) {
        return !owner || item.owner === owner;
      }).sort(function (a, b) { return a.made - b.made; });
    });
  }

  function add(item) {
    item.key = item.key || newKey();
    item.made = item.made || Date.now();
    return store('queue', 'readwrite', function (s) { return s.put(item); }).then(function () {
      return item;
    });
  }

  function forget(item) {
    return store('queue', 'readwrite', function (s) { return s.delete(item.key); });
  }

  function keptPlan() {
    return store('plan', 'readonly', function (s) { return s.get('today'); });
  }

  function keepPlan(plan) {
    return store('plan', 'readwrite', function (s) { return s.put(plan, 'today'); });
  }

  function dropPlan() {
    return store('plan', 'readwrite', function (s) { return s.clear(); });
  }

  // The request body of an item, as the portal's API takes it.
  function body(item) {
    if (item.kind === 'journal') {
      return {
        key: item.key, day: item.day, program: item.program,
        painBefore: item.painBefore, painAfter: item.painAfter, effort: item.effort, note: item.note,
        saddleNumbness: item.saddleNumbness, bladderOrBowel: item.bladderOrBowel,
        legWeakness: item.legWeakness, fever: item.fever
      };
    }
    return { item: item.item, day: item.day, round: item.round, outcome: item.outcome,
      reason: item.reason || null };
  }

  /*
   * Sends the items of the signed-in account, oldest first. An item the portal refuses (4xx) is
   * dropped and named in the result, since sending it again would be refused again; sending stops at
   * the first item the network or the session does not take, and those items wait for the next try.
   * The result: {owner, sent, refused: [{item, message}], stopped: null | 'offline' | 'signedOut'}.
   */
  var sending = null;
  function send() {
    if (sending) {
      return sending;
    }
    var result = { owner: null, sent: [], refused: [], stopped: null };
    sending = call('GET', 'today').then(function (response) {
      if (response.status === 401 || response.status === 403) {
        result.stopped = 'signedOut';
        return result;
      }
      if (!response.ok) {
        result.stopped = 'offline';
        return result;
      }
      return response.json().then(function (today) {
        result.owner = today.owner;
        return waiting(today.owner);
      }).then(function next(items) {
        if (!items.length) {
          return result;
        }
        var item = items[0];
        var path = item.kind === 'journal' ? 'journal' : 'rounds';
        return call('POST', path, body(item)).then(function (answer) {
          if (answer.ok) {
            return answer.json().then(function (kept) {
              result.sent.push({ item: item, kept: kept });
              return forget(item);
            }).then(function () { return next(items.slice(1)); });
          }
          if (answer.status >= 400 && answer.status < 500) {
            return answer.json().catch(function () { return {}; }).then(function (problem) {
              if (answer.status === 401 || problem.error === 'api.passwordChange') {
                result.stopped = 'signedOut';
                return result;
              }
              result.refused.push({ item: item, message: problem.message || String(answer.status) });
              return forget(item).then(function () { return next(items.slice(1)); });
            });
          }
          result.stopped = 'offline';
          return result;
        });
      });
    }).catch(function () {
      result.stopped = 'offline';
      return result;
    }).then(function (done) {
      sending = null;
      return done;
    });
    return sending;
  }

  scope.PortalOutbox = {
    SYNC_TAG: SYNC_TAG,
    call: call,
    waiting: waiting,
    add: add,
    keptPlan: keptPlan,
    keepPlan: keepPlan,
    dropPlan: dropPlan,
    send: send
  };
}(self));
