// Decorum's dashboard works without this file; it only adds keyboard shortcuts and confirmations.
"use strict";
(function () {
  // The queue: j/k move between rows, a approves the row in focus (its own Approve button), Enter opens (the link's own).
  function queueKey(key) {
    var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-row]"));
    if (!rows.length) return false;
    var current = document.activeElement && document.activeElement.closest ? document.activeElement.closest("tr[data-row]") : null;
    var index = rows.indexOf(current);
    if (key === "j" || key === "k") {
      var next = index < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, index + (key === "j" ? 1 : -1)));
      var link = rows[next].querySelector("a[data-open]");
      if (link) link.focus();
      return true;
    }
    if (key === "a" && current) {
      var approve = current.querySelector("[data-approve]");
      if (approve) approve.click();
      return true;
    }
    return false;
  }

  document.addEventListener("keydown", function (event) {
    if (event.target.closest("input, textarea, select") || event.altKey || event.ctrlKey || event.metaKey) return;
    if (queueKey(event.key)) {
      event.preventDefault();
      return;
    }
    var shortcut = document.querySelector("[data-key='" + event.key + "']");
    if (shortcut) {
      event.preventDefault();
      if (shortcut.tagName === "A" || shortcut.tagName === "BUTTON") shortcut.click(); else shortcut.focus();
    }
  });

  document.addEventListener("submit", function (event) {
    var message = event.target.getAttribute("data-confirm");
    // The queue's form approves in bulk only from its own button; a row's Approve button approves that one item.
    var bulk = event.target.getAttribute("data-confirm-bulk");
    if (bulk && !(event.submitter && event.submitter.hasAttribute("formaction"))) message = bulk;
    if (message && !window.confirm(message)) event.preventDefault();
  });
})();
