// The draft page saves itself. Two seconds after the last change, and when the page is hidden or left,
// the form is posted in the background (data-autosave, with the session's CSRF token; the first save of a
// new draft makes it, and the page then works on that draft's addresses); the status beside "save" says
// when it was saved, or why not. Leaving with unsaved input asks first. The page's other forms
// (deleting a document) wait for the save before they are sent. Each successful save is announced to
// js/draft-keep.js ("ipflow:draft-saved"), which keeps unsaved input in the tab meanwhile.
(() => {
  const form = document.querySelector('form[data-draft]');
  const status = document.getElementById('draft-status');
  if (!form || !status) {
    return;
  }
  const meta = (name) => document.querySelector(`meta[name=${name}]`)?.content;
  let changes = 0;
  let saved = 0;
  let timer = null;
  let running = null;
  let leaving = false;
  let stopped = false;
  const dirty = () => changes !== saved;
  const say = (text) => { status.textContent = text || ''; };
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
    form.dataset.draftKey = made.id;
    form.action = made.action;
    form.dataset.autosave = made.autosave;
    form.elements.createToken?.remove();
    history.replaceState(history.state, '', made.edit);
    const crumb = document.querySelector('.breadcrumb [aria-current]');
    if (crumb) {
      // A draft has no number until it is submitted.
      crumb.textContent = made.number || crumb.dataset.unnumbered;
    }
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
      form.dispatchEvent(new CustomEvent('ipflow:draft-saved', {detail: {clean: !dirty()}}));
      if (dirty()) {
        schedule();
      }
    } else if (answer.status === 400) {
      say([form.dataset.invalid, ...showErrors(body.errors || {})].join(' '));
    } else if (answer.status === 403 || answer.status === 409) {
      // The session ended, or the draft cannot be saved here any more (submitted elsewhere): the tab keeps the input.
      stopped = true;
      say(body.detail || body.error || form.dataset.offline); // 409: problem details; 403: {reason, error}
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

  // Typed, or put back by js/draft-keep.js.
  const changed = () => {
    changes += 1;
    if (!stopped) {
      schedule();
    }
  };
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  // The form's own buttons send what is on screen; only a save already on its way is awaited, so that it
  // cannot land after them.
  form.addEventListener('submit', async (event) => {
    if (event.defaultPrevented) {
      return;
    }
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
})();
