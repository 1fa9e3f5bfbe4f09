// The studio's process editor: bpmn-js with the Camunda 7 properties panel (assignees, candidate
// groups, form references, due dates, timers, async flags, listeners). Problems found by the server's
// validator are marked on their elements.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import CamundaPlatformBehaviors from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
// The font as files, not bpmn-embedded.css: its data: fonts break the CSP (font-src falls back to 'self').
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import './studio.css';
import { run } from './studio-common.js';
import { translateModule } from './studio-translate.js';
import words from './studio-words-bpmn.js';

function start() {
  const modeler = new BpmnModeler({
    container: '#studio-canvas',
    propertiesPanel: { parent: '#studio-properties' },
    additionalModules: [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule, CamundaPlatformBehaviors, translateModule(words)],
    moddleExtensions: { camunda: camundaModdle },
  });
  const marked = [];

  const editor = {
    async load(xml) {
      await modeler.importXML(xml);
      modeler.get('canvas').zoom('fit-viewport', 'auto');
    },
    async content() {
      return (await modeler.saveXML({ format: true })).xml;
    },
    onChange(listener) {
      modeler.on('commandStack.changed', listener);
    },
    markProblems(problems) {
      const canvas = modeler.get('canvas');
      const overlays = modeler.get('overlays');
      const registry = modeler.get('elementRegistry');
      // after an import the marked elements may be gone: the canvas throws for an unknown id
      marked.splice(0).filter((id) => registry.get(id)).forEach((id) => canvas.removeMarker(id, 'studio-error'));
      overlays.remove({ type: 'studio-problem' });
      for (const problem of problems) {
        if (problem.elementId && registry.get(problem.elementId)) {
          canvas.addMarker(problem.elementId, 'studio-error');
          marked.push(problem.elementId);
          const note = document.createElement('div');
          note.className = 'studio-problem';
          note.textContent = problem.message;
          overlays.add(problem.elementId, 'studio-problem', { position: { bottom: 4, left: 0 }, html: note });
        }
      }
    },
    select(id) {
      const element = modeler.get('elementRegistry').get(id);
      if (element) {
        // The properties panel ignores a selection made in the same tick as an import: wait one frame.
        requestAnimationFrame(() => modeler.get('selection').select(element));
      }
    },
  };
  run(editor);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
