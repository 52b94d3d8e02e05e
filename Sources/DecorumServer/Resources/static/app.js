// Decorum's dashboard works without this file; it only adds keyboard shortcuts and confirmations.
"use strict";
document.addEventListener("keydown", function (event) {
  if (event.target.closest("input, textarea, select") || event.altKey || event.ctrlKey || event.metaKey) return;
  var shortcut = document.querySelector("[data-key='" + event.key + "']");
  if (shortcut) {
    event.preventDefault();
    if (shortcut.tagName === "A" || shortcut.tagName === "BUTTON") shortcut.click(); else shortcut.focus();
  }
});
document.addEventListener("submit", function (event) {
  var message = event.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) event.preventDefault();
});
