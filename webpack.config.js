// Builds the Excel add-in into dist/: one shared-runtime page (taskpane.html) that loads the task pane, the ribbon
// commands and the custom functions; functions.json generated from the JSDoc of src/functions/functions.ts; the
// icons, help page and manifest copied, with every dev URL rewritten to the production URL in a production build
// (config/addin.json "productionUrl", or env ADDIN_PRODUCTION_URL). Works offline.
// `webpack --env preview` builds instead the preview (the task pane in an ordinary browser over an .xlsx, for people
// without Excel) into dist/preview/ (or --env previewOut=DIR): a separate build, so it never touches the Excel
// pages, their initial-JS budget or functions.json. `npm run preview` runs it and serves the result.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import { devUrl, productionUrl, rewriteUrls } from "./config/production-manifest.mjs";

const root = dirname(fileURLToPath(import.meta.url));
const devPort = Number(new URL(devUrl()).port || 443);
/** The budget for the task pane's initial JavaScript, gzipped (pdf.js and other lazy chunks are not counted). */
const initialJsBudgetBytes = 250 * 1024;

/**
 * Prints the gzip size of the task pane's initial JavaScript at the end of a production build, warns past the budget,
 * and fails the build if pdf.js slipped into an initial chunk (it must be loaded with a dynamic import).
 */
class InitialBundleReportPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InitialBundleReportPlugin", (compilation) => {
      compilation.hooks.afterSeal.tap("InitialBundleReportPlugin", () => {
        const entry = compilation.entrypoints.get("taskpane");
        if (!entry) return;
        for (const chunk of entry.chunks) {
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            const id = module.nameForCondition?.() ?? "";
            if (/[\\/]node_modules[\\/]pdfjs-dist[\\/]/.test(id)) {
              compilation.errors.push(
                new webpack.WebpackError(
                  `pdf.js is in the task pane's initial chunk "${chunk.name ?? chunk.id}" (${id}); load it with import().`,
                ),
              );
              return;
            }
          }
        }
      });
    });
    compiler.hooks.done.tap("InitialBundleReportPlugin", (stats) => {
      const compilation = stats.compilation;
      // The shared-runtime page loads the functions, commands and task pane entries together: count every script
      // any of them loads at start-up, once (lazy chunks such as pdf.js are not counted).
      const entries = ["functions", "commands", "taskpane"]
        .map((name) => compilation.entrypoints.get(name))
        .filter(Boolean);
      if (entries.length === 0) return;
      const files = [...new Set(entries.flatMap((e) => e.getFiles()).filter((f) => f.endsWith(".js")))];
      let raw = 0;
      let gzip = 0;
      for (const file of files) {
        const bytes = readFileSync(join(compilation.outputOptions.path, file));
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
      }
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
      const verdict = gzip <= initialJsBudgetBytes ? "within" : "OVER";
      console.log(
        `\ntask pane page initial JS (${files.length} scripts: ${files.join(", ")})\n  ${kb(raw)} raw, ${kb(gzip)} gzip (${verdict} the ${kb(initialJsBudgetBytes)} budget)`,
      );
      if (gzip > initialJsBudgetBytes) {
        compilation.errors.push(
          new webpack.WebpackError(
            `the task pane page's initial JS is ${kb(gzip)} gzip, over the ${kb(initialJsBudgetBytes)} budget`,
          ),
        );
      }
    });
  }
}

/** Rewrites dev URLs in functions.json (help URLs) for production, and records how dist/ was built. */
class ProductionUrlsPlugin {
  constructor(mode, url) {
    this.mode = mode;
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ProductionUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ProductionUrlsPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        (assets) => {
          if (this.mode === "production" && assets["functions.json"]) {
            const text = assets["functions.json"].source().toString();
            compilation.updateAsset(
              "functions.json",
              new webpack.sources.RawSource(rewriteUrls(text, this.url)),
            );
          }
          const info = { mode: this.mode, baseUrl: this.mode === "production" ? this.url : devUrl() };
          compilation.emitAsset(
            "build-info.json",
            new webpack.sources.RawSource(JSON.stringify(info, null, 2)),
          );
        },
      );
    });
  }
}

