// Follows a form's FEEL and templates while the user types: conditional.hide, readonly/disabled, templated
// labels, descriptions and texts, options from data and bounds. The server evaluates them for the values on
// screen (form[data-form-state] names where, with the session's CSRF token; the answer is README's "form
// state"), so that the browser follows the very rules the server validates by. Without script, the form's
// refresh button sends the form back for the same page.
(() => {
  const form = document.querySelector('form[data-form-state]');
  if (!form) {
    return;
  }
  const marked = (name, path) => form.querySelector(`[${name}="${CSS.escape(path)}"]`);
  const each = (map, action) => Object.entries(map || {}).forEach(([path, value]) => action(path, value));
  const same = (choices, values) => choices.length === values.length
    && choices.every((choice, i) => choice.value === values[i].value && choice.label === values[i].label);

  const selectOptions = (select, choices) => {
    const shown = [...select.options].slice(1).map((o) => ({ value: o.value, label: o.text }));
    if (same(choices, shown)) {
      return;
    }
    const current = select.value;
    while (select.options.length > 1) {
      select.remove(1);
    }
    choices.forEach((c) => select.add(new Option(c.label, c.value, false, c.value === current)));
  };

  const checkOptions = (set, path, choices) => {
    const boxes = [...set.querySelectorAll(':scope > .form-check')];
    const shown = boxes.map((box) => ({ value: box.querySelector('input').value, label: box.querySelector('label').textContent }));
    if (same(choices, shown)) {
      return;
    }
    const model = set.querySelector('input');
    const checked = new Set(boxes.map((box) => box.querySelector('input')).filter((i) => i.checked).map((i) => i.value));
    boxes.forEach((box) => box.remove());
    let after = set.querySelector(':scope > legend');
    choices.forEach((choice, i) => {
      const box = document.createElement('div');
      box.className = 'form-check';
      const input = document.createElement('input');
      input.type = set.hasAttribute('data-multiple') ? 'checkbox' : 'radio';
      input.className = 'form-check-input';
      input.name = path;
      input.value = choice.value;
      input.id = `${set.id}-${i}`;
      input.checked = checked.has(choice.value);
      input.disabled = model ? model.disabled : false;
      const label = document.createElement('label');
      label.className = 'form-check-label';
      label.htmlFor = input.id;
      label.textContent = choice.label;
      box.append(input, label);
      after.after(box);
      after = box;
    });
  };

  const apply = (state) => {
    const hidden = new Set(state.hidden);
    const boxes = [...form.querySelectorAll('[data-path]')];
    boxes.forEach((box) => { box.hidden = hidden.has(box.dataset.path); });
    each(state.labels, (path, text) => {
      const label = marked('data-label-of', path);
      if (label && label.textContent !== text) {
        label.textContent = text;
      }
    });
    each(state.descriptions, (path, text) => {
      const description = marked('data-description-of', path);
      if (description && description.textContent !== text) {
        description.textContent = text;
      }
    });
    // the server sanitized these to its allow-list, as it does for the page itself
    each(state.texts, (path, html) => {
      const text = marked('data-text-of', path);
      if (text && text.innerHTML !== html) {
        text.innerHTML = html;
      }
    });
    each(state.options, (path, choices) => {
      const select = form.querySelector(`select[name="${CSS.escape(path)}"]`);
      const set = marked('data-options-of', path);
      if (select) {
        selectOptions(select, choices);
      } else if (set) {
        checkOptions(set, path, choices);
      }
    });
    const readonly = new Set(state.readonly);
    boxes.forEach((box) => form.querySelectorAll(`[name="${CSS.escape(box.dataset.path)}"]`).forEach((control) => {
      if (control.matches('select, [type=radio], [type=checkbox]')) {
        control.disabled = readonly.has(box.dataset.path);
      } else {
        control.readOnly = readonly.has(box.dataset.path);
      }
    }));
    each(state.bounds, (path, bounds) => {
      const control = form.querySelector(`[name="${CSS.escape(path)}"]`);
      Object.entries({ min: bounds.min, max: bounds.max, minlength: bounds.minLength, maxlength: bounds.maxLength })
        .forEach(([name, value]) => (value == null ? control?.removeAttribute(name) : control?.setAttribute(name, value)));
    });
  };

  let timer = null;
  let asked = 0;
  const update = async () => {
    const mine = ++asked;
    // text values only: a chosen file is not sent along with every keystroke
    const values = new URLSearchParams([...new FormData(form)].filter(([, value]) => typeof value === 'string'));
    const response = await fetch(form.dataset.formState, { method: 'POST', body: values,
      headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok || mine !== asked) {
      return;
    }
    apply(await response.json());
  };
  const schedule = (delay) => {
    clearTimeout(timer);
    timer = setTimeout(() => update().catch(() => {}), delay);
  };
  form.addEventListener('change', () => schedule(100));
  form.addEventListener('input', () => schedule(400));
  form.querySelectorAll('[data-refresh]').forEach((button) => { button.hidden = true; });
})();
