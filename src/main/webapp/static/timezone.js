/*
 * Puts the browser's time zone (an IANA name such as Europe/Vilnius) into every field marked data-detect-timezone,
 * unless the reader changed the field already. A <select> that lacks the zone gets it as an option; the server
 * checks the value like any other. Without this script the field keeps the server's default (UTC).
 */
(function () {
  'use strict';

  function browserZone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || '';
    } catch (e) {
      return '';
    }
  }

  /** True while the field still shows what the page came with. */
  function untouched(field) {
    if (field.tagName === 'SELECT') {
      var chosen = field.options[field.selectedIndex];
      return !chosen || chosen.defaultSelected || !Array.prototype.some.call(field.options, function (o) {
        return o.defaultSelected;
      });
    }
    return field.value === field.defaultValue;
  }

  function fill(field, zone) {
    if (field.tagName === 'SELECT') {
      var option = Array.prototype.find.call(field.options, function (o) { return o.value === zone; });
      if (!option) {
        option = document.createElement('option');
        option.value = zone;
        option.textContent = zone;
        field.appendChild(option);
      }
      field.value = zone;
    } else {
      field.value = zone;
    }
    field.setAttribute('data-detected', zone);
  }

  function start() {
    var zone = browserZone();
    if (!zone) {
      return;
    }
    document.querySelectorAll('[data-detect-timezone]').forEach(function (field) {
      if (untouched(field)) {
        fill(field, zone);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
