/**
 * The UI's one script, served as /assets/app.js (the CSP forbids inline scripts and handlers). Plain ES2020,
 * no build step; every page works without it. It adds: a tooltip for highlights on hover and keyboard focus
 * (explanations are read from data-note, which the script fills from the page's note list for data-notes; text
 * only, never parsed as HTML), citation links that scroll to their span, flash it and move focus there (and
 * mark the span a link from another text page arrives at), and an "add another article" button on the compare form.
 */
export const APP_JS = `'use strict';
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  var tip = document.createElement('div');
  tip.id = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.appendChild(tip);
  var owner = null;
  // The native title tooltip would double ours; data-note carries the same text.
  document.querySelectorAll('.hl[title]').forEach(function (el) { el.removeAttribute('title'); });
  // Article texts name their notes by number (data-notes="3 7"); the page lists each note once (#notes).
  var notes = {};
  document.querySelectorAll('#notes > li').forEach(function (li) { notes[li.id.slice(5)] = li.textContent; });
  document.querySelectorAll('[data-notes]').forEach(function (el) {
    el.setAttribute('data-note', el.getAttribute('data-notes').split(' ').map(function (n) { return notes[n] || ''; }).join('\\n'));
  });

  function show(el) {
    var note = el.getAttribute('data-note');
    if (!note) return;
    if (owner && owner !== el) owner.removeAttribute('aria-describedby');
    owner = el;
    tip.textContent = note;
    tip.hidden = false;
    el.setAttribute('aria-describedby', 'tip');
    var r = el.getBoundingClientRect();
    var maxLeft = window.scrollX + root.clientWidth - tip.offsetWidth - 4;
    tip.style.left = Math.max(window.scrollX + 4, Math.min(window.scrollX + r.left, maxLeft)) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
  }
  function hide() {
    if (owner) owner.removeAttribute('aria-describedby');
    owner = null;
    tip.hidden = true;
  }
  function highlightOf(node) {
    return node && node.closest ? node.closest('.hl') : null;
  }
  document.addEventListener('focusin', function (e) { var el = highlightOf(e.target); if (el) show(el); else hide(); });
  document.addEventListener('focusout', function (e) { if (highlightOf(e.target) === owner) hide(); });
  document.addEventListener('mouseover', function (e) { var el = highlightOf(e.target); if (el) show(el); });
  document.addEventListener('mouseout', function (e) {
    var el = highlightOf(e.target);
    if (!el || el !== owner || el === document.activeElement || el.contains(e.relatedTarget)) return;
    // Back to the focused highlight's note, if any: the keyboard position wins over a passing pointer.
    var focused = highlightOf(document.activeElement);
    if (focused) show(focused); else hide();
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });

  // A citation jumps to the highlighted span it cites (the anchor is an empty element just before it).
  function targetOf(anchor) {
    if (!anchor.classList.contains('anchor')) return anchor;
    var next = anchor.nextElementSibling;
    while (next && next.classList.contains('anchor')) next = next.nextElementSibling;
    return next || anchor;
  }
  // A brief citation marks every run of its passage: the runs that follow whose note cites that sentence.
  function passageOf(first, sentence) {
    var runs = [first];
    if (!sentence) return runs;
    var line = 'Cited by brief sentence ' + sentence;
    var cites = function (el) { return (el.getAttribute('data-note') || '').split('\\n').indexOf(line) >= 0; };
    if (!cites(first)) return runs;
    var next = first.nextSibling;
    while (next) {
      if (next.nodeType === 1 && next.classList.contains('anchor')) { next = next.nextSibling; continue; }
      if (next.nodeType !== 1 || !next.classList.contains('hl') || !cites(next)) break;
      runs.push(next);
      next = next.nextSibling;
    }
    return runs;
  }
  document.addEventListener('click', function (e) {
    var link = e.target.closest ? e.target.closest('a.cite') : null;
    if (!link) return;
    var href = link.getAttribute('href') || '';
    if (href.charAt(0) !== '#') return;
    var anchor = document.getElementById(href.slice(1));
    if (!anchor) return;
    e.preventDefault();
    var target = targetOf(anchor);
    target.scrollIntoView({ block: 'center' });
    history.replaceState(null, '', href);
    passageOf(target, link.getAttribute('data-brief')).forEach(function (run) {
      run.classList.remove('flash');
      void run.offsetWidth;
      run.classList.add('flash');
    });
    if (target.tabIndex >= 0) target.focus({ preventScroll: true });
  });
  // Arriving from a link to a span on another text page ("?page=2#s12"): mark the span as a citation jump does.
  var arrived = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
  if (arrived && arrived.classList.contains('anchor')) targetOf(arrived).classList.add('flash');

  var add = document.getElementById('add-article');
  if (add) {
    add.hidden = false;
    add.addEventListener('click', function () {
      var sets = document.querySelectorAll('fieldset.entry');
      var last = sets[sets.length - 1];
      if (!last || sets.length >= 20) return;
      var copy = last.cloneNode(true);
      var n = sets.length + 1;
      copy.querySelector('legend').textContent = 'Article ' + n;
      copy.querySelectorAll('input, textarea').forEach(function (field) {
        field.value = '';
        field.id = field.id.replace(/\\d+$/, String(n));
      });
      copy.querySelectorAll('label').forEach(function (label) {
        label.htmlFor = label.htmlFor.replace(/\\d+$/, String(n));
      });
      last.after(copy);
      copy.querySelector('textarea').focus();
    });
  }
})();
`
