// The studio's decision editor: dmn-js (requirements diagram, decision tables, literal expressions).
import DmnModeler from 'dmn-js/lib/Modeler';
import camundaModdle from 'camunda-dmn-moddle/resources/camunda.json';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression.css';
import 'dmn-js/dist/assets/dmn-js-boxed-expression-controls.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn.css';
import './studio.css';
import { run } from './studio-common.js';

function start() {
  const modeler = new DmnModeler({
    container: '#studio-canvas',
    common: { moddleExtensions: { camunda: camundaModdle } },
  });
  const listeners = [];
  const editor = {
    async load(xml) {
      await modeler.importXML(xml);
      const table = modeler.getViews().find((view) => view.type === 'decisionTable');
      if (table) {
        await modeler.open(table);
      }
    },
    async content() {
      return (await modeler.saveXML({ format: true })).xml;
    },
    onChange(listener) {
      listeners.push(listener);
      modeler.on('views.changed', () => {
        const viewer = modeler.getActiveViewer();
        if (viewer && !viewer.studioListening) {
          viewer.studioListening = true;
          viewer.on('commandStack.changed', () => listeners.forEach((l) => l()));
        }
      });
      const viewer = modeler.getActiveViewer();
      if (viewer) {
        viewer.studioListening = true;
        viewer.on('commandStack.changed', listener);
      }
    },
    markProblems() {},
    select: null,
  };
  run(editor);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
