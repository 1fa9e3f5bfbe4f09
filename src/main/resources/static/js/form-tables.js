// Pages the rows of a form's table whose rowCount is set, as form-js-viewer 1.23.0's Table.js does: chunks of
// rowCount rows, the first page shown, "1 of 3" with previous and next buttons. Without script every row is
// shown. The nav is marked data-table-pages and follows the table's box; every page loads this file
// (fragments/layout), and it sets each nav up once.
(() => {
  const setUp = (nav) => {
    if (nav.dataset.ready) {
      return;
    }
    nav.dataset.ready = 'true';
    const table = nav.previousElementSibling.querySelector('table[data-page-size]');
    const size = Number(table.dataset.pageSize);
    const rows = [...table.tBodies[0].rows];
    const pages = Math.ceil(rows.length / size);
    const label = nav.querySelector('[data-page-label]');
    const [previous, next] = nav.querySelectorAll('[data-step]');
    let page = 0;
    const show = () => {
      rows.forEach((row, index) => { row.hidden = Math.floor(index / size) !== page; });
      label.textContent = nav.dataset.of.replace('{0}', page + 1).replace('{1}', pages);
      previous.disabled = page === 0;
      next.disabled = page >= pages - 1;
    };
    nav.addEventListener('click', (event) => {
      const button = event.target.closest('[data-step]');
      if (button) {
        page = Math.min(Math.max(page + Number(button.dataset.step), 0), pages - 1);
        show();
      }
    });
    nav.hidden = false;
    show();
  };
  const start = () => document.querySelectorAll('nav[data-table-pages]').forEach(setUp);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
