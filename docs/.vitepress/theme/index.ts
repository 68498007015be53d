import DefaultTheme from "vitepress/theme";
import type { Theme } from "vitepress";
import { h } from "vue";
import Fig1Demo from "../components/Fig1Demo.vue";
import GradientNormPlot from "../components/GradientNormPlot.vue";
import TammesDemo from "../components/TammesDemo.vue";
import TimingDemo from "../components/TimingDemo.vue";
import HeroInstall from "./HeroInstall.vue";
import "./custom.css";

export default {
  extends: DefaultTheme,
  // the home hero gets its install line under the tagline
  Layout: () => h(DefaultTheme.Layout, null, { "home-hero-info-after": () => h(HeroInstall) }),
  enhanceApp({ app }) {
    app.component("GradientNormPlot", GradientNormPlot);
    app.component("TammesDemo", TammesDemo);
    app.component("Fig1Demo", Fig1Demo);
    app.component("TimingDemo", TimingDemo);
  },
} satisfies Theme;
