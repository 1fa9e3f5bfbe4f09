// The editors' own labels in the page's language: bpmn-js, dmn-js and their properties panels take a
// `translate` service; Chinese pages (<html lang="zh...">) get IPFlow's Chinese words, every other page
// the editors' English. A label without a Chinese word stays English.

export function chinesePage() {
  return (document.documentElement.lang || '').toLowerCase().startsWith('zh');
}

/** A translate function over a dictionary; `{name}` in a template is filled from the replacements. */
export function translator(dictionary) {
  const words = chinesePage() ? dictionary : {};
  return (template, replacements = {}) => (words[template] || template)
    .replace(/{([^}]+)}/g, (match, key) => (key in replacements ? replacements[key] : match));
}

/** The module that replaces an editor's translate service (diagram-js / dmn-js injection). */
export function translateModule(dictionary) {
  return { translate: ['value', translator(dictionary)] };
}
