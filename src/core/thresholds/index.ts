export * from "./iso-date";
export * from "./threshold-table";
export * from "./procurement-threshold";
export * from "./threshold-cited-on";
