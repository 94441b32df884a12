// An error summary's link moves the focus to its field, not only the view, so the next key typed goes there.
// Without this script the link still scrolls to the field; nothing on the portal depends on it.
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest(".portal-error-summary a[href^='#']") : null;
  const field = link && document.getElementById(link.hash.slice(1));
  if (field) {
    event.preventDefault();
    field.scrollIntoView({ block: "center" });
    field.focus();
  }
});

// A form shown again with errors starts at their summary (autofocus does the same where the browser honours it).
document.getElementById("error-summary")?.focus();
