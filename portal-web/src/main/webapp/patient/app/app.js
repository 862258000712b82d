/*
 * The patient's offline app: today's plan from the portal's JSON API, kept on the device
 * (IndexedDB) so that it shows without a network, with the hold-and-rest timer, rounds marked done
 * or skipped, and the journal with its safety questions. What the patient does waits in the outbox
 * (outbox.js) until the portal has it. A yes to a safety question shows the seek-care-now
 * instruction at once, network or not. The service worker (../sw.js) keeps these files.
 */
(function () {
  'use strict';

  var outbox = window.PortalOutbox;
  var plan = null;
  var QUESTIONS = ['saddleNumbness', 'bladderOrBowel', 'legWeakness', 'fever'];

  function words() {
    return (plan && plan.today && plan.today.words) || {};
  }

  // A word of the patient's language, its {0} and {1} filled in; before the phone has any plan, the
  // English given as the fallback.
  function word(key, first, second, fallback) {
    var text = words()[key] || fallback || '';
    return text.replace('{0}', first === undefined ? '' : first)
      .replace('{1}', second === undefined ? '' : second);
  }

  function say(id, text) {
    var element = document.getElementById(id);
    element.textContent = text || '';
    element.hidden = !text;
  }

  // The clinic's calendar day now, in the clinic's time zone as the portal gave it.
  function clinicDay() {
    var zone = plan && plan.today && plan.today.zone;
    try {
      return new Intl.DateTimeFormat('en-CA', { timeZone: zone || undefined, year: 'numeric',
        month: '2-digit', day: '2-digit' }).format(new Date());
    } catch (unknownZone) {
      return new Date().toISOString().slice(0, 10);
    }
  }

  function owner() {
    return plan && plan.today ? plan.today.owner : null;
  }

  function signInAgain() {
    say('status', word('app.sessionEnded', undefined, undefined,
      'Your session has ended. Sign in again to see your plan and send what waits.'));
    var link = document.createElement('a');
    link.href = '../../signin.xhtml';
    link.textContent = ' Sign in';
    document.getElementById('status').appendChild(link);
  }

  function load() {
    return outbox.call('GET', 'today').then(function (response) {
      if (response.status === 401 || response.status === 403) {
        plan = null;
        return outbox.dropPlan().then(signInAgain);
      }
      if (!response.ok) {
        throw new Error('answered ' + response.status);
      }
      return response.json().then(function (today) {
        plan = { today: today, at: Date.now() };
        say('status', '');
        return outbox.keepPlan(plan);
      });
    }).catch(function () {
      return outbox.keptPlan().then(function (kept) {
        plan = kept || null;
        say('status', kept
          ? word('app.offlineAsOf', new Date(kept.at).toLocaleString(document.documentElement.lang))
          : word('app.offlineNoCopy', undefined, undefined,
            'Offline, and this phone has no copy of your plan yet.'));
      });
    }).then(render);
  }

  // The app's own words (its name, headings, the page's language) in the patient's language.
  function renderShell() {
    if (!plan || !plan.today || !plan.today.language) {
      return;
    }
    document.documentElement.lang = plan.today.language;
    document.title = word('app.title');
    document.querySelectorAll('[data-shell-word]').forEach(function (element) {
      element.textContent = word(element.getAttribute('data-shell-word'));
    });
  }

  function render() {
    renderShell();
    var mine = owner();
    return (mine ? outbox.waiting(mine) : Promise.resolve([])).then(function (items) {
      say('waiting', items.length === 0 ? ''
        : items.length === 1 ? word('app.waitingOne') : word('app.waitingMany', items.length));
      var list = document.getElementById('exercises');
      var today = plan && plan.today;
      if (!today || !today.program) {
        list.textContent = '';
        list.removeAttribute('data-plan');
      }
      document.getElementById('empty').hidden = !(today && !today.program);
      document.getElementById('journal').hidden = !today;
      if (!today) {
        return;
      }
      renderJournal(items);
      if (!today.program) {
        return;
      }
      document.getElementById('title').textContent = today.program.title;
      var day = clinicDay();
      var answersAreToday = today.day === day;
      var shape = today.program.id + '/' + today.exercises.map(function (e) { return e.item; }).join(',');
      if (list.getAttribute('data-plan') !== shape) {
        // A new plan: the cards are made afresh. Otherwise only the rounds change, so that a
        // timer counting down is not interrupted.
        list.textContent = '';
        list.setAttribute('data-plan', shape);
        today.exercises.forEach(function (exercise) {
          list.appendChild(card(exercise));
        });
        if (window.ExerciseTimer) {
          window.ExerciseTimer.init(list);
        }
      }
      today.exercises.forEach(function (exercise) {
        var rounds = list.querySelector('.app-rounds[data-item="' + exercise.item + '"]');
        rounds.textContent = '';
        exercise.rounds.forEach(function (round) {
          rounds.appendChild(roundRow(exercise, round, items, day, answersAreToday));
        });
      });
    });
  }

  function card(exercise) {
    var node = document.getElementById('exercise').content.cloneNode(true);
    var picture = node.querySelector('.app-picture');
    if (exercise.picture) {
      picture.src = exercise.picture;
    } else {
      picture.remove();
    }
    node.querySelector('.app-exercise-name').textContent = exercise.name;
    node.querySelector('summary').textContent = word('care.today.how');
    node.querySelector('.app-dosage').textContent = exercise.dosage;
    node.querySelector('.app-notes').textContent = exercise.notes || '';
    var steps = node.querySelector('.app-steps');
    (exercise.steps || []).forEach(function (step) {
      var li = document.createElement('li');
      li.textContent = step;
      steps.appendChild(li);
    });
    node.querySelector('.app-cautions').textContent = exercise.cautions || '';
    var timer = timerFor(exercise.timer);
    if (timer) {
      node.querySelector('.app-rounds').before(timer);
    }
    node.querySelector('.app-rounds').setAttribute('data-item', String(exercise.item));
    return node;
  }

  // The timer markup the portal's exercise timer (exercise-timer.js) binds to.
  function timerFor(timer) {
    if (!timer || (timer.holdSeconds == null && timer.durationSeconds == null)) {
      return null;
    }
    var root = document.createElement('div');
    root.className = 'exercise-timer';
    var data = { hold: timer.holdSeconds, reps: timer.repetitions, sets: timer.sets,
      rest: timer.restSeconds, duration: timer.durationSeconds,
      labelHold: word('care.timer.hold'), labelRest: word('care.timer.rest'),
      labelGo: word('care.timer.go'), labelDone: word('care.timer.done'),
      labelRep: words()['care.timer.rep'] || '', labelSet: words()['care.timer.set'] || '' };
    Object.keys(data).forEach(function (name) {
      root.dataset[name] = data[name] == null ? '' : String(data[name]);
    });
    var phase = document.createElement('div');
    phase.className = 'timer-phase';
    phase.setAttribute('aria-live', 'polite');
    var clock = document.createElement('div');
    clock.className = 'timer-clock';
    clock.setAttribute('role', 'timer');
    var progress = document.createElement('div');
    progress.className = 'timer-progress';
    var buttons = document.createElement('div');
    buttons.className = 'app-timer-buttons';
    [['timer-start', 'care.timer.start'], ['timer-pause', 'care.timer.pause'],
      ['timer-reset', 'care.timer.reset']].forEach(function (pair) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = pair[0];
      button.textContent = word(pair[1]);
      buttons.appendChild(button);
    });
    root.append(phase, clock, progress, buttons);
    return root;
  }

  function roundRow(exercise, round, items, day, answersAreToday) {
    var li = document.createElement('li');
    li.className = 'app-round';
    var label = word('care.today.round', round.round, exercise.rounds.length);
    var pending = items.some(function (item) {
      return item.kind === 'round' && item.item === exercise.item && item.round === round.round
        && item.day === day;
    });
    var outcome = answersAreToday ? round.outcome : null;
    var text = document.createElement('span');
    li.appendChild(text);
    if (pending) {
      text.className = 'app-pending';
      text.textContent = word('app.roundWaiting', label);
    } else if (outcome === 'DONE') {
      text.className = 'app-done';
      text.textContent = label + ': ' + word('care.today.done');
    } else if (outcome === 'SKIPPED') {
      text.textContent = label + ': ' + word('care.today.skipped');
    } else {
      text.textContent = label;
      var done = document.createElement('button');
      done.type = 'button';
      done.className = 'app-mark-done';
      done.textContent = word('care.today.markDone');
      done.addEventListener('click', function () {
        logRound(exercise.item, round.round, 'DONE', null);
      });
      var skip = document.createElement('button');
      skip.type = 'button';
      skip.className = 'app-skip app-secondary';
      skip.textContent = word('care.today.skip');
      skip.addEventListener('click', function () {
        skip.replaceWith(skipChoice(exercise.item, round.round));
      });
      li.append(done, skip);
    }
    return li;
  }

  // A list of reasons; choosing one skips the round.
  function skipChoice(item, round) {
    var id = 'skip-' + item + '-' + round;
    var wrapper = document.createElement('span');
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = word('care.today.skipWhy');
    var select = document.createElement('select');
    select.id = id;
    select.className = 'app-skip-reason';
    var none = document.createElement('option');
    none.value = '';
    none.textContent = '…';
    select.appendChild(none);
    Object.keys(words()).filter(function (key) {
      return key.indexOf('skipReason.') === 0;
    }).forEach(function (key) {
      var option = document.createElement('option');
      option.value = key.slice('skipReason.'.length);
      option.textContent = word(key);
      select.appendChild(option);
    });
    select.addEventListener('change', function () {
      if (select.value) {
        logRound(item, round, 'SKIPPED', select.value);
      }
    });
    wrapper.append(label, select);
    return wrapper;
  }

  function logRound(item, round, outcome, reason) {
    return keep({ kind: 'round', owner: owner(), item: item, round: round, outcome: outcome,
      reason: reason, day: clinicDay() });
  }

  // The journal form, its questions in the patient's words, and the entries waiting to send.
  function renderJournal(items) {
    var form = document.getElementById('journalForm');
    document.querySelector('.app-journal-title').textContent = word('care.journal.new');
    form.querySelectorAll('[data-word]').forEach(function (element) {
      element.textContent = word(element.getAttribute('data-word'));
    });
    form.querySelectorAll('.app-question').forEach(function (question) {
      if (question.childElementCount) {
        return;
      }
      var name = question.getAttribute('data-question');
      var text = document.createElement('p');
      text.id = 'q-' + name;
      text.textContent = word(question.getAttribute('data-word-key'));
      question.setAttribute('role', 'radiogroup');
      question.setAttribute('aria-labelledby', text.id);
      question.appendChild(text);
      [['true', 'care.yes'], ['false', 'care.no']].forEach(function (pair) {
        var label = document.createElement('label');
        var input = document.createElement('input');
        input.type = 'radio';
        input.name = name;
        input.value = pair[0];
        input.id = name + '-' + pair[0];
        label.append(input, document.createTextNode(word(pair[1])));
        question.appendChild(label);
      });
    });
    var waiting = document.getElementById('entriesWaiting');
    waiting.textContent = '';
    items.filter(function (item) { return item.kind === 'journal'; }).forEach(function (item) {
      var li = document.createElement('li');
      li.textContent = word('app.entryWaiting', item.day);
      waiting.appendChild(li);
    });
  }

  function score(form, name) {
    var value = form.elements[name].value.trim();
    return /^\d{1,2}$/.test(value) && Number(value) <= 10 ? Number(value) : null;
  }

  function answer(form, name) {
    var chosen = form.querySelector('input[name="' + name + '"]:checked');
    return chosen ? chosen.value === 'true' : null;
  }

  // The entry as the journal page checks it; a problem is named on the form and nothing is kept.
  function saveEntry(event) {
    event.preventDefault();
    var form = event.target;
    var entry = { kind: 'journal', owner: owner(), day: clinicDay(),
      program: plan.today.program ? plan.today.program.id : null,
      painBefore: score(form, 'painBefore'), painAfter: score(form, 'painAfter'),
      effort: score(form, 'effort'), note: form.elements.note.value.trim() || null };
    QUESTIONS.forEach(function (name) { entry[name] = answer(form, name); });
    var problem = entry.painBefore === null || entry.painAfter === null ? 'journal.pain'
      : entry.effort === null ? 'journal.effort'
        : entry.note && entry.note.length > 1000 ? 'journal.note'
          : QUESTIONS.some(function (name) { return entry[name] === null; }) ? 'journal.safety'
            : null;
    say('journalProblem', problem ? word(problem) : '');
    if (problem) {
      return Promise.resolve();
    }
    if (QUESTIONS.some(function (name) { return entry[name]; })) {
      showUrgent(false);
    }
    form.reset();
    return keep(entry);
  }

  // The seek-care-now instruction, shown without waiting for the network.
  function showUrgent(therapistAlerted) {
    var box = document.getElementById('urgent');
    box.querySelector('.app-urgent-title').textContent = word('care.urgent.title');
    box.querySelector('.app-urgent-text').textContent = word('care.urgent.text');
    box.querySelector('.app-urgent-therapist').textContent =
      word(therapistAlerted ? 'care.urgent.therapist' : 'care.urgent.therapistLater');
    box.hidden = false;
    box.scrollIntoView({ block: 'start' });
  }

  // Keeps an item on the device, asks the browser to send it when it can, and tries at once.
  function keep(item) {
    return outbox.add(item).then(function () {
      if ('serviceWorker' in navigator && 'SyncManager' in window) {
        navigator.serviceWorker.ready.then(function (registration) {
          return registration.sync.register(outbox.SYNC_TAG);
        }).catch(function () { return null; });
      }
      return render();
    }).then(send);
  }

  function send() {
    if (!navigator.onLine) {
      return render();
    }
    return outbox.send().then(settled);
  }

  // What a try to send came to: an alert confirmed, refusals named, the plan fetched afresh.
  function settled(result) {
    if (result.stopped === 'signedOut') {
      signInAgain();
      return render();
    }
    result.sent.forEach(function (sent) {
      if (sent.kept && sent.kept.safetyConcern) {
        showUrgent(true);
      }
    });
    var refusals = result.refused.map(function (refused) {
      return word('app.refused', refused.message);
    }).join(' ');
    return (result.stopped ? render() : load()).then(function () {
      if (refusals) {
        say('status', refusals);
      }
    });
  }

  window.addEventListener('online', send);
  document.getElementById('journalForm').addEventListener('submit', function (event) {
    saveEntry(event).catch(function () {
      say('status', word('app.notKept', undefined, undefined,
        'This phone could not keep the entry. Please try again.'));
    });
  });
  if ('serviceWorker' in navigator) {
    // Left while registering, the app registers again on its next opening.
    navigator.serviceWorker.register('../sw.js', { scope: '../' }).catch(function () { return null; });
    navigator.serviceWorker.addEventListener('message', function (event) {
      if (event.data && event.data.type === 'outbox-sent') {
        load();
      }
    });
  }
  load().then(send).catch(function () {
    say('status', word('app.noStorage', undefined, undefined,
      'This phone cannot keep your plan (its storage is off), so it needs a network.'));
  });
}());
