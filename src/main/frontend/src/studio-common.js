// What the three studio editors share: the page's settings, JSON requests with the CSRF token from the
// page's meta tags, the draft saved on the server (with the version it started from), and the panels
// that list problems and differences. Texts from the server are set with textContent, never as markup.

const root = () => document.querySelector('[data-studio]');

export function settings() {
  const el = root();
  return { type: el.dataset.type, key: el.dataset.key, api: el.dataset.api, messages: el.dataset };
}

function csrfHeaders() {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  return token && header ? { [header.content]: token.content } : {};
}

export async function request(method, path, body) {
  const response = await fetch(settings().api + path, {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...csrfHeaders() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = { message: text };
  }
  return { status: response.status, body: json };
}

export function status(text, kind = 'secondary') {
  const el = document.getElementById('studio-status');
  el.className = `alert alert-${kind} py-2 mb-2`;
  el.textContent = text;
}

function item(text, onClick) {
  const li = document.createElement('li');
  if (onClick) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-link p-0 text-start';
    button.textContent = text;
    button.addEventListener('click', onClick);
    li.appendChild(button);
  } else {
    li.textContent = text;
  }
  return li;
}

/**
 * Marks an element of an editor that re-renders its own DOM (decision tables, the form editor): the
 * message goes into an attribute, which the renderers leave alone, and studio.css shows it beside the
 * element with a red outline (an empty message: the outline only).
 */
export function markElement(element, message) {
  if (element) {
    const before = element.getAttribute('data-studio-problem') || '';
    element.setAttribute('data-studio-problem', [before, message].filter((t, i, all) => t && all.indexOf(t) === i).join(' · '));
  }
}

export function unmarkAll(container) {
  container.querySelectorAll('[data-studio-problem]').forEach((el) => el.removeAttribute('data-studio-problem'));
}

// Problems and warnings list the same way (element, line, message; a click selects the element), each
// in its own section, hidden while empty.
function showFindings(listId, findings, onSelect) {
  const list = document.getElementById(listId);
  list.replaceChildren(...findings.map((p) => item(
    `${p.elementId || (p.line ? settings().messages.line.replace('{0}', p.line) : '')}${p.elementId || p.line ? ': ' : ''}${p.message}`,
    p.elementId && onSelect ? () => onSelect(p.elementId) : null)));
  list.closest('section').hidden = findings.length === 0;
}

export function showProblems(problems, onSelect) {
  showFindings('studio-problems', problems, onSelect);
}

// Warnings (English missing) keep nothing from being deployed: a list of their own, not marked on the model.
export function showWarnings(warnings, onSelect) {
  showFindings('studio-warnings', warnings || [], onSelect);
}

function withWarnings(warnings) {
  const m = settings().messages;
  const count = (warnings || []).length;
  if (count === 0) {
    return '';
  }
  return count === 1 ? m.withWarning : m.withWarnings.replace('{0}', count);
}

// Each change lists its values as "what: before → after"; a moved shape is one "layout" line.
export function showDiff(diff, onSelect, listId = 'studio-diff') {
  const list = document.getElementById(listId);
  const m = settings().messages;
  const shown = (value) => (value === null || value === undefined ? m.unset : value);
  const rows = [];
  for (const [kind, label] of [['added', m.added], ['removed', m.removed], ['changed', m.changed]]) {
    for (const c of diff[kind]) {
      const row = item(`${label}: ${c.id}${c.name ? ` «${c.name}»` : ''}`,
        kind !== 'removed' && onSelect ? () => onSelect(c.id) : null);
      if (c.values && c.values.length) {
        const values = document.createElement('ul');
        values.className = 'studio-diff-values';
        values.replaceChildren(...c.values.map((v) => item(`${v.what}: ${shown(v.before)} → ${shown(v.after)}`)));
        row.appendChild(values);
      }
      rows.push(row);
    }
  }
  if (diff.layout) {
    rows.push(item(m.layoutChanged));
  }
  if (!rows.length) {
    rows.push(item(m.noDifference));
  }
  list.replaceChildren(...rows);
  const section = list.closest('section');
  if (section) {
    section.hidden = false;
  }
}

/**
 * Asks before deploying: the dialog shows what changes and takes the administrator's note on why;
 * answers the note, or null when cancelled.
 */
function confirmDeploy(diff) {
  const dialog = document.getElementById('studio-confirm');
  const note = document.getElementById('studio-note');
  showDiff(diff, null, 'studio-confirm-diff');
  note.value = '';
  // "required" lets a note of spaces through: the browser refuses it too, with its own words.
  note.oninput = () => note.setCustomValidity(note.value.trim() || !note.value ? '' : note.dataset.blank);
  note.setCustomValidity('');
  return new Promise((resolve) => {
    const cancel = document.getElementById('studio-confirm-cancel');
    const onCancel = () => dialog.close('');
    cancel.addEventListener('click', onCancel, { once: true });
    dialog.addEventListener('close', () => {
      cancel.removeEventListener('click', onCancel);
      resolve(dialog.returnValue === 'deploy' && note.value.trim() ? note.value.trim() : null);
    }, { once: true });
    dialog.returnValue = '';
    dialog.showModal();
    note.focus();
  });
}