/** Dev certificates from office-addin-dev-certs, if someone generated them; no network, no install. */
function devHttpsOptions() {
  const dir = join(homedir(), ".office-addin-dev-certs");
  const files = {
    key: join(dir, "localhost.key"),
    cert: join(dir, "localhost.crt"),
    ca: join(dir, "ca.crt"),
  };
  if (!Object.values(files).every((f) => existsSync(f))) return undefined;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, readFileSync(f)]));
}

/** TypeScript through ts-loader, type checking left to `npm run typecheck`. Shared by the Excel and preview builds. */
/** pdf.js stays in its own lazy chunk, in every bundle: it never joins an initial one. */
const pdfjsChunk = {
  test: /[\\/]node_modules[\\/]pdfjs-dist[\\/]/,
  name: "pdfjs",
  chunks: "async",
  priority: 40,
};

function typeScriptRule(isProduction) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: !isProduction } },
    },
  };
}

/** Records the preview build's mode and time; scripts/preview.mjs rebuilds when a source file is newer. */
class PreviewStampPlugin {
  constructor(mode) {
    this.mode = mode;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PreviewStampPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PreviewStampPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const info = { mode: this.mode, builtAt: new Date().toISOString() };
          compilation.emitAsset(
            "build-info.json",
            new webpack.sources.RawSource(JSON.stringify(info, null, 2)),
          );
        },
      );
    });
  }
}

/**
 * The preview: preview.html (CSP 'self' only, no office.js) with the task pane beside a grid view of an .xlsx
 * opened in the browser, and the bundled example workbook served from the same origin. Nothing leaves the page.
 */
function previewConfig(mode, outDir) {
  const isProduction = mode === "production";
  return {
    mode,
    context: root,
    // Never "eval" source maps: the page's CSP forbids eval.
    devtool: isProduction ? false : "source-map",
    entry: { preview: "./src/preview/preview.tsx" },
    output: {
      path: outDir,
      filename: isProduction ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: isProduction ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: { rules: [typeScriptRule(isProduction)] },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          pdfjs: pdfjsChunk,
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "examples/budget-2023-25.xlsx", to: "budget-2023-25.xlsx" },
        ],
      }),
      new PreviewStampPlugin(mode),
    ],
  };
}

export default (env, argv) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const isProduction = mode === "production";
  if (env?.preview) {
    const out =
      typeof env.previewOut === "string" ? resolve(env.previewOut) : resolve(root, "dist", "preview");
    return previewConfig(mode, out);
  }
  const url = isProduction ? productionUrl() : devUrl();
  const https = devHttpsOptions();

  return {
    mode,
    context: root,
    devtool: isProduction ? false : "source-map",
    entry: {
      // functions first: the shared runtime must associate the custom functions as soon as the page loads.
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: resolve(root, "dist"),
      // functions.js keeps a stable name (the manifest names it); the rest are content-hashed for long caching.
      filename: (pathData) =>
        pathData.chunk?.name === "functions" || !isProduction ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: isProduction ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [typeScriptRule(isProduction)],
    },
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            priority: 30,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers)[\\/]/,
            name: "fluent",
            priority: 20,
          },
          pdfjs: pdfjsChunk,
        },
      },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (isProduction ? rewriteUrls(content.toString(), url) : content),
          },
        ],
      }),
      new ProductionUrlsPlugin(mode, url),
      ...(isProduction ? [new InitialBundleReportPlugin()] : []),
    ],
    devServer: {
      port: devPort,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: resolve(root, "dist") },
      server: https ? { type: "https", options: https } : { type: "http" },
    },
  };
};
