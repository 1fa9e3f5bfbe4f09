// The studio's decision editor: dmn-js (requirements diagram, decision tables, literal expressions).
// Problems found by the server's validator are marked where they belong: the decision's header, and
// the rule, input / output column or cell the problem names; in the requirements diagram, the decision.
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
import { markElement, run, settings, unmarkAll } from './studio-common.js';
import { translateModule } from './studio-translate.js';
import words from './studio-words-dmn.js';

/** Where an id of the model is shown: its decision (or other DRD element), and the table part, if any. */
function locate(definitions, id) {
  for (const decision of definitions.drgElement || []) {
    const logic = decision.decisionLogic;
    if (decision.id === id || (logic && logic.id === id)) {
      return { decision };
    }
    for (const column of [...(logic?.input || []), ...(logic?.output || [])]) {
      if (column.id === id || column.inputExpression?.id === id) {
        return { decision, selector: `th[data-col-id="${CSS.escape(column.id)}"]`, target: column.id };
      }
    }
    for (const rule of logic?.rule || []) {
      if (rule.id === id) {
        return { decision, selector: `[data-row-id="${CSS.escape(rule.id)}"]`, target: rule.id };
      }
      const entry = [...(rule.inputEntry || []), ...(rule.outputEntry || [])].find((e) => e.id === id);
      if (entry) {
        return { decision, selector: `[data-element-id="${CSS.escape(entry.id)}"]`, target: entry.id };
      }
    }
  }
  return null;
}

function start() {
  const modeler = new DmnModeler({
    container: '#studio-canvas',
    common: { moddleExtensions: { camunda: camundaModdle } },
    // each view takes its own additional modules: dmn-js replaces the common ones by the view's
    ...Object.fromEntries(['drd', 'decisionTable', 'literalExpression', 'boxedExpression']
      .map((view) => [view, { additionalModules: [translateModule(words)] }])),
  });
  const container = document.getElementById('studio-canvas');
  const listeners = [];
  let problems = [];
  let drdMarked = [];

  function located() {
    const definitions = modeler.getDefinitions();
    return definitions ? problems.filter((p) => p.elementId)
      .map((p) => ({ problem: p, where: locate(definitions, p.elementId) })).filter((l) => l.where) : [];
  }

  // The tables re-render on every change: marks are attributes on their cells, set again after each render.
  function applyMarks() {
    unmarkAll(container);
    const view = modeler.getActiveView();
    const viewer = modeler.getActiveViewer();
    if (!view || !viewer) {
      return;
    }
    const here = located();
    if (view.type === 'drd') {
      const canvas = viewer.get('canvas');
      const overlays = viewer.get('overlays');
      drdMarked.splice(0).filter((id) => viewer.get('elementRegistry').get(id))
        .forEach((id) => canvas.removeMarker(id, 'studio-error'));
      overlays.remove({ type: 'studio-problem' });
      for (const { problem, where } of here) {
        if (viewer.get('elementRegistry').get(where.decision.id)) {
          canvas.addMarker(where.decision.id, 'studio-error');
          drdMarked.push(where.decision.id);
          const note = document.createElement('div');
          note.className = 'studio-problem';
          note.textContent = problem.message;
          overlays.add(where.decision.id, 'studio-problem', { position: { bottom: 4, left: 0 }, html: note });
        }
      }
      return;
    }
    const ofDecision = here.filter((l) => l.where.decision.id === view.element.id);
    if (!ofDecision.length) {
      return;
    }
    const header = container.querySelector('.decision-table-properties, .decision-properties');
    markElement(header, `${settings().messages.problemsOfDecision} ${ofDecision.map((l) => l.problem.message).join(' · ')}`);
    for (const { problem, where } of ofDecision) {
      if (where.selector) {
        // a rule's note goes on its first entry, the rest of the row is outlined
        const cells = [...container.querySelectorAll(where.selector)];
        const noteAt = cells.find((cell) => cell.matches('.input-cell, .output-cell')) || cells[0];
        cells.forEach((cell) => markElement(cell, cell === noteAt ? problem.message : ''));
      }
    }
  }
  const markSoon = () => requestAnimationFrame(applyMarks);

  function watch(viewer) {
    if (viewer && !viewer.studioListening) {
      viewer.studioListening = true;
      viewer.on('commandStack.changed', () => listeners.forEach((l) => l()));
      viewer.on('elements.changed', markSoon);
    }
  }
  modeler.on('views.changed', () => {
    watch(modeler.getActiveViewer());
    markSoon();
  });

  const editor = {
    async load(xml) {
      await modeler.importXML(xml);
      const table = modeler.getViews().find((view) => view.type === 'decisionTable');
      if (table) {
        await modeler.open(table);
      }
      watch(modeler.getActiveViewer());
    },
    async content() {
      return (await modeler.saveXML({ format: true })).xml;
    },
    onChange(listener) {
      listeners.push(listener);
    },
    markProblems(found) {
      problems = found || [];
      applyMarks();
    },
    async select(id) {
      const where = locate(modeler.getDefinitions(), id);
      if (!where) {
        return;
      }
      const view = modeler.getViews().find((v) => v.element.id === where.decision.id && v.type !== 'drd');
      if (view && modeler.getActiveView() !== view) {
        await modeler.open(view);
      }
      requestAnimationFrame(() => {
        applyMarks();
        const cell = where.selector ? container.querySelector(where.selector)
          : container.querySelector('.decision-table-properties, .decision-properties');
        if (cell) {
          cell.scrollIntoView({ block: 'center', inline: 'center' });
          // a cell is selected (and focused) through the table's own selection; rows and columns only scroll
          const selection = modeler.getActiveViewer().get('selection', false);
          if (selection && where.target && container.querySelector(`[data-element-id="${CSS.escape(where.target)}"]`)) {
            selection.select(where.target);
          }
        }
      });
    },
  };
  run(editor);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
