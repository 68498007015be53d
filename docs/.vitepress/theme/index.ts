import DefaultTheme from "vitepress/theme";
import type { Theme } from "vitepress";
import Fig1Demo from "../components/Fig1Demo.vue";
import GradientNormPlot from "../components/GradientNormPlot.vue";
import TammesDemo from "../components/TammesDemo.vue";
import TimingDemo from "../components/TimingDemo.vue";

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component("GradientNormPlot", GradientNormPlot);
    app.component("TammesDemo", TammesDemo);
    app.component("Fig1Demo", Fig1Demo);
    app.component("TimingDemo", TimingDemo);
  },
} satisfies Theme;
