/*
 * Exercise timer: counts down hold, rest and plain timed phases for the exercise markup
 * (div.exercise-timer with data-* settings and labels). Times come from timestamps, so the
 * clock stays right when the tab is throttled. Each phase change beeps and vibrates.
 * ExerciseTimer.init(root) binds every timer inside root once; it runs on page load and
 * after each PrimeFaces ajax update.
 */
(function () {
  'use strict';

  var audioContext = null;

  // Non-negative number from a data attribute, or the fallback when empty or invalid.
  function number(value, fallback) {
    var n = parseFloat(value);
    return isFinite(n) && n >= 0 ? n : fallback;
  }

  function format(template, a, b) {
    return (template || '').replace('{0}', a).replace('{1}', b);
  }

  function clock(ms) {
    var secs = Math.max(0, Math.ceil(ms / 1000));
    var rest = secs % 60;
    return Math.floor(secs / 60) + ':' + (rest < 10 ? '0' : '') + rest;
  }

  // The audio context needs a user gesture, so it is made on the first Start click.
  function unlockAudio() {
    try {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      if (!audioContext && Ctx) {
        audioContext = new Ctx();
      }
      if (audioContext && audioContext.state === 'suspended') {
        audioContext.resume();
      }
    } catch (e) {
      audioContext = null;
    }
  }

  // A short beep and a vibration; silently skipped where the browser has neither.
  function signal(finished) {
    try {
      if (audioContext) {
        var osc = audioContext.createOscillator();
        var gain = audioContext.createGain();
        var t = audioContext.currentTime;
        osc.frequency.value = finished ? 660 : 880;
        gain.gain.setValueAtTime(0.2, t);
        gain.gain.exponentialRampToValueAtTime(0.001, t + 0.2);
        osc.connect(gain).connect(audioContext.destination);
        osc.start(t);
        osc.stop(t + 0.2);
      }
    } catch (e) { /* no sound available */ }
    try {
      if (typeof navigator.vibrate === 'function') {
        navigator.vibrate(finished ? [200, 100, 200] : 200);
      }
    } catch (e) { /* no vibration available */ }
  }

  // The list of phases: one timed phase, or hold phases per repetition with rests between sets.
  function buildPhases(d) {
    var duration = number(d.duration, 0);
    var hold = number(d.hold, 0);
    var sets = Math.max(1, Math.floor(number(d.sets, 1)));
    var reps = Math.max(1, Math.floor(number(d.reps, 1)));
    var rest = number(d.rest, 0);
    var phases = [];
    if (duration > 0) {
      phases.push({name: 'go', ms: duration * 1000});
    } else if (hold > 0) {
      for (var s = 1; s <= sets; s++) {
        for (var r = 1; r <= reps; r++) {
          phases.push({name: 'hold', ms: hold * 1000, rep: r, reps: reps, set: s, sets: sets});
        }
        if (s < sets && rest > 0) {
          phases.push({name: 'rest', ms: rest * 1000, set: s + 1, sets: sets});
        }
      }
    }
    return phases;
  }

  function bind(root) {
    var d = root.dataset;
    var q = function (cls) { return root.querySelector('.' + cls); };
    var phaseEl = q('timer-phase'), clockEl = q('timer-clock'), progressEl = q('timer-progress');
    var startBtn = q('timer-start'), pauseBtn = q('timer-pause'), resetBtn = q('timer-reset');
    var phases = buildPhases(d);
    var labels = {hold: d.labelHold, rest: d.labelRest, go: d.labelGo, done: d.labelDone};
    var state, index, remaining, endAt, ticker = null;

    function setText(el, text) {
      if (el && el.textContent !== text) { el.textContent = text; }
    }

    function render() {
      var phase = phases[index];
      root.setAttribute('data-state', state);
      if (state === 'idle') {
        root.removeAttribute('data-phase');
      } else {
        root.setAttribute('data-phase', state === 'finished' ? 'done' : phase.name);
      }
      setText(phaseEl, state === 'idle' ? '' : (labels[state === 'finished' ? 'done' : phase.name] || ''));
      var lines = '';
      if (state !== 'idle' && state !== 'finished' && phase) {
        if (phase.rep) { lines = format(d.labelRep, phase.rep, phase.reps) + '\n'; }
        if (phase.set) { lines += format(d.labelSet, phase.set, phase.sets); }
      }
      setText(progressEl, lines.trim());
      setText(clockEl, clock(state === 'running' ? endAt - performance.now() : remaining));
      if (startBtn) { startBtn.disabled = state === 'running'; }
      if (pauseBtn) { pauseBtn.disabled = state !== 'running'; }
    }

    function stopTicker() {
      if (ticker !== null) { clearInterval(ticker); ticker = null; }
    }

    // Moves past every phase whose end time has passed (several at once after throttling).
    function tick() {
      if (!root.isConnected) { stopTicker(); return; } // replaced by an ajax update
      var now = performance.now(), changed = false;
      while (state === 'running' && now >= endAt) {
        index++;
        changed = true;
        if (index >= phases.length) {
          index = phases.length - 1;
          state = 'finished';
          remaining = 0;
          stopTicker();
        } else {
          endAt += phases[index].ms;
        }
      }
      if (changed) { signal(state === 'finished'); }
      render();
    }

    function reset() {
      stopTicker();
      state = 'idle';
      index = 0;
      remaining = phases.length ? phases[0].ms : 0;
      render();
    }

    function start() {
      if (state === 'running') { return; }
      unlockAudio();
      if (state === 'finished') { reset(); }
      if (!phases.length) { state = 'finished'; remaining = 0; render(); return; }
      if (state === 'idle') { signal(false); }
      state = 'running';
      endAt = performance.now() + remaining;
      ticker = setInterval(tick, 200);
      render();
    }

    function pause() {
      if (state !== 'running') { return; }
      stopTicker();
      remaining = Math.max(0, endAt - performance.now());
      state = 'paused';
      render();
    }

    if (progressEl) { progressEl.style.whiteSpace = 'pre-line'; } // one line each for rep and set
    if (startBtn) { startBtn.addEventListener('click', start); }
    if (pauseBtn) { pauseBtn.addEventListener('click', pause); }
    if (resetBtn) { resetBtn.addEventListener('click', reset); }
    reset();
  }

  function init(root) {
    var scope = root || document;
    var timers = Array.prototype.slice.call(scope.querySelectorAll('.exercise-timer'));
    if (scope.matches && scope.matches('.exercise-timer')) { timers.push(scope); }
    timers.forEach(function (el) {
      if (el.getAttribute('data-timer-bound') === 'true') { return; }
      el.setAttribute('data-timer-bound', 'true');
      bind(el);
    });
  }

  // PrimeFaces announces finished ajax updates with a jQuery event on the document.
  var ajaxHooked = false;
  function hookAjax() {
    if (!ajaxHooked && window.jQuery) {
      ajaxHooked = true;
      window.jQuery(document).on('pfAjaxComplete', function () { init(document); });
    }
  }

  window.ExerciseTimer = {init: init};
  hookAjax();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { hookAjax(); init(document); });
  } else {
    init(document);
  }
}());
