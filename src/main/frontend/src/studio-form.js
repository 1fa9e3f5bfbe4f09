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
import editorWords from './studio-words-form-editor.js';

// The palette names each component by its field's configuration: on a Chinese page, by IPFlow's words.
function ChineseFieldNames(formFields) {
  Object.entries(words).map(([type, name]) => [formFields.get(type), name]).filter(([field]) => field)
    .forEach(([field, name]) => {
      field.config = { ...field.config, name };
    });
}
ChineseFieldNames.$inject = ['formFields'];
const chineseFieldNames = { __init__: ['chineseFieldNames'], chineseFieldNames: ['type', ChineseFieldNames] };

// The editor's own English texts (group titles, panel labels, the search box) replaced by IPFlow's words
// whenever the editor renders them: only whole texts of the palette and the properties panel found in the
// list, never the form canvas or the panel's header, which show what the model's author typed.
const EDITOR_TEXTS = '.fjs-palette, .fjs-properties-container';
function translateEditorTexts(container) {
  const translate = (root) => {
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const text = node.nodeValue.trim();
      if (Object.hasOwn(editorWords, text) && !node.parentElement.closest('.bio-properties-panel-header')) {
        node.nodeValue = node.nodeValue.replace(text, editorWords[text]);
      }
    }
    root.querySelectorAll('[placeholder]').forEach((input) => {
      const text = input.getAttribute('placeholder');
      if (Object.hasOwn(editorWords, text)) {
        input.setAttribute('placeholder', editorWords[text]);
      }
    });
  };
  let pending = false;
  const all = () => {
    pending = false;
    container.querySelectorAll(EDITOR_TEXTS).forEach(translate);
  };
  // The editor re-renders its panels on every selection and change: translate once per frame after it.
  new MutationObserver(() => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(all);
    }
  }).observe(container, { childList: true, subtree: true, characterData: true });
  all();
}

// The palette offers exactly the component types the server renders and validates (data-form-types, from
// FormField.Type): a form built here is never refused for its components when it is deployed.
function ServerFieldTypes(formFields) {
  const supported = new Set(document.querySelector('[data-studio]').dataset.formTypes.split(' '));
  Object.keys(formFields._formFields).filter((type) => type !== 'default' && !supported.has(type))
    .forEach((type) => delete formFields._formFields[type]);
}
ServerFieldTypes.$inject = ['formFields'];
const serverFieldTypes = { __init__: ['serverFieldTypes'], serverFieldTypes: ['type', ServerFieldTypes] };

function start() {
  const container = document.getElementById('studio-canvas');
  const editor = new FormEditor({ container,
    additionalModules: [serverFieldTypes, ...(chinesePage() ? [chineseFieldNames] : [])] });
  if (chinesePage()) {
    translateEditorTexts(container);
  }
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
