// A form's tables as form-js-viewer 1.23.0's Table.js shows them. Paging, where rowCount is set: chunks of rowCount
// rows, the first page shown, "1 of 3" with previous and next buttons (the nav marked data-table-pages, after the
// table's box). Sorting by a heading: a click, Enter or Space sorts by that column descending, again ascending, a
// third time not at all, and each time the first page is shown; rows compare as sortByColumn compares them
// (a[key] > b[key] on the row's values: each cell's data-value, the value as JSON, so numbers compare as numbers),
// always starting from the rows' own order. Without script every row is shown, in its order. Every page loads this
// file (fragments/layout), and it sets each table up once.
(() => {
  const valueOf = (row, column) => {
    const cell = row.cells[column];
    return cell && cell.dataset.value !== undefined ? JSON.parse(cell.dataset.value) : undefined;
  };
  const compare = (column, direction) => (a, b) => {
    const x = valueOf(a, column);
    const y = valueOf(b, column);
    if (direction === 'ascending') {
      return x > y ? 1 : -1;
    }
    return x < y ? 1 : -1;
  };
  const setUp = (table) => {
    if (table.dataset.ready) {
      return;
    }
    table.dataset.ready = 'true';
    const body = table.tBodies[0];
    const rows = [...body.querySelectorAll('tr[data-row]')];
    const after = table.closest('.table-responsive').nextElementSibling;
    const nav = after && after.matches('nav[data-table-pages]') ? after : null;
    const size = nav ? Number(table.dataset.pageSize) : rows.length || 1;
    const pages = Math.ceil(rows.length / size);
    const headings = [...table.tHead.rows[0].cells];
    let page = 0;
    let sortBy = null;
    const show = () => {
      const order = sortBy === null ? rows : [...rows].sort(compare(sortBy.column, sortBy.direction));
      order.forEach((row, index) => {
        row.hidden = Math.floor(index / size) !== page;
        body.appendChild(row);
      });
      headings.forEach((heading, column) => {
        const sorted = sortBy !== null && sortBy.column === column;
        const label = heading.dataset.label;
        heading.setAttribute('aria-sort', sorted ? sortBy.direction : 'none');
        heading.setAttribute('aria-label', !sorted ? table.dataset.sortDescending.replace('{0}', label)
          : sortBy.direction === 'ascending' ? table.dataset.sortNone : table.dataset.sortAscending.replace('{0}', label));
        heading.querySelector('[data-sort-arrow]').textContent = !sorted ? '' : sortBy.direction === 'ascending' ? ' ▲' : ' ▼';
      });
      if (nav) {
        nav.querySelector('[data-page-label]').textContent = nav.dataset.of.replace('{0}', page + 1).replace('{1}', pages);
        const [previous, next] = nav.querySelectorAll('[data-step]');
        previous.disabled = page === 0;
        next.disabled = page >= pages - 1;
      }
    };
    const toggle = (column) => {
      if (sortBy === null || sortBy.column !== column) {
        sortBy = { column, direction: 'descending' };
      } else {
        sortBy = sortBy.direction === 'ascending' ? null : { column, direction: 'ascending' };
      }
      page = 0;
      show();
    };
    headings.forEach((heading, column) => {
      heading.dataset.label = heading.textContent;
      const arrow = document.createElement('span');
      arrow.dataset.sortArrow = '';
      arrow.setAttribute('aria-hidden', 'true');
      heading.appendChild(arrow);
      heading.tabIndex = 0;
      heading.classList.add('form-table-sortable');
      heading.addEventListener('click', () => toggle(column));
      heading.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          toggle(column);
        }
      });
    });
    if (nav) {
      nav.addEventListener('click', (event) => {
        const button = event.target.closest('[data-step]');
        if (button) {
          page = Math.min(Math.max(page + Number(button.dataset.step), 0), pages - 1);
          show();
        }
      });
      nav.hidden = false;
    }
    show();
  };
  const start = () => document.querySelectorAll('table[data-form-table]').forEach(setUp);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
