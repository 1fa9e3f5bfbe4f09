// The studio's form editor: the form-js editor, and a live preview rendered by IPFlow's own server-side
// renderer, exactly as applicants and staff will see the form (the browser's form-js viewer is not used).
import { FormEditor } from '@bpmn-io/form-js-editor';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import './studio.css';
import { run } from './studio-common.js';

function start() {
  const editor = new FormEditor({ container: document.getElementById('studio-canvas') });
  const preview = document.getElementById('studio-preview');
  let timer = null;

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

  // A preview: its buttons (e.g. "add a row") submit nothing.
  preview.addEventListener('submit', (event) => event.preventDefault());

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
    markProblems() {},
    select: null,
  });
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
