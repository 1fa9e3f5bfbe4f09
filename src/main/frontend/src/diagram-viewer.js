// Shows BPMN diagrams read-only: every [data-bpmn-diagram] element loads the XML at data-bpmn-url and
// marks the activities listed in data-active (current steps) and data-done (already passed).
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
// The font as files, not bpmn-embedded.css: its data: fonts break the CSP (font-src falls back to 'self').
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import './diagram-viewer.css';

const FALLBACK_ERROR = 'The process diagram could not be shown.';

function idList(value) {
  return (value || '').split(',').map((id) => id.trim()).filter(Boolean);
}

function sameOriginUrl(value) {
  const url = new URL(value || '', window.location.href);
  if (url.origin !== window.location.origin) {
    throw new Error(`diagram URL is not on this site: ${url.origin}`);
  }
  return url;
}

async function fetchXml(value) {
  const response = await fetch(sameOriginUrl(value), {
    credentials: 'same-origin',
    headers: { Accept: 'application/xml, text/xml' },
  });
  if (!response.ok) {
    throw new Error(`diagram request answered ${response.status}`);
  }
  return response.text();
}

function addMarkers(viewer, ids, marker) {
  const elements = viewer.get('elementRegistry');
  const canvas = viewer.get('canvas');
  ids.filter((id) => elements.get(id)).forEach((id) => canvas.addMarker(id, marker));
}

async function show(container) {
  const viewer = new NavigatedViewer({ container });
  try {
    await viewer.importXML(await fetchXml(container.dataset.bpmnUrl));
    viewer.get('canvas').zoom('fit-viewport', 'auto');
    const active = idList(container.dataset.active);
    // A step that is current again (a loop back) shows as current, not as passed.
    addMarkers(viewer, idList(container.dataset.done).filter((id) => !active.includes(id)), 'done');
    addMarkers(viewer, active, 'highlight');
  } catch (error) {
    viewer.destroy();
    // textContent, never innerHTML: the reason may echo parts of the XML or the URL.
    container.textContent = container.dataset.errorMessage || FALLBACK_ERROR;
    container.classList.add('diagram-error');
    // No longer a picture: screen readers should read the message, not the diagram's label.
    container.removeAttribute('aria-label');
    container.setAttribute('role', 'alert');
    console.error('IPFlow diagram viewer:', error);
  }
}

function showAll() {
  document.querySelectorAll('[data-bpmn-diagram]').forEach(show);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', showAll);
} else {
  showAll();
}
