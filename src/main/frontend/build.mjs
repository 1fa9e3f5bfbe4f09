// Bundles each browser tool into target/classes/static: js/<name>.js and css/<name>.css, fonts beside the css.
// A new tool is one more line in `entryPoints`.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs/promises';

const entryPoints = {
  'diagram-viewer': 'src/diagram-viewer.js',
  'studio-bpmn': 'src/studio-bpmn.js',
  'studio-dmn': 'src/studio-dmn.js',
  'dashboard-charts': 'src/dashboard-charts.js',
};

const options = {
  outdir: '../../../target/classes/static',
  // [ext] sends the JavaScript to js/ and the CSS that an entry imports to css/.
  entryNames: '[ext]/[name]',
  assetNames: 'css/fonts/[name]-[hash]',
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  sourcemap: false,
  logLevel: 'info',
  loader: {
    '.eot': 'file',
    '.svg': 'file',
    '.ttf': 'file',
    '.woff': 'file',
    '.woff2': 'file',
    '.png': 'file',
    '.gif': 'file',
  },
};

await esbuild.build({ ...options, entryPoints });

// The form editor 1.23 renders the viewer's fields inside its own preact (it allows <= 10.15.1), while
// the viewer alone would take the newest one: two copies of preact break hooks. One copy for both.
await esbuild.build({
  ...options,
  entryPoints: { 'studio-form': 'src/studio-form.js' },
  alias: { preact: './node_modules/@bpmn-io/form-js-editor/node_modules/preact' },
});

// axe-core for the browser accessibility test (AccessibilityIT): beside the build output, never in
// static/, so that it is not shipped.
await fs.mkdir('../../../target/test-tools', { recursive: true });
await fs.copyFile('node_modules/axe-core/axe.min.js', '../../../target/test-tools/axe.min.js');
