// The navigation bar with script. Its menus are <details> elements, which open and close without
// script; here they also close the way menus do elsewhere: on Escape, with the focus back on the menu's
// summary so that a keyboard user is where they opened it, and on a click or tap anywhere outside.
// On narrow screens the bar's links fold behind a menu button, but only where this script runs (the
// class "js" set below, before the first paint); without it they stay shown, so no page is out of reach.
// A file of its own, not inline: the CSP allows scripts only from 'self'.
document.documentElement.classList.add('js');

(() => {
  const fold = (toggle, open) => {
    document.getElementById(toggle.getAttribute('aria-controls')).classList.toggle('show', open);
    toggle.setAttribute('aria-expanded', String(open));
  };

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') {
      return;
    }
    const menu = document.querySelector('nav details[open]');
    const unfolded = document.querySelector('nav [data-nav-toggle][aria-expanded="true"]');
    if (menu) {
      menu.open = false;
      menu.querySelector('summary').focus();
    } else if (unfolded) {
      fold(unfolded, false);
      unfolded.focus();
    }
  });

  document.addEventListener('click', (event) => {
    const toggle = event.target.closest('[data-nav-toggle]');
    if (toggle) {
      fold(toggle, toggle.getAttribute('aria-expanded') !== 'true');
    }
    for (const menu of document.querySelectorAll('nav details[open]')) {
      if (!menu.contains(event.target)) {
        menu.open = false;
      }
    }
  });
})();
