// Adds and removes rows of a form's lists (fieldset[data-list]) in place. Without script the buttons "add a
// row" and "remove this row" send the form back and the server shows it changed (forms.FormDataBinder);
// with it the page changes at once and nothing is sent. Rows are numbered in their fields' names
// (patents[0].title) and ids (field-patents-0--title), and renumbered 0, 1, 2… after every change so that
// each id stays unique; the server keeps the rows in that order and drops the ones left empty. Another
// script may set the number of rows with the event "ipflow:rows" (detail: the number), e.g. to restore input.
(() => {
  const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rowsOf = (list) => [...list.querySelectorAll(':scope > [data-row]')];
  const fieldsOf = (row) => [...row.querySelectorAll('input, select, textarea')];

  const renumber = (list) => {
    const name = list.dataset.listName;
    const idBase = `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}-`;
    const names = new RegExp(`^${escaped(name)}\\[\\d+\\]`);
    const ids = new RegExp(`^${escaped(idBase)}\\d+-`);
    rowsOf(list).forEach((row, index) => {
      for (const element of [row, ...row.querySelectorAll('*')]) {
        if (element.hasAttribute('name')) {
          element.setAttribute('name', element.getAttribute('name').replace(names, `${name}[${index}]`));
        }
        if (element.matches('[data-remove-row]')) {
          element.value = `${name}[${index}]`;
        }
        for (const attribute of ['id', 'for', 'aria-describedby']) {
          if (element.hasAttribute(attribute)) {
            element.setAttribute(attribute, element.getAttribute(attribute).split(' ')
              .map((id) => id.replace(ids, `${idBase}${index}-`)).join(' '));
          }
        }
      }
      row.querySelector(':scope > legend').textContent = `${list.dataset.label} ${index + 1}`;
    });
  };

  const clear = (row) => {
    for (const field of fieldsOf(row)) {
      if (field.type === 'checkbox' || field.type === 'radio') {
        field.checked = false;
      } else if (field.tagName === 'SELECT') {
        field.selectedIndex = 0;
      } else {
        field.value = '';
      }
      // A new or emptied row has no errors yet.
      field.classList.remove('is-invalid');
      field.removeAttribute('aria-invalid');
      const described = (field.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && !id.endsWith('-error'));
      if (described.length) {
        field.setAttribute('aria-describedby', described.join(' '));
      } else {
        field.removeAttribute('aria-describedby');
      }
    }
    row.querySelectorAll('.invalid-feedback').forEach((message) => message.remove());
  };

  const add = (list) => {
    const rows = rowsOf(list);
    const row = rows[rows.length - 1].cloneNode(true);
    clear(row);
    rows[rows.length - 1].after(row);
    renumber(list);
    // as form-js expands a collapsed list when a row is added
    const expander = list.querySelector(':scope > [data-expand-rows]');
    if (expander) {
      expander.checked = true;
    }
    return row;
  };

  const remove = (list, row) => {
    if (rowsOf(list).length > 1) {
      row.remove();
    } else {
      clear(row);
    }
    renumber(list);
    list.dispatchEvent(new Event('input', {bubbles: true}));
  };

  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-list] [data-add-row], [data-list] [data-remove-row]');
    if (!button) {
      return;
    }
    event.preventDefault();
    const list = button.closest('[data-list]');
    if (button.matches('[data-add-row]')) {
      fieldsOf(add(list))[0]?.focus();
    } else {
      const rows = rowsOf(list);
      const next = rows[rows.indexOf(button.closest('[data-row]')) + 1];
      remove(list, button.closest('[data-row]'));
      (next ? fieldsOf(next)[0] : list.querySelector('[data-add-row]'))?.focus();
    }
  });

  document.addEventListener('ipflow:rows', (event) => {
    const list = event.target.closest('[data-list]');
    while (list && rowsOf(list).length < event.detail) {
      add(list);
    }
    while (list && rowsOf(list).length > Math.max(1, event.detail)) {
      const rows = rowsOf(list);
      remove(list, rows[rows.length - 1]);
    }
  });
})();
