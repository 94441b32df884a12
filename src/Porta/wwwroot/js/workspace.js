// The workspace's only script: live queue counters and keyboard shortcuts. Every page works without it.
(() => {
  "use strict";

  // Alt+Shift+<key> moves to the element marked data-shortcut="<key>": fields and buttons get focus (Enter then
  // presses a button, so nothing is done by a stray key), links are followed.
  document.addEventListener("keydown", (event) => {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const key = (event.code.startsWith("Key") ? event.code.slice(3) : event.key).toLowerCase();
    const target = document.querySelector(`[data-shortcut="${key}"]`);
    if (!target) {
      return;
    }
    event.preventDefault();
    target.focus();
    if (target.tagName === "A") {
      target.click();
    }
  });

  // Counters: refreshed every 30 seconds from the same numbers the page was rendered with.
  const counters = document.querySelectorAll("[data-queue-count]");
  if (counters.length === 0) {
    return;
  }
  const refresh = async () => {
    try {
      const response = await fetch("/api/v1/questions/queues", { credentials: "same-origin", headers: { Accept: "application/json" } });
      if (!response.ok) {
        return;
      }
      const counts = await response.json();
      counters.forEach((counter) => {
        const value = counts[counter.dataset.queueCount];
        if (typeof value === "number") {
          counter.textContent = String(value);
        }
      });
    } catch {
      // Offline or signed out: the numbers on the page stay as they were.
    }
  };
  setInterval(refresh, 30000);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") {
      refresh();
    }
  });
})();
