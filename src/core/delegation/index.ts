export * from "./delegation-scheme";
export * from "./load-scheme";
export * from "./mopac-scheme";
export * from "./delegation-level";
export * from "./scheme-kinds";
export * from "./scheme-levels";
export * from "./officer-delegation";
