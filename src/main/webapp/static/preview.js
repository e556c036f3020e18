/*
 * Live preview of a watch rule while it is typed: what it would have found in the news of the last days.
 *
 * Contract (the sign-up and the manage page use it): an element with the attribute data-preview holds
 *   - the rule type: an attribute data-preview-type="person|keyword|topic", or a field named rule-type;
 *   - the rule's field(s), named as in a rule: name (and optionally aliases), query, or topic;
 *   - an element [data-preview-results] (give it aria-live="polite") where the matches or the problem appear.
 * Typing (debounced 400 ms) asks GET /preview and lists the matches: the title linked, the feed, the date, and the
 * snippet with the matched words marked. Titles and snippets come from news feeds: they are inserted as text
 * (textContent, createElement), never as HTML. Without this script the page works the same, minus the preview.
 */
(function () {
  'use strict';

  var DELAY_MS = 400;
  var FIELDS = { person: ['name', 'aliases'], keyword: ['query'], topic: ['topic'] };

  function field(box, name) {
    return box.querySelector('[name="' + name + '"]');
  }

  function ruleType(box) {
    var fixed = box.getAttribute('data-preview-type');
    if (fixed) {
      return fixed;
    }
    var chooser = box.querySelector('[name="rule-type"]:checked') || box.querySelector('select[name="rule-type"]')
      || box.querySelector('input[name="rule-type"]:not([type=radio])');
    return chooser ? chooser.value : '';
  }

  /** The query string for the preview, or null when there is nothing to look for yet. */
  function queryOf(box) {
    var type = ruleType(box);
    var names = FIELDS[type];
    if (!names) {
      return null;
    }
    var params = new URLSearchParams();
    params.set('type', type);
    var main = field(box, names[0]);
    if (!main || !main.value.trim()) {
      return null;
    }
    params.set(names[0], main.value.trim());
    var aliases = names[1] ? field(box, names[1]) : null;
    if (aliases && aliases.value.trim()) {
      aliases.value.split(/[,\n]/).map(function (a) { return a.trim(); }).filter(Boolean).forEach(function (a) {
        params.append('aliases', a);
      });
    }
    return params.toString();
  }

  function csrfHeader() {
    var meta = document.querySelector('meta[name="csrf"]');
    return meta ? { 'X-CSRF-Token': meta.getAttribute('content'), 'Accept': 'application/json' }
      : { 'Accept': 'application/json' };
  }

  /** Appends text to parent, each case-insensitive occurrence of a highlight inside a <mark>. */
  function appendMarked(parent, text, highlights) {
    var lower = text.toLowerCase();
    var ranges = [];
    if (lower.length === text.length) { // lower-casing kept the offsets: they can be used on the text
      (highlights || []).forEach(function (term) {
        var needle = String(term).toLowerCase();
        if (!needle) {
          return;
        }
        for (var at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
          ranges.push([at, at + needle.length]);
        }
      });
    }
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var pos = 0;
    ranges.forEach(function (range) {
      if (range[0] < pos) {
        return; // overlaps a range already marked
      }
      parent.appendChild(document.createTextNode(text.slice(pos, range[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(range[0], range[1]);
      parent.appendChild(mark);
      pos = range[1];
    });
    parent.appendChild(document.createTextNode(text.slice(pos)));
  }

  function paragraph(text, className) {
    var p = document.createElement('p');
    p.textContent = text;
    if (className) {
      p.className = className;
    }
    return p;
  }

  function showMatches(results, preview) {
    var matches = preview.matches || [];
    results.replaceChildren();
    if (matches.length === 0) {
      results.appendChild(paragraph('Nothing in the news of the last ' + preview.days + ' days matches yet.', 'muted'));
      return;
    }
    results.appendChild(paragraph('In the news of the last ' + preview.days + ' days:', 'muted'));
    var list = document.createElement('ul');
    matches.forEach(function (match) {
      var why = match.why || {};
      var item = document.createElement('li');
      var title = document.createElement(/^https?:\/\//i.test(match.link || '') ? 'a' : 'strong');
      if (title.tagName === 'A') {
        title.href = match.link;
        title.rel = 'noopener noreferrer';
      }
      appendMarked(title, match.title || '(no title)', why.highlights);
      item.appendChild(title);
      var meta = [match.feed];
      if (match.publishedAt) {
        var when = new Date(match.publishedAt);
        if (!isNaN(when.getTime())) {
          meta.push(when.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' }));
        }
      }
      item.appendChild(paragraph(meta.filter(Boolean).join(' · '), 'muted'));
      if (why.snippet) {
        var snippet = document.createElement('p');
        appendMarked(snippet, why.snippet, why.highlights);
        item.appendChild(snippet);
      }
      list.appendChild(item);
    });
    results.appendChild(list);
  }

  function showProblem(results, problem) {
    var text = problem.error || 'The preview is not available right now.';
    if (typeof problem.position === 'number') {
      text += ' (at character ' + (problem.position + 1) + ')';
    }
    results.replaceChildren(paragraph(text, 'field-error'));
  }

  function watch(box) {
    var results = box.querySelector('[data-preview-results]');
    if (!results) {
      return;
    }
    var timer = null;
    var latest = 0;
    var running = null;

    function run() {
      var query = queryOf(box);
      var mine = ++latest;
      if (running) {
        running.abort();
      }
      if (query === null) {
        results.replaceChildren();
        return;
      }
      running = new AbortController();
      results.setAttribute('aria-busy', 'true');
      fetch('/preview?' + query, { headers: csrfHeader(), signal: running.signal, credentials: 'same-origin' })
        .then(function (response) {
          if (response.status === 429) {
            return { problem: { error: 'Too many previews just now: wait a moment and type again.' } };
          }
          return response.json().then(function (body) {
            return response.ok ? { preview: body } : { problem: body };
          });
        })
        .then(function (answer) {
          if (mine !== latest) {
            return; // a newer request is on its way
          }
          if (answer.preview) {
            showMatches(results, answer.preview);
          } else {
            showProblem(results, answer.problem || {});
          }
        })
        .catch(function (error) {
          if (mine === latest && error.name !== 'AbortError') {
            showProblem(results, {});
          }
        })
        .finally(function () {
          if (mine === latest) {
            results.removeAttribute('aria-busy');
          }
        });
    }

    function soon() {
      clearTimeout(timer);
      timer = setTimeout(run, DELAY_MS);
    }

    box.addEventListener('input', soon);
    box.addEventListener('change', soon);
    // A form shown again with its values: preview them at once, unless the server shows a problem with them.
    if (queryOf(box) !== null && !box.querySelector('[aria-invalid="true"]')) {
      run();
    }
  }

  function start() {
    document.querySelectorAll('[data-preview]').forEach(watch);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
