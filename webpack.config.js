/* Builds the add-in into dist/: the task pane page, the custom functions script and its metadata
 * (English functions.json, Swedish functions.sv.json), the manifest, the icons, and the /check.html page.
 *
 *   npm run build                                        production build for https://localhost:3000/
 *   npm run build -- --env url=https://malkoll.example.se/   the same, with the region's production address in the manifest
 *   npm run build -- --env officejs=self                 serve office.js from dist/ instead of Microsoft's CDN
 */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { LocalizeFunctionsPlugin } = require('./scripts/localize-functions');
const { addinUrl, builtManifest } = require('./scripts/built-manifest');
const { ContentSecurityPolicyPlugin } = require('./scripts/content-security-policy');
const { areaTexts } = require('./scripts/catalog-loader');

/**
 * The pane page's first, inline script (src/taskpane/webviewCheck.js) with the catalogue's texts of both languages
 * put in: it runs where the bundles cannot (Internet Explorer 11), so it carries what it says.
 */
function webviewScript() {
  const pane = path.resolve(__dirname, 'src/i18n/catalog/pane.ts');
  const texts = {};
  for (const lang of ['sv', 'en']) {
    const all = areaTexts(pane, lang);
    texts[lang] = { title: all['pane.webview.title'], body: all['pane.webview.body'], action: all['pane.webview.action'] };
  }
  const source = fs.readFileSync(path.resolve(__dirname, 'src/taskpane/webviewCheck.js'), 'utf8');
  // Inline in HTML: "</" would end the script element early.
  return source.replace(/__WEBVIEW_TEXTS__(?=;)/, JSON.stringify(texts).replace(/<\//g, '<\\/'));
}

// Microsoft requires add-ins to load office.js from its CDN (that is how Office keeps it current); it is the
// only file the pages load from outside the add-in's own host, and it carries no workbook data. A region that
// forbids it builds with --env officejs=self.
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * The task pane's Content-Security-Policy (scripts/content-security-policy.js writes it into the built page,
 * with a hash for each inline script). Scripts come from the add-in's own host and, unless office.js is
 * served from there too, from the folder of Microsoft's CDN that office.js loads its host files from, and
 * the one script office.js may fetch besides (MicrosoftAjax.js; office-js issue 1005). Fluent UI writes its
 * styles at run time, hence 'unsafe-inline' for styles (never for scripts). Nothing may be sent anywhere but
 * the add-in's own host.
 */
function panePolicy(selfHostOfficeJs) {
  const office = selfHostOfficeJs ? [] : ['https://appsforoffice.microsoft.com/lib/1/hosted/', 'https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js'];
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...office],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const url = addinUrl(env);
  const selfHostOfficeJs = env.officejs === 'self';
  const officeJs = selfHostOfficeJs ? 'office-js/office.js' : OFFICE_JS_CDN;
  const hasCheckPage = fs.existsSync(path.resolve(__dirname, 'src/check/index.ts'));

  const entry = {
    functions: './src/functions/functions.ts',
    // The shared runtime loads functions.js and then taskpane.js into one page: the pane takes the core and
    // the catalogue from functions.js (which stays whole, as Excel may load it alone) instead of a second copy.
    taskpane: { import: './src/taskpane/index.tsx', dependOn: 'functions' },
  };
  if (hasCheckPage) {
    entry.check = './src/check/index.ts';
    // The check page's worker: the reading and the checks, off the page's thread.
    entry['check-worker'] = './src/check/worker/checkWorker.ts';
    // The settlement's worker: reads, checks and settles a round, and writes its workbook (the writer and the
    // workbook's texts as chunks it fetches when first asked for a workbook, with importScripts).
    entry['settle-worker'] = { import: './src/check/settle/settleWorker.ts', chunkLoading: 'import-scripts' };
  }

  const copyPatterns = [
    { from: 'assets/*.png', to: '[name][ext]', context: __dirname, globOptions: { ignore: [] } },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) => builtManifest(content, url),
    },
    { from: 'src/help/help.html', to: 'help.html', noErrorOnMissing: true },
    // What https://localhost:3000/ (or the region's host) answers: where the add-in's pages are.
    { from: 'src/index.html', to: 'index.html' },
    { from: 'samples/*.xlsx', to: 'samples/[name][ext]', noErrorOnMissing: true },
  ];
  if (selfHostOfficeJs) {
    // Microsoft's files, already minified: copied as they are (terser over 86 MB would take many minutes).
    copyPatterns.push({ from: 'node_modules/@microsoft/office-js/dist', to: 'office-js', info: { minimized: true } });
  }

  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      // The shared runtime: one page hosts the task pane and the custom functions.
      chunks: ['functions', 'taskpane'],
      chunksSortMode: 'manual',
      officeJs,
      webviewScript: webviewScript(),
    }),
  ];
  if (hasCheckPage) {
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'check.html',
        template: './src/check/check.html',
        chunks: ['check'],
      }),
    );
  }

  return {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry,
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // Chunks fetched on demand (the checks, the production engine, the catalogue's texts by language) carry a
      // hash of their content in their name: a page or functions.js an earlier deployment left in a cache asks
      // for its own chunks, never a newer one it does not fit (the entries' names are fixed: the manifest and
      // the pages name them).
      chunkFilename: '[name].[contenthash:8].js',
      // Chunks beside the pages: no run-time guess of the script's address, which Excel's loading of
      // functions.js on its own could not make.
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          // One catalogue area in one language (import('./pane?lang=sv')): scripts/catalog-loader.js.
          test: /src[\\/]i18n[\\/]catalog[\\/]\w+\.ts$/,
          resourceQuery: /lang=(sv|en)/,
          use: { loader: path.resolve(__dirname, 'scripts/catalog-loader.js') },
          type: 'javascript/auto',
        },
        {
          resourceQuery: { not: [/lang=(sv|en)/] },
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.json' } },
        },
      ],
    },
    // functions.js and the check page's scripts are self-contained; taskpane.js builds on functions.js (above).
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new LocalizeFunctionsPlugin({
        source: 'functions.json',
        output: 'functions.sv.json',
        translations: path.resolve(__dirname, 'src/functions/functions.sv.json'),
      }),
      new webpack.DefinePlugin({
        'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production'),
        // Målkoll's version, which the self-test reports and the pane writes into a stamp (--env version=… overrides it).
        'process.env.MALKOLL_VERSION': JSON.stringify(env.version || require('./package.json').version),
      }),
      // The pages' catalogue: the functions' areas at once, the pages' own by language (src/i18n/catalog/browser.ts).
      new webpack.NormalModuleReplacementPlugin(/^\.\/catalog$/, (resource) => {
        if (path.normalize(resource.context) === path.resolve(__dirname, 'src/i18n')) resource.request = './catalog/browser';
      }),
      ...pages,
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      // Every page's inline scripts allowed by their hashes; the task pane's policy written in (see panePolicy).
      new ContentSecurityPolicyPlugin({ pages: { 'taskpane.html': panePolicy(selfHostOfficeJs) } }),
    ],
    devServer: {
      port: 3000,
      // The add-in is for this machine only: listen on the loopback interface, never on the network, and
      // serve files, never a folder's listing.
      host: 'localhost',
      static: { directory: path.resolve(__dirname, 'dist'), serveIndex: false },
      // Excel fetches functions.json and the scripts across origins.
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: false,
      hot: false,
      liveReload: false,
    },
  };
};
