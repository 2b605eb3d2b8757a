export * from "./exercises/mod.ts";
