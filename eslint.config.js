// Lint rules. The one that matters most: src/core stays pure (no Office.js, DOM, React, Node built-ins or
// file libraries), so the CLI, the add-in and the preview can never disagree about a figure.
import tseslint from "typescript-eslint";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";

const forbiddenInCore = [
  {
    group: [
      "node:*",
      "fs",
      "fs/*",
      "path",
      "os",
      "child_process",
      "url",
      "util",
      "stream",
      "buffer",
      "zlib",
      "crypto",
    ],
    message: "src/core is pure: no Node built-ins.",
  },
  {
    group: ["react", "react-dom", "react-dom/*", "@fluentui/*"],
    message: "src/core is pure: no UI libraries.",
  },
  {
    group: ["exceljs", "pdfjs-dist", "pdfjs-dist/*", "@microsoft/office-js", "office-js"],
    message: "src/core is pure: file and host libraries belong in src/files or src/excel.",
  },
  {
    group: [
      "**/cli/**",
      "**/excel/**",
      "**/taskpane/**",
      "**/functions/**",
      "**/files/**",
      "**/preview/**",
      "**/host/**",
    ],
    message: "Dependencies point inwards: src/core imports nothing outside src/core.",
  },
];

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "coverage/**", "test-artifacts/**", "**/*.cjs"] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    files: ["src/**/*.tsx", "src/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": ["error", { patterns: forbiddenInCore }],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "Office",
        "Excel",
        "CustomFunctions",
        "process",
        "require",
        "Buffer",
      ],
    },
  },
);
