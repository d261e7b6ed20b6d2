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

// Microsoft requires add-ins to load office.js from its CDN (that is how Office keeps it current); it is the
// only file the pages load from outside the add-in's own host, and it carries no workbook data. A region that
// forbids it builds with --env officejs=self.
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const url = addinUrl(env);
  const selfHostOfficeJs = env.officejs === 'self';
  const officeJs = selfHostOfficeJs ? 'office-js/office.js' : OFFICE_JS_CDN;
  const hasCheckPage = fs.existsSync(path.resolve(__dirname, 'src/check/index.tsx'));

  const entry = {
    functions: './src/functions/functions.ts',
    // The shared runtime loads functions.js and then taskpane.js into one page: the pane takes the core and
    // the catalogue from functions.js (which stays whole, as Excel may load it alone) instead of a second copy.
    taskpane: { import: './src/taskpane/index.tsx', dependOn: 'functions' },
  };
  if (hasCheckPage) {
    entry.check = './src/check/index.tsx';
    // The check page's worker: the reading and the checks, off the page's thread.
    entry['check-worker'] = './src/check/worker/checkWorker.ts';
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
      // Chunks (the catalogue's texts by language) beside the pages: no run-time guess of the script's
      // address, which Excel's loading of functions.js on its own could not make.
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
        // The version the pane writes into a stamp (src/taskpane/version.ts).
        'process.env.MALKOLL_VERSION': JSON.stringify(require('./package.json').version),
      }),
      // The pages' catalogue: the functions' areas at once, the pages' own by language (src/i18n/catalog/browser.ts).
      new webpack.NormalModuleReplacementPlugin(/^\.\/catalog$/, (resource) => {
        if (path.normalize(resource.context) === path.resolve(__dirname, 'src/i18n')) resource.request = './catalog/browser';
      }),
      ...pages,
      new CopyWebpackPlugin({ patterns: copyPatterns }),
    ],
    devServer: {
      port: 3000,
      static: { directory: path.resolve(__dirname, 'dist') },
      // Excel fetches functions.json and the scripts across origins.
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: false,
      hot: false,
      liveReload: false,
    },
  };
};
