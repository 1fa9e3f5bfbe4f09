// The printable application's print button; a script file because the page's CSP allows no inline handlers.
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
