/*
 * The patient's offline app: today's plan from the portal's JSON API, kept on the device
 * (IndexedDB) so that it shows without a network, and rounds marked done kept in a queue on the
 * device until they reach the portal. Each queued item carries a key made here; the portal logs
 * a round once however often it is sent. The service worker (../sw.js) keeps this page itself.
 */
(function () {
  'use strict';

  var API = '../../api/patient/';
  var DB = 'portal-patient';
  var db = null;
  var plan = null;
  var flushing = false;

  function openDb() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore('plan');
        request.result.createObjectStore('queue', { keyPath: 'key' });
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { reject(request.error); };
    });
  }

  function store(name, mode, work) {
    return new Promise(function (resolve, reject) {
      var tx = db.transaction(name, mode);
      var result = work(tx.objectStore(name));
      tx.oncomplete = function () { resolve(result && 'result' in result ? result.result : undefined); };
      tx.onerror = function () { reject(tx.error); };
    });
  }

  function queued() {
    return store('queue', 'readonly', function (s) { return s.getAll(); }).then(function (items) {
      return (items || []).sort(function (a, b) { return a.made - b.made; });
    });
  }

  function newKey() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
      var r = Math.random() * 16 | 0;
      return (c === 'x' ? r : (r & 0x3 | 0x8)).toString(16);
    });
  }

  function call(method, path, body) {
    var options = { method: method, headers: { 'X-Portal-Api': '1', 'Accept': 'application/json' },
      credentials: 'same-origin', cache: 'no-store' };
    if (body) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(API + path, options);
  }

  function say(id, text) {
    var element = document.getElementById(id);
    element.textContent = text || '';
    element.hidden = !text;
  }

  function signInAgain() {
    say('status', 'Your session has ended. Sign in again to see your plan.');
    var link = document.createElement('a');
    link.href = '../../signin.xhtml';
    link.textContent = ' Sign in';
    document.getElementById('status').appendChild(link);
  }

  function load() {
    return call('GET', 'today').then(function (response) {
      if (response.status === 401) {
        plan = null;
        return store('plan', 'readwrite', function (s) { return s.clear(); }).then(signInAgain);
      }
      if (!response.ok) {
        throw new Error('answered ' + response.status);
      }
      return response.json().then(function (today) {
        plan = { today: today, at: Date.now() };
        say('status', '');
        return store('plan', 'readwrite', function (s) { return s.put(plan, 'today'); });
      });
    }).catch(function () {
      return store('plan', 'readonly', function (s) { return s.get('today'); }).then(function (kept) {
        plan = kept || null;
        say('status', kept
          ? 'Offline: your plan as of ' + new Date(kept.at).toLocaleString() + '.'
          : 'Offline, and this phone has no copy of your plan yet.');
      });
    }).then(render);
  }

  function render() {
    return queued().then(function (items) {
      var waiting = items.length;
      say('waiting', waiting ? waiting + (waiting === 1 ? ' item' : ' items') + ' waiting to send' : '');
      var list = document.getElementById('exercises');
      list.textContent = '';
      var today = plan && plan.today;
      document.getElementById('empty').hidden = !(today && !today.program);
      if (!today || !today.program) {
        return;
      }
      document.getElementById('title').textContent = today.program.title;
      today.exercises.forEach(function (exercise) {
        list.appendChild(card(exercise, items));
      });
    });
  }

  function card(exercise, items) {
    var node = document.getElementById('exercise').content.cloneNode(true);
    var picture = node.querySelector('.app-picture');
    if (exercise.picture) {
      picture.src = exercise.picture;
    } else {
      picture.remove();
    }
    node.querySelector('.app-exercise-name').textContent = exercise.name;
    node.querySelector('.app-dosage').textContent = exercise.dosage;
    node.querySelector('.app-notes').textContent = exercise.notes || '';
    var steps = node.querySelector('.app-steps');
    (exercise.steps || []).forEach(function (step) {
      var li = document.createElement('li');
      li.textContent = step;
      steps.appendChild(li);
    });
    node.querySelector('.app-cautions').textContent = exercise.cautions || '';
    var rounds = node.querySelector('.app-rounds');
    exercise.rounds.forEach(function (round) {
      rounds.appendChild(roundRow(exercise, round, items));
    });
    return node;
  }

  function roundRow(exercise, round, items) {
    var li = document.createElement('li');
    li.className = 'app-round';
    var label = 'Round ' + round.round + ' of ' + exercise.rounds.length;
    var pending = items.some(function (item) {
      return item.item === exercise.item && item.round === round.round;
    });
    var text = document.createElement('span');
    if (round.outcome === 'DONE') {
      text.className = 'app-done';
      text.textContent = label + ': done';
    } else if (round.outcome === 'SKIPPED') {
      text.textContent = label + ': skipped';
    } else if (pending) {
      text.className = 'app-pending';
      text.textContent = label + ': done, waiting to send';
    } else {
      text.textContent = label;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'app-mark-done';
      button.textContent = 'Mark done';
      button.addEventListener('click', function () { markDone(exercise.item, round.round); });
      li.appendChild(text);
      li.appendChild(button);
      return li;
    }
    li.appendChild(text);
    return li;
  }

  function markDone(item, round) {
    var entry = { key: newKey(), made: Date.now(), kind: 'round', item: item, round: round,
      outcome: 'DONE', program: plan.today.program.id, day: plan.today.day };
    return store('queue', 'readwrite', function (s) { return s.put(entry); })
      .then(render)
      .then(flush);
  }

  function forget(item) {
    return store('queue', 'readwrite', function (s) { return s.delete(item.key); });
  }

  // Sends what waits, oldest first; stops at the first item the network or the session refuses.
  function flush() {
    if (flushing || !navigator.onLine) {
      return Promise.resolve();
    }
    flushing = true;
    return queued().then(function sendNext(items) {
      if (!items.length) {
        return true;
      }
      var item = items[0];
      return call('POST', 'rounds', { item: item.item, round: item.round, outcome: item.outcome })
        .then(function (response) {
          if (response.status === 401) {
            signInAgain();
            return false;
          }
          if (response.ok) {
            return forget(item).then(function () { return sendNext(items.slice(1)); });
          }
          if (response.status >= 400 && response.status < 500) {
            return response.json().catch(function () { return {}; }).then(function (problem) {
              say('status', 'A round could not be recorded: ' + (problem.message || response.status));
              return forget(item).then(function () { return sendNext(items.slice(1)); });
            });
          }
          return false;
        });
    }).then(function (emptied) {
      flushing = false;
      return emptied ? load() : render();
    }, function () {
      flushing = false;
      return render();
    });
  }

  window.addEventListener('online', flush);
  if ('serviceWorker' in navigator) {
    // Left while registering, the app registers again on its next opening.
    navigator.serviceWorker.register('../sw.js', { scope: '../' }).catch(function () { return null; });
  }
  openDb().then(function (opened) {
    db = opened;
    return load();
  }).then(flush).catch(function () {
    say('status', 'This phone cannot keep your plan (its storage is off), so it needs a network.');
  });
}());
