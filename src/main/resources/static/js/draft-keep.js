// Keeps what is typed on the draft page in this tab's sessionStorage until the server has it, with the
// draft's version it was typed on (new drafts: under the programme, with the page's token, so that the
// draft is made once). When the page is shown again and the server still has that version — a refused
// upload, a login after the session ended — the input is put back (rows of lists too) and, announced as
// a change, saved by js/draft-autosave.js; a newer version means it was saved, and the copy is dropped.
// Loaded after js/draft-autosave.js, which listens for the change this script announces.
(() => {
  const form = document.querySelector('form[data-draft]');
  const status = document.getElementById('draft-status');
  if (!form || !status) {
    return;
  }
  const SKIP = new Set(['_csrf', 'submitToken', 'createToken', '_shownForm']);
  const keyOf = () => `ipflow-draft:${form.dataset.draftKey}`;
  let key = keyOf();
  const fields = () => [...new FormData(form)].filter(([name, value]) => !SKIP.has(name) && typeof value === 'string');
  const store = (action) => {
    try {
      action(sessionStorage);
    } catch (blocked) {
      // Without storage (a private mode may refuse it) the background saves still keep the input.
    }
  };
  const remember = () => store((s) => s.setItem(key, JSON.stringify({version: form.dataset.version || '',
    token: form.elements.createToken?.value, fields: fields()})));
  const forget = () => store((s) => s.removeItem(key));

  const putBack = (kept) => {
    for (const list of form.querySelectorAll('[data-list]')) {
      const start = `${list.dataset.listName}[`;
      const rows = kept.fields.filter(([name]) => name.startsWith(start))
        .map(([name]) => Number(name.slice(start.length, name.indexOf(']', start.length))) + 1);
      list.dispatchEvent(new CustomEvent('ipflow:rows', {bubbles: true, detail: Math.max(1, ...rows)}));
    }
    const values = new Map();
    kept.fields.forEach(([name, value]) => values.set(name, [...(values.get(name) || []), value]));
    for (const element of form.elements) {
      if (!element.name || SKIP.has(element.name) || element.disabled || ['submit', 'button', 'file'].includes(element.type)) {
        continue;
      }
      const wanted = values.get(element.name) || [];
      if (element.type === 'checkbox' || element.type === 'radio') {
        element.checked = wanted.includes(element.value);
      } else {
        element.value = wanted[0] ?? '';
      }
    }
    if (kept.token && form.elements.createToken) {
      form.elements.createToken.value = kept.token;
    }
  };

  const restore = () => {
    let kept = null;
    store((s) => { kept = JSON.parse(s.getItem(key)); });
    if (!kept || kept.version !== (form.dataset.version || '')) {
      forget();
      return;
    }
    const shown = JSON.stringify(fields());
    putBack(kept);
    // Not saved yet either way (e.g. a refused "save" shows the input again): announced as a change.
    form.dispatchEvent(new Event('input', {bubbles: true}));
    if (JSON.stringify(fields()) !== shown) {
      status.textContent = form.dataset.restored;
    }
  };

  form.addEventListener('input', remember);
  form.addEventListener('change', remember);
  form.addEventListener('ipflow:draft-saved', (event) => {
    if (keyOf() !== key) {
      // A new draft was made: its copy moves under the draft's own key.
      forget();
      key = keyOf();
    }
    if (event.detail.clean) {
      forget();
    } else {
      remember();
    }
  });
  if (form.dataset.programme && form.dataset.version) {
    // Shown under its own key: a copy kept while a draft of this programme was new is done with.
    store((s) => s.removeItem(`ipflow-draft:new:${form.dataset.programme}`));
  }
  restore();
})();