// After a deployment the page shows what is now deployed: the heading's version and a fresh difference.
async function showDeployed(version, editor) {
  const latest = document.getElementById('studio-latest');
  latest.textContent = latest.dataset.template.replace('{0}', version);
  const answer = await request('POST', '/diff', { content: await editor.content() });
  if (answer.status === 200) {
    showDiff(answer.body, editor.select);
  }
}

// One editor's life on the page: load, save the draft a few seconds after each change, and the buttons.
export async function run(editor) {
  const { messages: m } = settings();
  let version = 0;
  let timer = null;
  let conflict = false;
  // Saves and the deployment go one after the other: each names the draft version the previous one
  // answered, so two requests in flight must not both start from the same version.
  let queue = Promise.resolve();
  const serial = (work) => {
    const next = queue.then(work, work);
    queue = next.catch(() => {});
    return next;
  };

  const opened = await request('GET', '');
  if (opened.status !== 200) {
    status(m.loadFailed, 'danger');
    return;
  }
  version = opened.body.draftVersion;
  await editor.load(opened.body.content);
  status(opened.body.deployedVersion ? `${m.ready} ${opened.body.deployedVersion}` : m.readyNew);
  if (opened.body.draftAuthor) {
    status(`${m.draftFrom} ${opened.body.draftAuthor}, ${new Date(opened.body.draftSavedAt).toLocaleString()}`, 'info');
  }

  const saveDraft = () => serial(saveNow);

  async function saveNow() {
    if (conflict) {
      return false;
    }
    const saved = await request('PUT', '/draft', { content: await editor.content(), version });
    if (saved.status === 200) {
      version = saved.body.version;
      status(`${m.saved} ${new Date().toLocaleTimeString()}`, 'success');
      return true;
    }
    if (saved.status === 409) {
      conflict = true;
      status(`${m.conflict} ${saved.body.author || ''} ${saved.body.savedAt ? new Date(saved.body.savedAt).toLocaleString() : ''}`, 'warning');
    } else {
      status(m.saveFailed, 'danger');
    }
    return false;
  }

  editor.onChange(() => {
    clearTimeout(timer);
    timer = setTimeout(saveDraft, 2000);
  });

  document.getElementById('studio-save').addEventListener('click', () => saveDraft());
  // A file from this computer (e.g. edited in Camunda Modeler) replaces the editor's model and becomes the draft.
  const importer = document.getElementById('studio-import');
  importer.addEventListener('change', () => serial(async () => {
    const file = importer.files[0];
    importer.value = '';
    if (!file || conflict) {
      return;
    }
    clearTimeout(timer);
    const previous = await editor.content();
    editor.markProblems([]);
    showProblems([]);
    showWarnings([]);
    try {
      await editor.load(await file.text());
    } catch (e) {
      await editor.load(previous);
      status(`${m.importFailed} ${file.name}: ${e.message}`, 'danger');
      return;
    }
    document.getElementById('studio-diff').closest('section').hidden = true;
    if (await saveNow()) {
      status(`${m.imported} ${file.name}`, 'success');
    }
  }));
  document.getElementById('studio-validate').addEventListener('click', async () => {
    const answer = await request('POST', '/validate', { content: await editor.content() });
    editor.markProblems(answer.body.problems);
    showProblems(answer.body.problems, editor.select);
    showWarnings(answer.body.warnings, editor.select);
    status(answer.body.problems.length ? m.invalid : m.valid + withWarnings(answer.body.warnings),
      answer.body.problems.length ? 'danger' : 'success');
  });
  document.getElementById('studio-diff-button').addEventListener('click', async () => {
    const answer = await request('POST', '/diff', { content: await editor.content() });
    if (answer.status === 200) {
      showDiff(answer.body, editor.select);
    } else {
      status(answer.body.message || m.invalid, 'danger');
    }
  });
  document.getElementById('studio-deploy').addEventListener('click', async () => {
    const diff = await request('POST', '/diff', { content: await editor.content() });
    if (diff.status !== 200) {
      status(diff.body.message || m.invalid, 'danger');
      return;
    }
    const note = await confirmDeploy(diff.body);
    if (note) {
      deploy(note);
    }
  });
  const deploy = (note) => serial(async () => {
    clearTimeout(timer);
    const answer = await request('POST', '/deploy', { content: await editor.content(), version, note });
    if (answer.status === 200) {
      version = 0;
      editor.markProblems([]);
      showProblems([]);
      showWarnings(answer.body.warnings, editor.select);
      status(`${m.deployed} ${answer.body.version}${withWarnings(answer.body.warnings)}`, 'success');
      await showDeployed(answer.body.version, editor);
    } else if (answer.status === 422) {
      editor.markProblems(answer.body.problems);
      showProblems(answer.body.problems, editor.select);
      showWarnings(answer.body.warnings, editor.select);
      status(m.notDeployed, 'danger');
    } else if (answer.status === 409) {
      conflict = true;
      status(`${m.conflict} ${answer.body.author || ''}`, 'warning');
    } else {
      status(m.notDeployed, 'danger');
    }
  });
}
