// Builds the task pane and the ribbon's function file into dist/ (npm run build, npm start),
// and serves them with `npx webpack serve --mode development` on https://localhost:3000.
"use strict";

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { httpsOptionsOrNull } = require("./scripts/dev-certs");

const DEV_PORT = 3000;
const DIST = path.resolve(__dirname, "dist");

// No inline script and no eval anywhere. office.js comes from Microsoft's CDN; it and Fluent UI
// (Griffel) insert styles at run time, so styles may be inline (OfficeDev/office-js#1687).
// Microsoft documents no list of the hosts office.js fetches from (OfficeDev/office-js#1005),
// so only script, object and base sources are restricted.
const CONTENT_SECURITY_POLICY = [
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

// The preview page (no Excel) brings its own in-memory Excel: no office.js, and nothing may be
// fetched from anywhere but the page's own server.
const PREVIEW_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const https = env.WEBPACK_SERVE ? await httpsOptionsOrNull() : null;

  return {
    mode: production ? "production" : "development",
    // Built modules kept on disk between builds (node_modules/.cache/webpack): the packages'
    // downlevelling is most of a build, and `npm test` builds again after `npm run build`.
    cache: {
      type: "filesystem",
      buildDependencies: {
        config: [__filename, path.join(__dirname, "scripts", "downlevel-loader.js")],
      },
    },
    // Source maps without eval, so the CSP holds in development too.
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: DIST,
      filename: "[name].[contenthash:8].js",
      // dist/cli is the command line `npm run build:cli` compiled; a rebuild of the pane keeps it.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          // Packages' code in the target's syntax (scripts/downlevel-loader.js: Safari 16 on Mac).
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]/,
          use: { loader: path.join(__dirname, "scripts", "downlevel-loader.js") },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run lint`'s job; ES modules let webpack drop unused Fluent code.
            options: { transpileOnly: true, compilerOptions: { module: "es2020" } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // Initial chunks only: a package that only a view opened later needs (exceljs) stays in
          // that view's chunk instead of being loaded with the pane.
          // Named by the pages that share them: the preview page's own packages (its grid's menu
          // and dialogs) stay out of the task pane's first load.
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            chunks: "initial",
            name: (_module, chunks) =>
              `vendor-${chunks
                .map((c) => c.name)
                .sort()
                .join("_")}`,
          },
        },
      },
    },
    performance: { maxEntrypointSize: 1_500_000, maxAssetSize: 1_500_000 },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        csp: CONTENT_SECURITY_POLICY,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
        csp: CONTENT_SECURITY_POLICY,
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        scriptLoading: "defer",
        csp: PREVIEW_CONTENT_SECURITY_POLICY,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/support.html", to: "assets/support.html" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache" },
      server: https ? { type: "https", options: https } : { type: "http" },
    },
  };
};

module.exports.CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY;
module.exports.PREVIEW_CONTENT_SECURITY_POLICY = PREVIEW_CONTENT_SECURITY_POLICY;
module.exports.DEV_PORT = DEV_PORT;
