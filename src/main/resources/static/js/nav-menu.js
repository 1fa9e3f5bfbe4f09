// The navigation bar's menus are <details> elements, which open and close without script. With script
// they also close the way menus do elsewhere: on Escape, with the focus back on the menu's summary so
// that a keyboard user is where they opened it, and on a click or tap anywhere outside the menu.
// A file of its own, not inline: the CSP allows scripts only from 'self'.
(() => {
  const openMenus = () => document.querySelectorAll('nav details[open]');

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') {
      return;
    }
    for (const menu of openMenus()) {
      menu.open = false;
      menu.querySelector('summary').focus();
    }
  });

  document.addEventListener('click', (event) => {
    for (const menu of openMenus()) {
      if (!menu.contains(event.target)) {
        menu.open = false;
      }
    }
  });
})();
