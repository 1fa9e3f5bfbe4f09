// Bundles each browser tool into target/classes/static: js/<name>.js and css/<name>.css, fonts beside the css.
// A new tool is one more line in `entryPoints`.
import * as esbuild from 'esbuild';

const entryPoints = {
  'diagram-viewer': 'src/diagram-viewer.js',
  'studio-bpmn': 'src/studio-bpmn.js',
  'studio-dmn': 'src/studio-dmn.js',
  'studio-form': 'src/studio-form.js',
};

await esbuild.build({
  entryPoints,
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
});
