// The draft page never loses what the user typed. Two seconds after the last keystroke, and when the
// page is hidden or left, the form is saved in the background (data-autosave, with the session's CSRF
// token; the first save of a new draft makes it, and the page then works on that draft's addresses);
// the status beside "save" says when it was saved. Until a save has succeeded, the input is also kept in
// this tab's sessionStorage, with the draft's version it was typed on: if the page is shown again with
// that version still stored on the server (a refused upload, a login after the session ended), the input
// is put back and saved; a newer version means it was saved, and the copy is dropped. Leaving with
// unsaved input asks first. The page's other forms (documents) wait for the save before they are sent.
(() => {
  const form = document.querySelector('form[data-draft]');
  const status = document.getElementById('draft-status');
  if (!form || !status) {
    return;
  }
  const meta = (name) => document.querySelector(`meta[name=${name}]`)?.content;
  const SKIP = new Set(['_csrf', 'submitToken', 'createToken', '_shownForm']);
  let key = `ipflow-draft:${form.dataset.draftKey}`;
  let changes = 0;
  let saved = 0;
  let timer = null;
  let running = null;
  let leaving = false;
  let stopped = false;
  const dirty = () => changes !== saved;
  const say = (text) => { status.textContent = text || ''; };
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
  const schedule = (delay = 2000) => {
    clearTimeout(timer);
    timer = setTimeout(save, delay);
  };

  const showErrors = (errors) => {
    form.querySelectorAll('[data-autosave-error]').forEach((message) => {
      document.getElementById(message.dataset.autosaveError)?.classList.remove('is-invalid');
      message.remove();
    });
    const elsewhere = [];
    for (const [name, text] of Object.entries(errors)) {
      const named = form.elements.namedItem(name);
      const field = named instanceof RadioNodeList ? named[0] : named;
      if (!field?.id) {
        elsewhere.push(text);
        continue;
      }
      const id = `${field.id}-error`;
      let message = document.getElementById(id);
      if (!message) {
        message = Object.assign(document.createElement('div'), {id, className: 'invalid-feedback d-block'});
        field.closest('.mb-3, fieldset').append(message);
      }
      message.textContent = text;
      message.dataset.autosaveError = field.id;
      field.classList.add('is-invalid');
      field.setAttribute('aria-invalid', 'true');
      const described = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
      field.setAttribute('aria-describedby', [...new Set([...described, id])].join(' '));
    }
    return elsewhere;
  };

  // A new draft has been made: from now on the page saves and posts to it, under its own address.
  const adopt = (made) => {
    forget();
    key = `ipflow-draft:${made.id}`;
    form.action = made.action;
    form.dataset.autosave = made.autosave;
    form.elements.createToken?.remove();
    history.replaceState(history.state, '', made.edit);
  };

  const answered = async (answer, upTo) => {
    const body = await answer.json().catch(() => ({}));
    if (answer.ok || answer.status === 400) {
      document.dispatchEvent(new Event('ipflow:session-used'));
    }
    if (answer.ok) {
      if (body.action) {
        adopt(body);
      }
      form.dataset.version = String(body.version);
      saved = upTo;
      showErrors({});
      say(body.message);
      if (dirty()) {
        remember();
        schedule();
      } else {
        forget();
      }
    } else if (answer.status === 400) {
      say([form.dataset.invalid, ...showErrors(body.errors || {})].join(' '));
    } else if (answer.status === 403 || answer.status === 409) {
      // The session ended, or the draft cannot be saved here any more (submitted elsewhere): the tab keeps the input.
      stopped = true;
      say(body.error || form.dataset.offline);
      if (body.reason === 'sessionExpired') {
        document.dispatchEvent(new Event('ipflow:session-expired'));
      }
    } else {
      say(form.dataset.offline);
      schedule(30000);
    }
  };

  function save(keepalive = false) {
    clearTimeout(timer);
    if (stopped || !dirty()) {
      return Promise.resolve();
    }
    if (running && (!keepalive || !form.dataset.version)) {
      return running.then(() => save());
    }
    const upTo = changes;
    say(form.dataset.saving);
    const current = fetch(form.dataset.autosave, {method: 'POST', credentials: 'same-origin', keepalive,
      headers: {Accept: 'application/json', [meta('_csrf_header')]: meta('_csrf')}, body: new URLSearchParams(new FormData(form))})
      .then((answer) => answered(answer, upTo))
      .catch(() => {
        say(form.dataset.offline);
        schedule(30000);
      })
      .finally(() => {
        if (running === current) {
          running = null;
        }
      });
    running = current;
    return current;
  }

  const flush = async () => {
    clearTimeout(timer);
    while (running) {
      await running;
    }
    await save();
  };

  const restore = () => {
    let kept = null;
    store((s) => { kept = JSON.parse(s.getItem(key)); });
    if (!kept || kept.version !== (form.dataset.version || '')) {
      forget();
      return;
    }
    const shown = JSON.stringify(fields());
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
    // Not saved yet either way; "restored" only when the page showed something else.
    changes += 1;
    if (JSON.stringify(fields()) !== shown) {
      say(form.dataset.restored);
    }
    schedule(500);
  };

  const changed = () => {
    changes += 1;
    remember();
    if (!stopped) {
      schedule();
    }
  };
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  // The form's own buttons send what is on screen; only a save already on its way is awaited, so that it
  // cannot land after them.
  form.addEventListener('submit', async (event) => {
    clearTimeout(timer);
    if (running) {
      event.preventDefault();
      const submitter = event.submitter;
      await flush();
      form.requestSubmit(submitter);
      return;
    }
    leaving = true;
  });
  for (const other of document.querySelectorAll('#documents form')) {
    other.addEventListener('submit', async (event) => {
      if (event.defaultPrevented) {
        return;
      }
      event.preventDefault();
      await flush();
      leaving = true;
      other.submit();
    });
  }
  const leave = () => dirty() && save(true);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && leave());
  window.addEventListener('pagehide', leave);
  window.addEventListener('beforeunload', (event) => {
    if (dirty() && !leaving) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  document.addEventListener('click', (event) => {
    if (event.target.closest('[data-login-again]')) {
      leaving = true;
    }
  });
  if (form.dataset.programme && form.dataset.version) {
    // Made and shown under its own key: a copy kept while it was new is done with.
    store((s) => s.removeItem(`ipflow-draft:new:${form.dataset.programme}`));
  }
  restore();
})();
