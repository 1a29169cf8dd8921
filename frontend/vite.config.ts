// Builds into the Python package (src/callvault/web/static), where `callvault serve` serves
// it: hashed names under assets/, nothing inlined (the CSP allows only files from 'self').
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "../src/callvault/web/static",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    target: "es2022",
    modulePreload: { polyfill: false },
  },
});
