import { c as createCpuBackend } from "./app.js";
import "vue/server-renderer";
import "vue";
import "./plugin-vue_export-helper.1tPrXgE0.js";
export {
  createCpuBackend
};
