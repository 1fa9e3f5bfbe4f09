// The studio's form editor: the form-js editor, and a live preview rendered by IPFlow's own server-side
// renderer, exactly as applicants and staff will see the form (the browser's form-js viewer is not used).
// Problems found by the server's validator are marked on the form field they concern.
import { FormEditor } from '@bpmn-io/form-js-editor';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import './studio.css';
import { markElement, run, unmarkAll } from './studio-common.js';
import { chinesePage } from './studio-translate.js';
import words from './studio-words-form.js';

// The palette names each component by its field's configuration: on a Chinese page, by IPFlow's words.
function ChineseFieldNames(formFields) {
  Object.entries(words).map(([type, name]) => [formFields.get(type), name]).filter(([field]) => field)
    .forEach(([field, name]) => {
      field.config = { ...field.config, name };
    });
}
ChineseFieldNames.$inject = ['formFields'];
const chineseFieldNames = { __init__: ['chineseFieldNames'], chineseFieldNames: ['type', ChineseFieldNames] };

function start() {
  const container = document.getElementById('studio-canvas');
  const editor = new FormEditor({ container, additionalModules: chinesePage() ? [chineseFieldNames] : [] });
  const preview = document.getElementById('studio-preview');
  let timer = null;
  let problems = [];

  async function refreshPreview() {
    const response = await fetch(`${document.querySelector('[data-studio]').dataset.preview}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        [document.querySelector('meta[name="_csrf_header"]').content]:
          document.querySelector('meta[name="_csrf"]').content,
      },
      body: JSON.stringify({ content: JSON.stringify(editor.saveSchema()) }),
    });
    // The server renders the form with Thymeleaf, which escapes every text of the schema.
    preview.innerHTML = await response.text();
  }

  const fieldOf = (id) => container.querySelector(`.fjs-editor-container [data-id="${CSS.escape(id)}"]`);

  // The editor re-renders fields on every change: the marks are set again after each one.
  function applyMarks() {
    unmarkAll(container);
    problems.filter((p) => p.elementId).forEach((p) => markElement(fieldOf(p.elementId), p.message));
  }

  // A preview: its buttons (e.g. "add a row") submit nothing.
  preview.addEventListener('submit', (event) => event.preventDefault());
  editor.on('changed', () => requestAnimationFrame(applyMarks));

  run({
    async load(json) {
      await editor.importSchema(JSON.parse(json));
      refreshPreview();
    },
    async content() {
      return JSON.stringify(editor.saveSchema(), null, 2);
    },
    onChange(listener) {
      editor.on('changed', () => {
        listener();
        clearTimeout(timer);
        timer = setTimeout(refreshPreview, 500);
      });
    },
    markProblems(found) {
      problems = found || [];
      applyMarks();
    },
    select(id) {
      const field = editor.get('formFieldRegistry').get(id);
      if (field) {
        // the editor scrolls a selected field into view
        editor.get('selection').set(field);
        requestAnimationFrame(applyMarks);
      }
    },
  });
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
