var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
import { ssrRenderAttrs, ssrRenderSlot, ssrInterpolate, ssrRenderAttr, ssrRenderList, ssrRenderComponent, ssrRenderVNode, ssrRenderClass, ssrIncludeBooleanAttr, ssrLooseContain, ssrLooseEqual, renderToString } from "vue/server-renderer";
import { defineComponent, mergeProps, useSSRContext, getCurrentInstance, hasInjectionContext, inject, watch, getCurrentScope, onScopeDispose, onMounted, nextTick, isRef, toValue, toRef as toRef$1, readonly, customRef, ref, shallowRef, watchEffect, computed, unref, reactive, onUnmounted, markRaw, h, watchPostEffect, onUpdated, resolveComponent, createVNode, resolveDynamicComponent, withCtx, renderSlot, createTextVNode, toDisplayString, openBlock, createBlock, createCommentVNode, Fragment, renderList, defineAsyncComponent, provide, toHandlers, withKeys, onBeforeUnmount, useSlots, createSSRApp } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const _sfc_main$19 = /* @__PURE__ */ defineComponent({
  __name: "VPBadge",
  __ssrInlineRender: true,
  props: {
    text: {},
    type: { default: "tip" }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<span${ssrRenderAttrs(mergeProps({
        class: ["VPBadge", __props.type]
      }, _attrs))}>`);
      ssrRenderSlot(_ctx.$slots, "default", {}, () => {
        _push(`${ssrInterpolate(__props.text)}`);
      }, _push, _parent);
      _push(`</span>`);
    };
  }
});
const _sfc_setup$19 = _sfc_main$19.setup;
_sfc_main$19.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPBadge.vue");
  return _sfc_setup$19 ? _sfc_setup$19(props, ctx) : void 0;
};
function deserializeFunctions(r) {
  return Array.isArray(r) ? r.map(deserializeFunctions) : typeof r == "object" && r !== null ? Object.keys(r).reduce((t, n) => (t[n] = deserializeFunctions(r[n]), t), {}) : typeof r == "string" && r.startsWith("_vp-fn_") ? new Function(`return ${r.slice(7)}`)() : r;
}
const siteData = deserializeFunctions(JSON.parse('{"lang":"en-US","dir":"ltr","title":"mmareg","description":"MMA regularization (maximize the minimal angle) for JavaScript: losses, gradients, backends, Tammes solver","base":"/","head":[],"router":{"prefetchLinks":true},"appearance":true,"themeConfig":{"nav":[{"text":"Guide","link":"/guide/what-is-mma"},{"text":"Losses","link":"/losses/mma"},{"text":"Backends","link":"/backends/cpu"},{"text":"Examples","link":"/examples/tammes"},{"text":"Results","link":"/results"},{"text":"API","link":"/api/"}],"socialLinks":[{"icon":"github","link":"https://github.com/mmareg/mmareg","ariaLabel":"source repository"}],"sidebar":{"/api/":[{"text":"API reference","items":[{"text":"Overview","link":"/api/"},{"text":"@mmareg/core","link":"/api/core/"},{"text":"@mmareg/cpu","link":"/api/cpu/"},{"text":"@mmareg/tfjs","link":"/api/tfjs/"},{"text":"@mmareg/gpujs","link":"/api/gpujs/"},{"text":"@mmareg/onnx","link":"/api/onnx/"},{"text":"@mmareg/wasm","link":"/api/wasm/"},{"text":"@mmareg/cli","link":"/api/cli/"}]}],"/":[{"text":"Guide","items":[{"text":"What is MMA?","link":"/guide/what-is-mma"},{"text":"Plain arrays (cpu)","link":"/guide/arrays"},{"text":"TensorFlow.js","link":"/guide/tfjs"},{"text":"Neighbour refresh (every k steps)","link":"/guide/refresh"},{"text":"gpu.js","link":"/guide/gpujs"},{"text":"ONNX","link":"/guide/onnx"},{"text":"WebAssembly on every core","link":"/guide/wasm"},{"text":"Command line","link":"/guide/cli"}]},{"text":"Losses","items":[{"text":"MMA","link":"/losses/mma"},{"text":"Cosine","link":"/losses/cosine"},{"text":"MHE","link":"/losses/mhe"},{"text":"Orthogonal","link":"/losses/orthogonal"}]},{"text":"Backends","items":[{"text":"cpu","link":"/backends/cpu"},{"text":"tfjs","link":"/backends/tfjs"},{"text":"gpu.js","link":"/backends/gpujs"},{"text":"onnx","link":"/backends/onnx"},{"text":"wasm","link":"/backends/wasm"},{"text":"Adding a backend","link":"/backends/adding-a-backend"}]},{"text":"Runnable examples","items":[{"text":"Tammes on the sphere","link":"/examples/tammes"},{"text":"Fig. 1: filter similarity","link":"/examples/fig1"},{"text":"Timing on your machine","link":"/examples/timing"}]},{"text":"Results","items":[{"text":"Paper vs ours","link":"/results"},{"text":"Tammes solver","link":"/tammes"}]},{"text":"API reference","link":"/api/"}]},"search":{"provider":"local"},"footer":{"message":"MIT licensed"}},"locales":{},"scrollOffset":134,"cleanUrls":false}'));
function tryOnScopeDispose(fn) {
  if (getCurrentScope()) {
    onScopeDispose(fn);
    return true;
  }
  return false;
}
const localProvidedStateMap = /* @__PURE__ */ new WeakMap();
const injectLocal = (...args) => {
  var _a;
  const key = args[0];
  const instance = (_a = getCurrentInstance()) == null ? void 0 : _a.proxy;
  if (instance == null && !hasInjectionContext())
    throw new Error("injectLocal must be called in setup");
  if (instance && localProvidedStateMap.has(instance) && key in localProvidedStateMap.get(instance))
    return localProvidedStateMap.get(instance)[key];
  return inject(...args);
};
const isClient = typeof window !== "undefined" && typeof document !== "undefined";
typeof WorkerGlobalScope !== "undefined" && globalThis instanceof WorkerGlobalScope;
const notNullish = (val) => val != null;
const toString = Object.prototype.toString;
const isObject = (val) => toString.call(val) === "[object Object]";
const noop = () => {
};
const isIOS = /* @__PURE__ */ getIsIOS();
function getIsIOS() {
  var _a, _b;
  return isClient && ((_a = window == null ? void 0 : window.navigator) == null ? void 0 : _a.userAgent) && (/iP(?:ad|hone|od)/.test(window.navigator.userAgent) || ((_b = window == null ? void 0 : window.navigator) == null ? void 0 : _b.maxTouchPoints) > 2 && /iPad|Macintosh/.test(window == null ? void 0 : window.navigator.userAgent));
}
function createFilterWrapper(filter, fn) {
  function wrapper(...args) {
    return new Promise((resolve, reject) => {
      Promise.resolve(filter(() => fn.apply(this, args), { fn, thisArg: this, args })).then(resolve).catch(reject);
    });
  }
  return wrapper;
}
const bypassFilter = (invoke) => {
  return invoke();
};
function debounceFilter(ms, options = {}) {
  let timer;
  let maxTimer;
  let lastRejector = noop;
  const _clearTimeout = (timer2) => {
    clearTimeout(timer2);
    lastRejector();
    lastRejector = noop;
  };
  let lastInvoker;
  const filter = (invoke) => {
    const duration = toValue(ms);
    const maxDuration = toValue(options.maxWait);
    if (timer)
      _clearTimeout(timer);
    if (duration <= 0 || maxDuration !== void 0 && maxDuration <= 0) {
      if (maxTimer) {
        _clearTimeout(maxTimer);
        maxTimer = null;
      }
      return Promise.resolve(invoke());
    }
    return new Promise((resolve, reject) => {
      lastRejector = options.rejectOnCancel ? reject : resolve;
      lastInvoker = invoke;
      if (maxDuration && !maxTimer) {
        maxTimer = setTimeout(() => {
          if (timer)
            _clearTimeout(timer);
          maxTimer = null;
          resolve(lastInvoker());
        }, maxDuration);
      }
      timer = setTimeout(() => {
        if (maxTimer)
          _clearTimeout(maxTimer);
        maxTimer = null;
        resolve(invoke());
      }, duration);
    });
  };
  return filter;
}
function throttleFilter(...args) {
  let lastExec = 0;
  let timer;
  let isLeading = true;
  let lastRejector = noop;
  let lastValue;
  let ms;
  let trailing;
  let leading;
  let rejectOnCancel;
  if (!isRef(args[0]) && typeof args[0] === "object")
    ({ delay: ms, trailing = true, leading = true, rejectOnCancel = false } = args[0]);
  else
    [ms, trailing = true, leading = true, rejectOnCancel = false] = args;
  const clear = () => {
    if (timer) {
      clearTimeout(timer);
      timer = void 0;
      lastRejector();
      lastRejector = noop;
    }
  };
  const filter = (_invoke) => {
    const duration = toValue(ms);
    const elapsed = Date.now() - lastExec;
    const invoke = () => {
      return lastValue = _invoke();
    };
    clear();
    if (duration <= 0) {
      lastExec = Date.now();
      return invoke();
    }
    if (elapsed > duration && (leading || !isLeading)) {
      lastExec = Date.now();
      invoke();
    } else if (trailing) {
      lastValue = new Promise((resolve, reject) => {
        lastRejector = rejectOnCancel ? reject : resolve;
        timer = setTimeout(() => {
          lastExec = Date.now();
          isLeading = true;
          resolve(invoke());
          clear();
        }, Math.max(0, duration - elapsed));
      });
    }
    if (!leading && !timer)
      timer = setTimeout(() => isLeading = true, duration);
    isLeading = false;
    return lastValue;
  };
  return filter;
}
function pausableFilter(extendFilter = bypassFilter, options = {}) {
  const {
    initialState = "active"
  } = options;
  const isActive2 = toRef(initialState === "active");
  function pause() {
    isActive2.value = false;
  }
  function resume() {
    isActive2.value = true;
  }
  const eventFilter = (...args) => {
    if (isActive2.value)
      extendFilter(...args);
  };
  return { isActive: readonly(isActive2), pause, resume, eventFilter };
}
function pxValue(px) {
  return px.endsWith("rem") ? Number.parseFloat(px) * 16 : Number.parseFloat(px);
}
function getLifeCycleTarget(target) {
  return getCurrentInstance();
}
function toArray(value) {
  return Array.isArray(value) ? value : [value];
}
function toRef(...args) {
  if (args.length !== 1)
    return toRef$1(...args);
  const r = args[0];
  return typeof r === "function" ? readonly(customRef(() => ({ get: r, set: noop }))) : ref(r);
}
function useDebounceFn(fn, ms = 200, options = {}) {
  return createFilterWrapper(
    debounceFilter(ms, options),
    fn
  );
}
function useThrottleFn(fn, ms = 200, trailing = false, leading = true, rejectOnCancel = false) {
  return createFilterWrapper(
    throttleFilter(ms, trailing, leading, rejectOnCancel),
    fn
  );
}
function watchWithFilter(source, cb, options = {}) {
  const {
    eventFilter = bypassFilter,
    ...watchOptions
  } = options;
  return watch(
    source,
    createFilterWrapper(
      eventFilter,
      cb
    ),
    watchOptions
  );
}
function watchPausable(source, cb, options = {}) {
  const {
    eventFilter: filter,
    initialState = "active",
    ...watchOptions
  } = options;
  const { eventFilter, pause, resume, isActive: isActive2 } = pausableFilter(filter, { initialState });
  const stop = watchWithFilter(
    source,
    cb,
    {
      ...watchOptions,
      eventFilter
    }
  );
  return { stop, pause, resume, isActive: isActive2 };
}
function tryOnMounted(fn, sync = true, target) {
  const instance = getLifeCycleTarget();
  if (instance)
    onMounted(fn, target);
  else if (sync)
    fn();
  else
    nextTick(fn);
}
function watchDebounced(source, cb, options = {}) {
  const {
    debounce = 0,
    maxWait = void 0,
    ...watchOptions
  } = options;
  return watchWithFilter(
    source,
    cb,
    {
      ...watchOptions,
      eventFilter: debounceFilter(debounce, { maxWait })
    }
  );
}
function watchImmediate(source, cb, options) {
  return watch(
    source,
    cb,
    {
      ...options,
      immediate: true
    }
  );
}
function computedAsync(evaluationCallback, initialState, optionsOrRef) {
  let options;
  if (isRef(optionsOrRef)) {
    options = {
      evaluating: optionsOrRef
    };
  } else {
    options = {};
  }
  const {
    lazy = false,
    evaluating = void 0,
    shallow = true,
    onError = noop
  } = options;
  const started = shallowRef(!lazy);
  const current = shallow ? shallowRef(initialState) : ref(initialState);
  let counter = 0;
  watchEffect(async (onInvalidate) => {
    if (!started.value)
      return;
    counter++;
    const counterAtBeginning = counter;
    let hasFinished = false;
    if (evaluating) {
      Promise.resolve().then(() => {
        evaluating.value = true;
      });
    }
    try {
      const result = await evaluationCallback((cancelCallback) => {
        onInvalidate(() => {
          if (evaluating)
            evaluating.value = false;
          if (!hasFinished)
            cancelCallback();
        });
      });
      if (counterAtBeginning === counter)
        current.value = result;
    } catch (e) {
      onError(e);
    } finally {
      if (evaluating && counterAtBeginning === counter)
        evaluating.value = false;
      hasFinished = true;
    }
  });
  if (lazy) {
    return computed(() => {
      started.value = true;
      return current.value;
    });
  } else {
    return current;
  }
}
const defaultWindow = isClient ? window : void 0;
function unrefElement(elRef) {
  var _a;
  const plain = toValue(elRef);
  return (_a = plain == null ? void 0 : plain.$el) != null ? _a : plain;
}
function useEventListener(...args) {
  const cleanups = [];
  const cleanup = () => {
    cleanups.forEach((fn) => fn());
    cleanups.length = 0;
  };
  const register = (el, event, listener, options) => {
    el.addEventListener(event, listener, options);
    return () => el.removeEventListener(event, listener, options);
  };
  const firstParamTargets = computed(() => {
    const test = toArray(toValue(args[0])).filter((e) => e != null);
    return test.every((e) => typeof e !== "string") ? test : void 0;
  });
  const stopWatch = watchImmediate(
    () => {
      var _a, _b;
      return [
        (_b = (_a = firstParamTargets.value) == null ? void 0 : _a.map((e) => unrefElement(e))) != null ? _b : [defaultWindow].filter((e) => e != null),
        toArray(toValue(firstParamTargets.value ? args[1] : args[0])),
        toArray(unref(firstParamTargets.value ? args[2] : args[1])),
        // @ts-expect-error - TypeScript gets the correct types, but somehow still complains
        toValue(firstParamTargets.value ? args[3] : args[2])
      ];
    },
    ([raw_targets, raw_events, raw_listeners, raw_options]) => {
      cleanup();
      if (!(raw_targets == null ? void 0 : raw_targets.length) || !(raw_events == null ? void 0 : raw_events.length) || !(raw_listeners == null ? void 0 : raw_listeners.length))
        return;
      const optionsClone = isObject(raw_options) ? { ...raw_options } : raw_options;
      cleanups.push(
        ...raw_targets.flatMap(
          (el) => raw_events.flatMap(
            (event) => raw_listeners.map((listener) => register(el, event, listener, optionsClone))
          )
        )
      );
    },
    { flush: "post" }
  );
  const stop = () => {
    stopWatch();
    cleanup();
  };
  tryOnScopeDispose(cleanup);
  return stop;
}
function useMounted() {
  const isMounted = shallowRef(false);
  const instance = getCurrentInstance();
  if (instance) {
    onMounted(() => {
      isMounted.value = true;
    }, instance);
  }
  return isMounted;
}
function useSupported(callback) {
  const isMounted = useMounted();
  return computed(() => {
    isMounted.value;
    return Boolean(callback());
  });
}
function createKeyPredicate(keyFilter) {
  if (typeof keyFilter === "function")
    return keyFilter;
  else if (typeof keyFilter === "string")
    return (event) => event.key === keyFilter;
  else if (Array.isArray(keyFilter))
    return (event) => keyFilter.includes(event.key);
  return () => true;
}
function onKeyStroke(...args) {
  let key;
  let handler;
  let options = {};
  if (args.length === 3) {
    key = args[0];
    handler = args[1];
    options = args[2];
  } else if (args.length === 2) {
    if (typeof args[1] === "object") {
      key = true;
      handler = args[0];
      options = args[1];
    } else {
      key = args[0];
      handler = args[1];
    }
  } else {
    key = true;
    handler = args[0];
  }
  const {
    target = defaultWindow,
    eventName = "keydown",
    passive = false,
    dedupe = false
  } = options;
  const predicate = createKeyPredicate(key);
  const listener = (e) => {
    if (e.repeat && toValue(dedupe))
      return;
    if (predicate(e))
      handler(e);
  };
  return useEventListener(target, eventName, listener, passive);
}
const ssrWidthSymbol = Symbol("vueuse-ssr-width");
function useSSRWidth() {
  const ssrWidth = hasInjectionContext() ? injectLocal(ssrWidthSymbol, null) : null;
  return typeof ssrWidth === "number" ? ssrWidth : void 0;
}
function useMediaQuery(query, options = {}) {
  const { window: window2 = defaultWindow, ssrWidth = useSSRWidth() } = options;
  const isSupported = useSupported(() => window2 && "matchMedia" in window2 && typeof window2.matchMedia === "function");
  const ssrSupport = shallowRef(typeof ssrWidth === "number");
  const mediaQuery = shallowRef();
  const matches = shallowRef(false);
  const handler = (event) => {
    matches.value = event.matches;
  };
  watchEffect(() => {
    if (ssrSupport.value) {
      ssrSupport.value = !isSupported.value;
      const queryStrings = toValue(query).split(",");
      matches.value = queryStrings.some((queryString) => {
        const not = queryString.includes("not all");
        const minWidth = queryString.match(/\(\s*min-width:\s*(-?\d+(?:\.\d*)?[a-z]+\s*)\)/);
        const maxWidth = queryString.match(/\(\s*max-width:\s*(-?\d+(?:\.\d*)?[a-z]+\s*)\)/);
        let res = Boolean(minWidth || maxWidth);
        if (minWidth && res) {
          res = ssrWidth >= pxValue(minWidth[1]);
        }
        if (maxWidth && res) {
          res = ssrWidth <= pxValue(maxWidth[1]);
        }
        return not ? !res : res;
      });
      return;
    }
    if (!isSupported.value)
      return;
    mediaQuery.value = window2.matchMedia(toValue(query));
    matches.value = mediaQuery.value.matches;
  });
  useEventListener(mediaQuery, "change", handler, { passive: true });
  return computed(() => matches.value);
}
const _global = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
const globalKey = "__vueuse_ssr_handlers__";
const handlers = /* @__PURE__ */ getHandlers();
function getHandlers() {
  if (!(globalKey in _global))
    _global[globalKey] = _global[globalKey] || {};
  return _global[globalKey];
}
function getSSRHandler(key, fallback) {
  return handlers[key] || fallback;
}
function usePreferredDark(options) {
  return useMediaQuery("(prefers-color-scheme: dark)", options);
}
function guessSerializerType(rawInit) {
  return rawInit == null ? "any" : rawInit instanceof Set ? "set" : rawInit instanceof Map ? "map" : rawInit instanceof Date ? "date" : typeof rawInit === "boolean" ? "boolean" : typeof rawInit === "string" ? "string" : typeof rawInit === "object" ? "object" : !Number.isNaN(rawInit) ? "number" : "any";
}
const StorageSerializers = {
  boolean: {
    read: (v) => v === "true",
    write: (v) => String(v)
  },
  object: {
    read: (v) => JSON.parse(v),
    write: (v) => JSON.stringify(v)
  },
  number: {
    read: (v) => Number.parseFloat(v),
    write: (v) => String(v)
  },
  any: {
    read: (v) => v,
    write: (v) => String(v)
  },
  string: {
    read: (v) => v,
    write: (v) => String(v)
  },
  map: {
    read: (v) => new Map(JSON.parse(v)),
    write: (v) => JSON.stringify(Array.from(v.entries()))
  },
  set: {
    read: (v) => new Set(JSON.parse(v)),
    write: (v) => JSON.stringify(Array.from(v))
  },
  date: {
    read: (v) => new Date(v),
    write: (v) => v.toISOString()
  }
};
const customStorageEventName = "vueuse-storage";
function useStorage(key, defaults, storage, options = {}) {
  var _a;
  const {
    flush = "pre",
    deep = true,
    listenToStorageChanges = true,
    writeDefaults = true,
    mergeDefaults = false,
    shallow,
    window: window2 = defaultWindow,
    eventFilter,
    onError = (e) => {
      console.error(e);
    },
    initOnMounted
  } = options;
  const data = (shallow ? shallowRef : ref)(typeof defaults === "function" ? defaults() : defaults);
  const keyComputed = computed(() => toValue(key));
  if (!storage) {
    try {
      storage = getSSRHandler("getDefaultStorage", () => {
        var _a2;
        return (_a2 = defaultWindow) == null ? void 0 : _a2.localStorage;
      })();
    } catch (e) {
      onError(e);
    }
  }
  if (!storage)
    return data;
  const rawInit = toValue(defaults);
  const type = guessSerializerType(rawInit);
  const serializer = (_a = options.serializer) != null ? _a : StorageSerializers[type];
  const { pause: pauseWatch, resume: resumeWatch } = watchPausable(
    data,
    () => write(data.value),
    { flush, deep, eventFilter }
  );
  watch(keyComputed, () => update(), { flush });
  if (window2 && listenToStorageChanges) {
    tryOnMounted(() => {
      if (storage instanceof Storage)
        useEventListener(window2, "storage", update, { passive: true });
      else
        useEventListener(window2, customStorageEventName, updateFromCustomEvent);
      if (initOnMounted)
        update();
    });
  }
  if (!initOnMounted)
    update();
  function dispatchWriteEvent(oldValue, newValue) {
    if (window2) {
      const payload = {
        key: keyComputed.value,
        oldValue,
        newValue,
        storageArea: storage
      };
      window2.dispatchEvent(storage instanceof Storage ? new StorageEvent("storage", payload) : new CustomEvent(customStorageEventName, {
        detail: payload
      }));
    }
  }
  function write(v) {
    try {
      const oldValue = storage.getItem(keyComputed.value);
      if (v == null) {
        dispatchWriteEvent(oldValue, null);
        storage.removeItem(keyComputed.value);
      } else {
        const serialized = serializer.write(v);
        if (oldValue !== serialized) {
          storage.setItem(keyComputed.value, serialized);
          dispatchWriteEvent(oldValue, serialized);
        }
      }
    } catch (e) {
      onError(e);
    }
  }
  function read(event) {
    const rawValue = event ? event.newValue : storage.getItem(keyComputed.value);
    if (rawValue == null) {
      if (writeDefaults && rawInit != null)
        storage.setItem(keyComputed.value, serializer.write(rawInit));
      return rawInit;
    } else if (!event && mergeDefaults) {
      const value = serializer.read(rawValue);
      if (typeof mergeDefaults === "function")
        return mergeDefaults(value, rawInit);
      else if (type === "object" && !Array.isArray(value))
        return { ...rawInit, ...value };
      return value;
    } else if (typeof rawValue !== "string") {
      return rawValue;
    } else {
      return serializer.read(rawValue);
    }
  }
  function update(event) {
    if (event && event.storageArea !== storage)
      return;
    if (event && event.key == null) {
      data.value = rawInit;
      return;
    }
    if (event && event.key !== keyComputed.value)
      return;
    pauseWatch();
    try {
      if ((event == null ? void 0 : event.newValue) !== serializer.write(data.value))
        data.value = read(event);
    } catch (e) {
      onError(e);
    } finally {
      if (event)
        nextTick(resumeWatch);
      else
        resumeWatch();
    }
  }
  function updateFromCustomEvent(event) {
    update(event.detail);
  }
  return data;
}
const CSS_DISABLE_TRANS = "*,*::before,*::after{-webkit-transition:none!important;-moz-transition:none!important;-o-transition:none!important;-ms-transition:none!important;transition:none!important}";
function useColorMode(options = {}) {
  const {
    selector = "html",
    attribute = "class",
    initialValue = "auto",
    window: window2 = defaultWindow,
    storage,
    storageKey = "vueuse-color-scheme",
    listenToStorageChanges = true,
    storageRef,
    emitAuto,
    disableTransition = true
  } = options;
  const modes = {
    auto: "",
    light: "light",
    dark: "dark",
    ...options.modes || {}
  };
  const preferredDark = usePreferredDark({ window: window2 });
  const system = computed(() => preferredDark.value ? "dark" : "light");
  const store = storageRef || (storageKey == null ? toRef(initialValue) : useStorage(storageKey, initialValue, storage, { window: window2, listenToStorageChanges }));
  const state = computed(() => store.value === "auto" ? system.value : store.value);
  const updateHTMLAttrs = getSSRHandler(
    "updateHTMLAttrs",
    (selector2, attribute2, value) => {
      const el = typeof selector2 === "string" ? window2 == null ? void 0 : window2.document.querySelector(selector2) : unrefElement(selector2);
      if (!el)
        return;
      const classesToAdd = /* @__PURE__ */ new Set();
      const classesToRemove = /* @__PURE__ */ new Set();
      let attributeToChange = null;
      if (attribute2 === "class") {
        const current = value.split(/\s/g);
        Object.values(modes).flatMap((i) => (i || "").split(/\s/g)).filter(Boolean).forEach((v) => {
          if (current.includes(v))
            classesToAdd.add(v);
          else
            classesToRemove.add(v);
        });
      } else {
        attributeToChange = { key: attribute2, value };
      }
      if (classesToAdd.size === 0 && classesToRemove.size === 0 && attributeToChange === null)
        return;
      let style;
      if (disableTransition) {
        style = window2.document.createElement("style");
        style.appendChild(document.createTextNode(CSS_DISABLE_TRANS));
        window2.document.head.appendChild(style);
      }
      for (const c of classesToAdd) {
        el.classList.add(c);
      }
      for (const c of classesToRemove) {
        el.classList.remove(c);
      }
      if (attributeToChange) {
        el.setAttribute(attributeToChange.key, attributeToChange.value);
      }
      if (disableTransition) {
        window2.getComputedStyle(style).opacity;
        document.head.removeChild(style);
      }
    }
  );
  function defaultOnChanged(mode) {
    var _a;
    updateHTMLAttrs(selector, attribute, (_a = modes[mode]) != null ? _a : mode);
  }
  function onChanged(mode) {
    if (options.onChanged)
      options.onChanged(mode, defaultOnChanged);
    else
      defaultOnChanged(mode);
  }
  watch(state, onChanged, { flush: "post", immediate: true });
  tryOnMounted(() => onChanged(state.value));
  const auto = computed({
    get() {
      return emitAuto ? store.value : state.value;
    },
    set(v) {
      store.value = v;
    }
  });
  return Object.assign(auto, { store, system, state });
}
function useDark(options = {}) {
  const {
    valueDark = "dark",
    valueLight = ""
  } = options;
  const mode = useColorMode({
    ...options,
    onChanged: (mode2, defaultHandler) => {
      var _a;
      if (options.onChanged)
        (_a = options.onChanged) == null ? void 0 : _a.call(options, mode2 === "dark", defaultHandler, mode2);
      else
        defaultHandler(mode2);
    },
    modes: {
      dark: valueDark,
      light: valueLight
    }
  });
  const system = computed(() => mode.system.value);
  const isDark = computed({
    get() {
      return mode.value === "dark";
    },
    set(v) {
      const modeVal = v ? "dark" : "light";
      if (system.value === modeVal)
        mode.value = "auto";
      else
        mode.value = modeVal;
    }
  });
  return isDark;
}
function resolveElement(el) {
  if (typeof Window !== "undefined" && el instanceof Window)
    return el.document.documentElement;
  if (typeof Document !== "undefined" && el instanceof Document)
    return el.documentElement;
  return el;
}
const ARRIVED_STATE_THRESHOLD_PIXELS = 1;
function useScroll(element, options = {}) {
  const {
    throttle = 0,
    idle = 200,
    onStop = noop,
    onScroll = noop,
    offset = {
      left: 0,
      right: 0,
      top: 0,
      bottom: 0
    },
    eventListenerOptions = {
      capture: false,
      passive: true
    },
    behavior = "auto",
    window: window2 = defaultWindow,
    onError = (e) => {
      console.error(e);
    }
  } = options;
  const internalX = shallowRef(0);
  const internalY = shallowRef(0);
  const x = computed({
    get() {
      return internalX.value;
    },
    set(x2) {
      scrollTo2(x2, void 0);
    }
  });
  const y = computed({
    get() {
      return internalY.value;
    },
    set(y2) {
      scrollTo2(void 0, y2);
    }
  });
  function scrollTo2(_x, _y) {
    var _a, _b, _c, _d;
    if (!window2)
      return;
    const _element = toValue(element);
    if (!_element)
      return;
    (_c = _element instanceof Document ? window2.document.body : _element) == null ? void 0 : _c.scrollTo({
      top: (_a = toValue(_y)) != null ? _a : y.value,
      left: (_b = toValue(_x)) != null ? _b : x.value,
      behavior: toValue(behavior)
    });
    const scrollContainer = ((_d = _element == null ? void 0 : _element.document) == null ? void 0 : _d.documentElement) || (_element == null ? void 0 : _element.documentElement) || _element;
    if (x != null)
      internalX.value = scrollContainer.scrollLeft;
    if (y != null)
      internalY.value = scrollContainer.scrollTop;
  }
  const isScrolling = shallowRef(false);
  const arrivedState = reactive({
    left: true,
    right: false,
    top: true,
    bottom: false
  });
  const directions = reactive({
    left: false,
    right: false,
    top: false,
    bottom: false
  });
  const onScrollEnd = (e) => {
    if (!isScrolling.value)
      return;
    isScrolling.value = false;
    directions.left = false;
    directions.right = false;
    directions.top = false;
    directions.bottom = false;
    onStop(e);
  };
  const onScrollEndDebounced = useDebounceFn(onScrollEnd, throttle + idle);
  const setArrivedState = (target) => {
    var _a;
    if (!window2)
      return;
    const el = ((_a = target == null ? void 0 : target.document) == null ? void 0 : _a.documentElement) || (target == null ? void 0 : target.documentElement) || unrefElement(target);
    const { display, flexDirection, direction } = getComputedStyle(el);
    const directionMultipler = direction === "rtl" ? -1 : 1;
    const scrollLeft = el.scrollLeft;
    directions.left = scrollLeft < internalX.value;
    directions.right = scrollLeft > internalX.value;
    const left = Math.abs(scrollLeft * directionMultipler) <= (offset.left || 0);
    const right = Math.abs(scrollLeft * directionMultipler) + el.clientWidth >= el.scrollWidth - (offset.right || 0) - ARRIVED_STATE_THRESHOLD_PIXELS;
    if (display === "flex" && flexDirection === "row-reverse") {
      arrivedState.left = right;
      arrivedState.right = left;
    } else {
      arrivedState.left = left;
      arrivedState.right = right;
    }
    internalX.value = scrollLeft;
    let scrollTop = el.scrollTop;
    if (target === window2.document && !scrollTop)
      scrollTop = window2.document.body.scrollTop;
    directions.top = scrollTop < internalY.value;
    directions.bottom = scrollTop > internalY.value;
    const top = Math.abs(scrollTop) <= (offset.top || 0);
    const bottom = Math.abs(scrollTop) + el.clientHeight >= el.scrollHeight - (offset.bottom || 0) - ARRIVED_STATE_THRESHOLD_PIXELS;
    if (display === "flex" && flexDirection === "column-reverse") {
      arrivedState.top = bottom;
      arrivedState.bottom = top;
    } else {
      arrivedState.top = top;
      arrivedState.bottom = bottom;
    }
    internalY.value = scrollTop;
  };
  const onScrollHandler = (e) => {
    var _a;
    if (!window2)
      return;
    const eventTarget = (_a = e.target.documentElement) != null ? _a : e.target;
    setArrivedState(eventTarget);
    isScrolling.value = true;
    onScrollEndDebounced(e);
    onScroll(e);
  };
  useEventListener(
    element,
    "scroll",
    throttle ? useThrottleFn(onScrollHandler, throttle, true, false) : onScrollHandler,
    eventListenerOptions
  );
  tryOnMounted(() => {
    try {
      const _element = toValue(element);
      if (!_element)
        return;
      setArrivedState(_element);
    } catch (e) {
      onError(e);
    }
  });
  useEventListener(
    element,
    "scrollend",
    onScrollEnd,
    eventListenerOptions
  );
  return {
    x,
    y,
    isScrolling,
    arrivedState,
    directions,
    measure() {
      const _element = toValue(element);
      if (window2 && _element)
        setArrivedState(_element);
    }
  };
}
function useLocalStorage(key, initialValue, options = {}) {
  const { window: window2 = defaultWindow } = options;
  return useStorage(key, initialValue, window2 == null ? void 0 : window2.localStorage, options);
}
function checkOverflowScroll(ele) {
  const style = window.getComputedStyle(ele);
  if (style.overflowX === "scroll" || style.overflowY === "scroll" || style.overflowX === "auto" && ele.clientWidth < ele.scrollWidth || style.overflowY === "auto" && ele.clientHeight < ele.scrollHeight) {
    return true;
  } else {
    const parent = ele.parentNode;
    if (!parent || parent.tagName === "BODY")
      return false;
    return checkOverflowScroll(parent);
  }
}
function preventDefault(rawEvent) {
  const e = rawEvent || window.event;
  const _target = e.target;
  if (checkOverflowScroll(_target))
    return false;
  if (e.touches.length > 1)
    return true;
  if (e.preventDefault)
    e.preventDefault();
  return false;
}
const elInitialOverflow = /* @__PURE__ */ new WeakMap();
function useScrollLock(element, initialState = false) {
  const isLocked = shallowRef(initialState);
  let stopTouchMoveListener = null;
  let initialOverflow = "";
  watch(toRef(element), (el) => {
    const target = resolveElement(toValue(el));
    if (target) {
      const ele = target;
      if (!elInitialOverflow.get(ele))
        elInitialOverflow.set(ele, ele.style.overflow);
      if (ele.style.overflow !== "hidden")
        initialOverflow = ele.style.overflow;
      if (ele.style.overflow === "hidden")
        return isLocked.value = true;
      if (isLocked.value)
        return ele.style.overflow = "hidden";
    }
  }, {
    immediate: true
  });
  const lock = () => {
    const el = resolveElement(toValue(element));
    if (!el || isLocked.value)
      return;
    if (isIOS) {
      stopTouchMoveListener = useEventListener(
        el,
        "touchmove",
        (e) => {
          preventDefault(e);
        },
        { passive: false }
      );
    }
    el.style.overflow = "hidden";
    isLocked.value = true;
  };
  const unlock = () => {
    const el = resolveElement(toValue(element));
    if (!el || !isLocked.value)
      return;
    if (isIOS)
      stopTouchMoveListener == null ? void 0 : stopTouchMoveListener();
    el.style.overflow = initialOverflow;
    elInitialOverflow.delete(el);
    isLocked.value = false;
  };
  tryOnScopeDispose(unlock);
  return computed({
    get() {
      return isLocked.value;
    },
    set(v) {
      if (v)
        lock();
      else unlock();
    }
  });
}
function useSessionStorage(key, initialValue, options = {}) {
  const { window: window2 = defaultWindow } = options;
  return useStorage(key, initialValue, window2 == null ? void 0 : window2.sessionStorage, options);
}
function useWindowScroll(options = {}) {
  const { window: window2 = defaultWindow, ...rest } = options;
  return useScroll(window2, rest);
}
function useWindowSize(options = {}) {
  const {
    window: window2 = defaultWindow,
    initialWidth = Number.POSITIVE_INFINITY,
    initialHeight = Number.POSITIVE_INFINITY,
    listenOrientation = true,
    includeScrollbar = true,
    type = "inner"
  } = options;
  const width = shallowRef(initialWidth);
  const height = shallowRef(initialHeight);
  const update = () => {
    if (window2) {
      if (type === "outer") {
        width.value = window2.outerWidth;
        height.value = window2.outerHeight;
      } else if (type === "visual" && window2.visualViewport) {
        const { width: visualViewportWidth, height: visualViewportHeight, scale } = window2.visualViewport;
        width.value = Math.round(visualViewportWidth * scale);
        height.value = Math.round(visualViewportHeight * scale);
      } else if (includeScrollbar) {
        width.value = window2.innerWidth;
        height.value = window2.innerHeight;
      } else {
        width.value = window2.document.documentElement.clientWidth;
        height.value = window2.document.documentElement.clientHeight;
      }
    }
  };
  update();
  tryOnMounted(update);
  const listenerOptions = { passive: true };
  useEventListener("resize", update, listenerOptions);
  if (window2 && type === "visual" && window2.visualViewport) {
    useEventListener(window2.visualViewport, "resize", update, listenerOptions);
  }
  if (listenOrientation) {
    const matches = useMediaQuery("(orientation: portrait)");
    watch(matches, () => update());
  }
  return { width, height };
}
const __vite_import_meta_env__ = {};
const EXTERNAL_URL_RE = /^(?:[a-z]+:|\/\/)/i;
const APPEARANCE_KEY = "vitepress-theme-appearance";
const HASH_RE = /#.*$/;
const HASH_OR_QUERY_RE = /[?#].*$/;
const INDEX_OR_EXT_RE = /(?:(^|\/)index)?\.(?:md|html)$/;
const inBrowser = typeof document !== "undefined";
const notFoundPageData = {
  relativePath: "404.md",
  filePath: "",
  title: "404",
  description: "Not Found",
  headers: [],
  frontmatter: { sidebar: false, layout: "page" },
  lastUpdated: 0,
  isNotFound: true
};
function isActive(currentPath, matchPath, asRegex = false) {
  if (matchPath === void 0) {
    return false;
  }
  currentPath = normalize(`/${currentPath}`);
  if (asRegex) {
    return new RegExp(matchPath).test(currentPath);
  }
  if (normalize(matchPath) !== currentPath) {
    return false;
  }
  const hashMatch = matchPath.match(HASH_RE);
  if (hashMatch) {
    return (inBrowser ? location.hash : "") === hashMatch[0];
  }
  return true;
}
function normalize(path) {
  return decodeURI(path).replace(HASH_OR_QUERY_RE, "").replace(INDEX_OR_EXT_RE, "$1");
}
function isExternal(path) {
  return EXTERNAL_URL_RE.test(path);
}
function getLocaleForPath(siteData2, relativePath) {
  return Object.keys((siteData2 == null ? void 0 : siteData2.locales) || {}).find((key) => key !== "root" && !isExternal(key) && isActive(relativePath, `/${key}/`, true)) || "root";
}
function resolveSiteDataByRoute(siteData2, relativePath) {
  var _a, _b, _c, _d, _e, _f, _g;
  const localeIndex = getLocaleForPath(siteData2, relativePath);
  return Object.assign({}, siteData2, {
    localeIndex,
    lang: ((_a = siteData2.locales[localeIndex]) == null ? void 0 : _a.lang) ?? siteData2.lang,
    dir: ((_b = siteData2.locales[localeIndex]) == null ? void 0 : _b.dir) ?? siteData2.dir,
    title: ((_c = siteData2.locales[localeIndex]) == null ? void 0 : _c.title) ?? siteData2.title,
    titleTemplate: ((_d = siteData2.locales[localeIndex]) == null ? void 0 : _d.titleTemplate) ?? siteData2.titleTemplate,
    description: ((_e = siteData2.locales[localeIndex]) == null ? void 0 : _e.description) ?? siteData2.description,
    head: mergeHead(siteData2.head, ((_f = siteData2.locales[localeIndex]) == null ? void 0 : _f.head) ?? []),
    themeConfig: {
      ...siteData2.themeConfig,
      ...(_g = siteData2.locales[localeIndex]) == null ? void 0 : _g.themeConfig
    }
  });
}
function createTitle(siteData2, pageData) {
  const title = pageData.title || siteData2.title;
  const template = pageData.titleTemplate ?? siteData2.titleTemplate;
  if (typeof template === "string" && template.includes(":title")) {
    return template.replace(/:title/g, title);
  }
  const templateString = createTitleTemplate(siteData2.title, template);
  if (title === templateString.slice(3)) {
    return title;
  }
  return `${title}${templateString}`;
}
function createTitleTemplate(siteTitle, template) {
  if (template === false) {
    return "";
  }
  if (template === true || template === void 0) {
    return ` | ${siteTitle}`;
  }
  if (siteTitle === template) {
    return "";
  }
  return ` | ${template}`;
}
function hasTag(head, tag) {
  const [tagType, tagAttrs] = tag;
  if (tagType !== "meta")
    return false;
  const keyAttr = Object.entries(tagAttrs)[0];
  if (keyAttr == null)
    return false;
  return head.some(([type, attrs]) => type === tagType && attrs[keyAttr[0]] === keyAttr[1]);
}
function mergeHead(prev, curr) {
  return [...prev.filter((tagAttrs) => !hasTag(curr, tagAttrs)), ...curr];
}
const INVALID_CHAR_REGEX = /[\u0000-\u001F"#$&*+,:;<=>?[\]^`{|}\u007F]/g;
const DRIVE_LETTER_REGEX = /^[a-z]:/i;
function sanitizeFileName(name) {
  const match = DRIVE_LETTER_REGEX.exec(name);
  const driveLetter = match ? match[0] : "";
  return driveLetter + name.slice(driveLetter.length).replace(INVALID_CHAR_REGEX, "_").replace(/(^|\/)_+(?=[^/]*$)/, "$1");
}
const KNOWN_EXTENSIONS = /* @__PURE__ */ new Set();
function treatAsHtml(filename) {
  var _a;
  if (KNOWN_EXTENSIONS.size === 0) {
    const extraExts = typeof process === "object" && ((_a = process.env) == null ? void 0 : _a.VITE_EXTRA_EXTENSIONS) || (__vite_import_meta_env__ == null ? void 0 : __vite_import_meta_env__.VITE_EXTRA_EXTENSIONS) || "";
    ("3g2,3gp,aac,ai,apng,au,avif,bin,bmp,cer,class,conf,crl,css,csv,dll,doc,eps,epub,exe,gif,gz,ics,ief,jar,jpe,jpeg,jpg,js,json,jsonld,m4a,man,mid,midi,mjs,mov,mp2,mp3,mp4,mpe,mpeg,mpg,mpp,oga,ogg,ogv,ogx,opus,otf,p10,p7c,p7m,p7s,pdf,png,ps,qt,roff,rtf,rtx,ser,svg,t,tif,tiff,tr,ts,tsv,ttf,txt,vtt,wav,weba,webm,webp,woff,woff2,xhtml,xml,yaml,yml,zip" + (extraExts && typeof extraExts === "string" ? "," + extraExts : "")).split(",").forEach((ext2) => KNOWN_EXTENSIONS.add(ext2));
  }
  const ext = filename.split(".").pop();
  return ext == null || !KNOWN_EXTENSIONS.has(ext.toLowerCase());
}
function escapeRegExp(str) {
  return str.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}
const dataSymbol = Symbol();
const siteDataRef = shallowRef(siteData);
function initData(route) {
  const site = computed(() => resolveSiteDataByRoute(siteDataRef.value, route.data.relativePath));
  const appearance = site.value.appearance;
  const isDark = appearance === "force-dark" ? ref(true) : appearance === "force-auto" ? usePreferredDark() : appearance ? useDark({
    storageKey: APPEARANCE_KEY,
    initialValue: () => appearance === "dark" ? "dark" : "auto",
    ...typeof appearance === "object" ? appearance : {}
  }) : ref(false);
  const hashRef = ref(inBrowser ? location.hash : "");
  if (inBrowser) {
    window.addEventListener("hashchange", () => {
      hashRef.value = location.hash;
    });
  }
  watch(() => route.data, () => {
    hashRef.value = inBrowser ? location.hash : "";
  });
  return {
    site,
    theme: computed(() => site.value.themeConfig),
    page: computed(() => route.data),
    frontmatter: computed(() => route.data.frontmatter),
    params: computed(() => route.data.params),
    lang: computed(() => site.value.lang),
    dir: computed(() => route.data.frontmatter.dir || site.value.dir),
    localeIndex: computed(() => site.value.localeIndex || "root"),
    title: computed(() => createTitle(site.value, route.data)),
    description: computed(() => route.data.description || site.value.description),
    isDark,
    hash: computed(() => hashRef.value)
  };
}
function useData$1() {
  const data = inject(dataSymbol);
  if (!data) {
    throw new Error("vitepress data not properly injected in app");
  }
  return data;
}
function joinPath(base, path) {
  return `${base}${path}`.replace(/\/+/g, "/");
}
function withBase(path) {
  return EXTERNAL_URL_RE.test(path) || !path.startsWith("/") ? path : joinPath(siteDataRef.value.base, path);
}
function pathToFile(path) {
  let pagePath = path.replace(/\.html$/, "");
  pagePath = decodeURIComponent(pagePath);
  pagePath = pagePath.replace(/\/$/, "/index");
  {
    if (inBrowser) {
      const base = "/";
      pagePath = sanitizeFileName(pagePath.slice(base.length).replace(/\//g, "_") || "index") + ".md";
      let pageHash = __VP_HASH_MAP__[pagePath.toLowerCase()];
      if (!pageHash) {
        pagePath = pagePath.endsWith("_index.md") ? pagePath.slice(0, -9) + ".md" : pagePath.slice(0, -3) + "_index.md";
        pageHash = __VP_HASH_MAP__[pagePath.toLowerCase()];
      }
      if (!pageHash)
        return null;
      pagePath = `${base}${"assets"}/${pagePath}.${pageHash}.js`;
    } else {
      pagePath = `./${sanitizeFileName(pagePath.slice(1).replace(/\//g, "_"))}.md.js`;
    }
  }
  return pagePath;
}
let contentUpdatedCallbacks = [];
function onContentUpdated(fn) {
  contentUpdatedCallbacks.push(fn);
  onUnmounted(() => {
    contentUpdatedCallbacks = contentUpdatedCallbacks.filter((f) => f !== fn);
  });
}
function getScrollOffset() {
  let scrollOffset = siteDataRef.value.scrollOffset;
  let offset = 0;
  let padding = 24;
  if (typeof scrollOffset === "object" && "padding" in scrollOffset) {
    padding = scrollOffset.padding;
    scrollOffset = scrollOffset.selector;
  }
  if (typeof scrollOffset === "number") {
    offset = scrollOffset;
  } else if (typeof scrollOffset === "string") {
    offset = tryOffsetSelector(scrollOffset, padding);
  } else if (Array.isArray(scrollOffset)) {
    for (const selector of scrollOffset) {
      const res = tryOffsetSelector(selector, padding);
      if (res) {
        offset = res;
        break;
      }
    }
  }
  return offset;
}
function tryOffsetSelector(selector, padding) {
  const el = document.querySelector(selector);
  if (!el)
    return 0;
  const bot = el.getBoundingClientRect().bottom;
  if (bot < 0)
    return 0;
  return bot + padding;
}
const RouterSymbol = Symbol();
const fakeHost = "http://a.com";
const getDefaultRoute = () => ({
  path: "/",
  component: null,
  data: notFoundPageData
});
function createRouter(loadPageModule, fallbackComponent) {
  const route = reactive(getDefaultRoute());
  const router = {
    route,
    go
  };
  async function go(href = inBrowser ? location.href : "/") {
    var _a, _b;
    href = normalizeHref(href);
    if (await ((_a = router.onBeforeRouteChange) == null ? void 0 : _a.call(router, href)) === false)
      return;
    if (inBrowser && href !== normalizeHref(location.href)) {
      history.replaceState({ scrollPosition: window.scrollY }, "");
      history.pushState({}, "", href);
    }
    await loadPage(href);
    await ((_b = router.onAfterRouteChange ?? router.onAfterRouteChanged) == null ? void 0 : _b(href));
  }
  let latestPendingPath = null;
  async function loadPage(href, scrollPosition = 0, isRetry = false) {
    var _a, _b;
    if (await ((_a = router.onBeforePageLoad) == null ? void 0 : _a.call(router, href)) === false)
      return;
    const targetLoc = new URL(href, fakeHost);
    const pendingPath = latestPendingPath = targetLoc.pathname;
    try {
      let page = await loadPageModule(pendingPath);
      if (!page) {
        throw new Error(`Page not found: ${pendingPath}`);
      }
      if (latestPendingPath === pendingPath) {
        latestPendingPath = null;
        const { default: comp, __pageData } = page;
        if (!comp) {
          throw new Error(`Invalid route component: ${comp}`);
        }
        await ((_b = router.onAfterPageLoad) == null ? void 0 : _b.call(router, href));
        route.path = inBrowser ? pendingPath : withBase(pendingPath);
        route.component = markRaw(comp);
        route.data = true ? markRaw(__pageData) : readonly(__pageData);
        if (inBrowser) {
          nextTick(() => {
            let actualPathname = siteDataRef.value.base + __pageData.relativePath.replace(/(?:(^|\/)index)?\.md$/, "$1");
            if (!siteDataRef.value.cleanUrls && !actualPathname.endsWith("/")) {
              actualPathname += ".html";
            }
            if (actualPathname !== targetLoc.pathname) {
              targetLoc.pathname = actualPathname;
              href = actualPathname + targetLoc.search + targetLoc.hash;
              history.replaceState({}, "", href);
            }
            if (targetLoc.hash && !scrollPosition) {
              let target = null;
              try {
                target = document.getElementById(decodeURIComponent(targetLoc.hash).slice(1));
              } catch (e) {
                console.warn(e);
              }
              if (target) {
                scrollTo(target, targetLoc.hash);
                return;
              }
            }
            window.scrollTo(0, scrollPosition);
          });
        }
      }
    } catch (err) {
      if (!/fetch|Page not found/.test(err.message) && !/^\/404(\.html|\/)?$/.test(href)) {
        console.error(err);
      }
      if (!isRetry) {
        try {
          const res = await fetch(siteDataRef.value.base + "hashmap.json");
          window.__VP_HASH_MAP__ = await res.json();
          await loadPage(href, scrollPosition, true);
          return;
        } catch (e) {
        }
      }
      if (latestPendingPath === pendingPath) {
        latestPendingPath = null;
        route.path = inBrowser ? pendingPath : withBase(pendingPath);
        route.component = fallbackComponent ? markRaw(fallbackComponent) : null;
        const relativePath = inBrowser ? pendingPath.replace(/(^|\/)$/, "$1index").replace(/(\.html)?$/, ".md").replace(/^\//, "") : "404.md";
        route.data = { ...notFoundPageData, relativePath };
      }
    }
  }
  if (inBrowser) {
    if (history.state === null) {
      history.replaceState({}, "");
    }
    window.addEventListener("click", (e) => {
      if (e.defaultPrevented || !(e.target instanceof Element) || e.target.closest("button") || // temporary fix for docsearch action buttons
      e.button !== 0 || e.ctrlKey || e.shiftKey || e.altKey || e.metaKey)
        return;
      const link2 = e.target.closest("a");
      if (!link2 || link2.closest(".vp-raw") || link2.hasAttribute("download") || link2.hasAttribute("target"))
        return;
      const linkHref = link2.getAttribute("href") ?? (link2 instanceof SVGAElement ? link2.getAttribute("xlink:href") : null);
      if (linkHref == null)
        return;
      const { href, origin, pathname, hash, search } = new URL(linkHref, link2.baseURI);
      const currentUrl = new URL(location.href);
      if (origin === currentUrl.origin && treatAsHtml(pathname)) {
        e.preventDefault();
        if (pathname === currentUrl.pathname && search === currentUrl.search) {
          if (hash !== currentUrl.hash) {
            history.pushState({}, "", href);
            window.dispatchEvent(new HashChangeEvent("hashchange", {
              oldURL: currentUrl.href,
              newURL: href
            }));
          }
          if (hash) {
            scrollTo(link2, hash, link2.classList.contains("header-anchor"));
          } else {
            window.scrollTo(0, 0);
          }
        } else {
          go(href);
        }
      }
    }, { capture: true });
    window.addEventListener("popstate", async (e) => {
      var _a;
      if (e.state === null)
        return;
      const href = normalizeHref(location.href);
      await loadPage(href, e.state && e.state.scrollPosition || 0);
      await ((_a = router.onAfterRouteChange ?? router.onAfterRouteChanged) == null ? void 0 : _a(href));
    });
    window.addEventListener("hashchange", (e) => {
      e.preventDefault();
    });
  }
  return router;
}
function useRouter() {
  const router = inject(RouterSymbol);
  if (!router) {
    throw new Error("useRouter() is called without provider.");
  }
  return router;
}
function useRoute() {
  return useRouter().route;
}
function scrollTo(el, hash, smooth = false) {
  let target = null;
  try {
    target = el.classList.contains("header-anchor") ? el : document.getElementById(decodeURIComponent(hash).slice(1));
  } catch (e) {
    console.warn(e);
  }
  if (target) {
    let scrollToTarget = function() {
      if (!smooth || Math.abs(targetTop - window.scrollY) > window.innerHeight)
        window.scrollTo(0, targetTop);
      else
        window.scrollTo({ left: 0, top: targetTop, behavior: "smooth" });
    };
    const targetPadding = parseInt(window.getComputedStyle(target).paddingTop, 10);
    const targetTop = window.scrollY + target.getBoundingClientRect().top - getScrollOffset() + targetPadding;
    requestAnimationFrame(scrollToTarget);
  }
}
function normalizeHref(href) {
  const url = new URL(href, fakeHost);
  url.pathname = url.pathname.replace(/(^|\/)index(\.html)?$/, "$1");
  if (siteDataRef.value.cleanUrls)
    url.pathname = url.pathname.replace(/\.html$/, "");
  else if (!url.pathname.endsWith("/") && !url.pathname.endsWith(".html"))
    url.pathname += ".html";
  return url.pathname + url.search + url.hash;
}
const runCbs = () => contentUpdatedCallbacks.forEach((fn) => fn());
const Content = defineComponent({
  name: "VitePressContent",
  props: {
    as: { type: [Object, String], default: "div" }
  },
  setup(props) {
    const route = useRoute();
    const { frontmatter, site } = useData$1();
    watch(frontmatter, runCbs, { deep: true, flush: "post" });
    return () => h(props.as, site.value.contentProps ?? { style: { position: "relative" } }, [
      route.component ? h(route.component, {
        onVnodeMounted: runCbs,
        onVnodeUpdated: runCbs,
        onVnodeUnmounted: runCbs
      }) : "404 Page Not Found"
    ]);
  }
});
const _sfc_main$18 = /* @__PURE__ */ defineComponent({
  __name: "VPBackdrop",
  __ssrInlineRender: true,
  props: {
    show: { type: Boolean }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      if (__props.show) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPBackdrop" }, _attrs))} data-v-63d8c9b5></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$18 = _sfc_main$18.setup;
_sfc_main$18.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPBackdrop.vue");
  return _sfc_setup$18 ? _sfc_setup$18(props, ctx) : void 0;
};
const VPBackdrop = /* @__PURE__ */ _export_sfc(_sfc_main$18, [["__scopeId", "data-v-63d8c9b5"]]);
const useData = useData$1;
function throttleAndDebounce(fn, delay) {
  let timeoutId;
  let called = false;
  return () => {
    if (timeoutId)
      clearTimeout(timeoutId);
    if (!called) {
      fn();
      (called = true) && setTimeout(() => called = false, delay);
    } else
      timeoutId = setTimeout(fn, delay);
  };
}
function ensureStartingSlash(path) {
  return path.startsWith("/") ? path : `/${path}`;
}
function normalizeLink$1(url) {
  const { pathname, search, hash, protocol } = new URL(url, "http://a.com");
  if (isExternal(url) || url.startsWith("#") || !protocol.startsWith("http") || !treatAsHtml(pathname))
    return url;
  const { site } = useData();
  const normalizedPath = pathname.endsWith("/") || pathname.endsWith(".html") ? url : url.replace(/(?:(^\.+)\/)?.*$/, `$1${pathname.replace(/(\.md)?$/, site.value.cleanUrls ? "" : ".html")}${search}${hash}`);
  return withBase(normalizedPath);
}
function useLangs({ correspondingLink = false } = {}) {
  const { site, localeIndex, page, theme: theme2, hash } = useData();
  const currentLang = computed(() => {
    var _a, _b;
    return {
      label: (_a = site.value.locales[localeIndex.value]) == null ? void 0 : _a.label,
      link: ((_b = site.value.locales[localeIndex.value]) == null ? void 0 : _b.link) || (localeIndex.value === "root" ? "/" : `/${localeIndex.value}/`)
    };
  });
  const localeLinks = computed(() => Object.entries(site.value.locales).flatMap(([key, value]) => currentLang.value.label === value.label ? [] : {
    text: value.label,
    link: normalizeLink(value.link || (key === "root" ? "/" : `/${key}/`), theme2.value.i18nRouting !== false && correspondingLink, page.value.relativePath.slice(currentLang.value.link.length - 1), !site.value.cleanUrls) + hash.value
  }));
  return { localeLinks, currentLang };
}
function normalizeLink(link2, addPath, path, addExt) {
  return addPath ? link2.replace(/\/$/, "") + ensureStartingSlash(path.replace(/(^|\/)index\.md$/, "$1").replace(/\.md$/, addExt ? ".html" : "")) : link2;
}
const _sfc_main$17 = /* @__PURE__ */ defineComponent({
  __name: "NotFound",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const { currentLang } = useLangs();
    return (_ctx, _push, _parent, _attrs) => {
      var _a, _b, _c, _d, _e;
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "NotFound" }, _attrs))} data-v-06db3641><p class="code" data-v-06db3641>${ssrInterpolate(((_a = unref(theme2).notFound) == null ? void 0 : _a.code) ?? "404")}</p><h1 class="title" data-v-06db3641>${ssrInterpolate(((_b = unref(theme2).notFound) == null ? void 0 : _b.title) ?? "PAGE NOT FOUND")}</h1><div class="divider" data-v-06db3641></div><blockquote class="quote" data-v-06db3641>${ssrInterpolate(((_c = unref(theme2).notFound) == null ? void 0 : _c.quote) ?? "But if you don't change your direction, and if you keep looking, you may end up where you are heading.")}</blockquote><div class="action" data-v-06db3641><a class="link"${ssrRenderAttr("href", unref(withBase)(unref(currentLang).link))}${ssrRenderAttr("aria-label", ((_d = unref(theme2).notFound) == null ? void 0 : _d.linkLabel) ?? "go to home")} data-v-06db3641>${ssrInterpolate(((_e = unref(theme2).notFound) == null ? void 0 : _e.linkText) ?? "Take me home")}</a></div></div>`);
    };
  }
});
const _sfc_setup$17 = _sfc_main$17.setup;
_sfc_main$17.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/NotFound.vue");
  return _sfc_setup$17 ? _sfc_setup$17(props, ctx) : void 0;
};
const NotFound = /* @__PURE__ */ _export_sfc(_sfc_main$17, [["__scopeId", "data-v-06db3641"]]);
function getSidebar(_sidebar, path) {
  if (Array.isArray(_sidebar))
    return addBase(_sidebar);
  if (_sidebar == null)
    return [];
  path = ensureStartingSlash(path);
  const dir = Object.keys(_sidebar).sort((a, b) => {
    return b.split("/").length - a.split("/").length;
  }).find((dir2) => {
    return path.startsWith(ensureStartingSlash(dir2));
  });
  const sidebar = dir ? _sidebar[dir] : [];
  return Array.isArray(sidebar) ? addBase(sidebar) : addBase(sidebar.items, sidebar.base);
}
function getSidebarGroups(sidebar) {
  const groups = [];
  let lastGroupIndex = 0;
  for (const index in sidebar) {
    const item = sidebar[index];
    if (item.items) {
      lastGroupIndex = groups.push(item);
      continue;
    }
    if (!groups[lastGroupIndex]) {
      groups.push({ items: [] });
    }
    groups[lastGroupIndex].items.push(item);
  }
  return groups;
}
function getFlatSideBarLinks(sidebar) {
  const links = [];
  function recursivelyExtractLinks(items) {
    for (const item of items) {
      if (item.text && item.link) {
        links.push({
          text: item.text,
          link: item.link,
          docFooterText: item.docFooterText
        });
      }
      if (item.items) {
        recursivelyExtractLinks(item.items);
      }
    }
  }
  recursivelyExtractLinks(sidebar);
  return links;
}
function hasActiveLink(path, items) {
  if (Array.isArray(items)) {
    return items.some((item) => hasActiveLink(path, item));
  }
  return isActive(path, items.link) ? true : items.items ? hasActiveLink(path, items.items) : false;
}
function addBase(items, _base) {
  return [...items].map((_item) => {
    const item = { ..._item };
    const base = item.base || _base;
    if (base && item.link)
      item.link = base + item.link;
    if (item.items)
      item.items = addBase(item.items, base);
    return item;
  });
}
function useSidebar() {
  const { frontmatter, page, theme: theme2 } = useData();
  const is960 = useMediaQuery("(min-width: 960px)");
  const isOpen = ref(false);
  const _sidebar = computed(() => {
    const sidebarConfig = theme2.value.sidebar;
    const relativePath = page.value.relativePath;
    return sidebarConfig ? getSidebar(sidebarConfig, relativePath) : [];
  });
  const sidebar = ref(_sidebar.value);
  watch(_sidebar, (next, prev) => {
    if (JSON.stringify(next) !== JSON.stringify(prev))
      sidebar.value = _sidebar.value;
  });
  const hasSidebar = computed(() => {
    return frontmatter.value.sidebar !== false && sidebar.value.length > 0 && frontmatter.value.layout !== "home";
  });
  const leftAside = computed(() => {
    if (hasAside)
      return frontmatter.value.aside == null ? theme2.value.aside === "left" : frontmatter.value.aside === "left";
    return false;
  });
  const hasAside = computed(() => {
    if (frontmatter.value.layout === "home")
      return false;
    if (frontmatter.value.aside != null)
      return !!frontmatter.value.aside;
    return theme2.value.aside !== false;
  });
  const isSidebarEnabled = computed(() => hasSidebar.value && is960.value);
  const sidebarGroups = computed(() => {
    return hasSidebar.value ? getSidebarGroups(sidebar.value) : [];
  });
  function open() {
    isOpen.value = true;
  }
  function close() {
    isOpen.value = false;
  }
  function toggle() {
    isOpen.value ? close() : open();
  }
  return {
    isOpen,
    sidebar,
    sidebarGroups,
    hasSidebar,
    hasAside,
    leftAside,
    isSidebarEnabled,
    open,
    close,
    toggle
  };
}
function useCloseSidebarOnEscape(isOpen, close) {
  let triggerElement;
  watchEffect(() => {
    triggerElement = isOpen.value ? document.activeElement : void 0;
  });
  onMounted(() => {
    window.addEventListener("keyup", onEscape);
  });
  onUnmounted(() => {
    window.removeEventListener("keyup", onEscape);
  });
  function onEscape(e) {
    if (e.key === "Escape" && isOpen.value) {
      close();
      triggerElement == null ? void 0 : triggerElement.focus();
    }
  }
}
function useSidebarControl(item) {
  const { page, hash } = useData();
  const collapsed = ref(false);
  const collapsible = computed(() => {
    return item.value.collapsed != null;
  });
  const isLink = computed(() => {
    return !!item.value.link;
  });
  const isActiveLink = ref(false);
  const updateIsActiveLink = () => {
    isActiveLink.value = isActive(page.value.relativePath, item.value.link);
  };
  watch([page, item, hash], updateIsActiveLink);
  onMounted(updateIsActiveLink);
  const hasActiveLink$1 = computed(() => {
    if (isActiveLink.value) {
      return true;
    }
    return item.value.items ? hasActiveLink(page.value.relativePath, item.value.items) : false;
  });
  const hasChildren = computed(() => {
    return !!(item.value.items && item.value.items.length);
  });
  watchEffect(() => {
    collapsed.value = !!(collapsible.value && item.value.collapsed);
  });
  watchPostEffect(() => {
    (isActiveLink.value || hasActiveLink$1.value) && (collapsed.value = false);
  });
  function toggle() {
    if (collapsible.value) {
      collapsed.value = !collapsed.value;
    }
  }
  return {
    collapsed,
    collapsible,
    isLink,
    isActiveLink,
    hasActiveLink: hasActiveLink$1,
    hasChildren,
    toggle
  };
}
function useAside() {
  const { hasSidebar } = useSidebar();
  const is960 = useMediaQuery("(min-width: 960px)");
  const is1280 = useMediaQuery("(min-width: 1280px)");
  const isAsideEnabled = computed(() => {
    if (!is1280.value && !is960.value) {
      return false;
    }
    return hasSidebar.value ? is1280.value : is960.value;
  });
  return {
    isAsideEnabled
  };
}
const ignoreRE = /\b(?:VPBadge|header-anchor|footnote-ref|ignore-header)\b/;
const resolvedHeaders = [];
function resolveTitle(theme2) {
  return typeof theme2.outline === "object" && !Array.isArray(theme2.outline) && theme2.outline.label || theme2.outlineTitle || "On this page";
}
function getHeaders(range) {
  const headers = [
    ...document.querySelectorAll(".VPDoc :where(h1,h2,h3,h4,h5,h6)")
  ].filter((el) => el.id && el.hasChildNodes()).map((el) => {
    const level = Number(el.tagName[1]);
    return {
      element: el,
      title: serializeHeader(el),
      link: "#" + el.id,
      level
    };
  });
  return resolveHeaders(headers, range);
}
function serializeHeader(h2) {
  let ret = "";
  for (const node of h2.childNodes) {
    if (node.nodeType === 1) {
      if (ignoreRE.test(node.className))
        continue;
      ret += node.textContent;
    } else if (node.nodeType === 3) {
      ret += node.textContent;
    }
  }
  return ret.trim();
}
function resolveHeaders(headers, range) {
  if (range === false) {
    return [];
  }
  const levelsRange = (typeof range === "object" && !Array.isArray(range) ? range.level : range) || 2;
  const [high, low] = typeof levelsRange === "number" ? [levelsRange, levelsRange] : levelsRange === "deep" ? [2, 6] : levelsRange;
  return buildTree(headers, high, low);
}
function useActiveAnchor(container, marker) {
  const { isAsideEnabled } = useAside();
  const onScroll = throttleAndDebounce(setActiveLink, 100);
  let prevActiveLink = null;
  onMounted(() => {
    requestAnimationFrame(setActiveLink);
    window.addEventListener("scroll", onScroll);
  });
  onUpdated(() => {
    activateLink(location.hash);
  });
  onUnmounted(() => {
    window.removeEventListener("scroll", onScroll);
  });
  function setActiveLink() {
    if (!isAsideEnabled.value) {
      return;
    }
    const scrollY = window.scrollY;
    const innerHeight = window.innerHeight;
    const offsetHeight = document.body.offsetHeight;
    const isBottom = Math.abs(scrollY + innerHeight - offsetHeight) < 1;
    const headers = resolvedHeaders.map(({ element, link: link2 }) => ({
      link: link2,
      top: getAbsoluteTop(element)
    })).filter(({ top }) => !Number.isNaN(top)).sort((a, b) => a.top - b.top);
    if (!headers.length) {
      activateLink(null);
      return;
    }
    if (scrollY < 1) {
      activateLink(null);
      return;
    }
    if (isBottom) {
      activateLink(headers[headers.length - 1].link);
      return;
    }
    let activeLink = null;
    for (const { link: link2, top } of headers) {
      if (top > scrollY + getScrollOffset() + 4) {
        break;
      }
      activeLink = link2;
    }
    activateLink(activeLink);
  }
  function activateLink(hash) {
    if (prevActiveLink) {
      prevActiveLink.classList.remove("active");
    }
    if (hash == null) {
      prevActiveLink = null;
    } else {
      prevActiveLink = container.value.querySelector(`a[href="${decodeURIComponent(hash)}"]`);
    }
    const activeLink = prevActiveLink;
    if (activeLink) {
      activeLink.classList.add("active");
      marker.value.style.top = activeLink.offsetTop + 39 + "px";
      marker.value.style.opacity = "1";
    } else {
      marker.value.style.top = "33px";
      marker.value.style.opacity = "0";
    }
  }
}
function getAbsoluteTop(element) {
  let offsetTop = 0;
  while (element !== document.body) {
    if (element === null) {
      return NaN;
    }
    offsetTop += element.offsetTop;
    element = element.offsetParent;
  }
  return offsetTop;
}
function buildTree(data, min, max) {
  resolvedHeaders.length = 0;
  const result = [];
  const stack = [];
  data.forEach((item) => {
    const node = { ...item, children: [] };
    let parent = stack[stack.length - 1];
    while (parent && parent.level >= node.level) {
      stack.pop();
      parent = stack[stack.length - 1];
    }
    if (node.element.classList.contains("ignore-header") || parent && "shouldIgnore" in parent) {
      stack.push({ level: node.level, shouldIgnore: true });
      return;
    }
    if (node.level > max || node.level < min)
      return;
    resolvedHeaders.push({ element: node.element, link: node.link });
    if (parent)
      parent.children.push(node);
    else
      result.push(node);
    stack.push(node);
  });
  return result;
}
const _sfc_main$16 = /* @__PURE__ */ defineComponent({
  __name: "VPDocOutlineItem",
  __ssrInlineRender: true,
  props: {
    headers: {},
    root: { type: Boolean }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPDocOutlineItem = resolveComponent("VPDocOutlineItem", true);
      _push(`<ul${ssrRenderAttrs(mergeProps({
        class: ["VPDocOutlineItem", __props.root ? "root" : "nested"]
      }, _attrs))} data-v-7e88df9a><!--[-->`);
      ssrRenderList(__props.headers, ({ children, link: link2, title }) => {
        _push(`<li data-v-7e88df9a><a class="outline-link"${ssrRenderAttr("href", link2)}${ssrRenderAttr("title", title)} data-v-7e88df9a>${ssrInterpolate(title)}</a>`);
        if (children == null ? void 0 : children.length) {
          _push(ssrRenderComponent(_component_VPDocOutlineItem, { headers: children }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`</li>`);
      });
      _push(`<!--]--></ul>`);
    };
  }
});
const _sfc_setup$16 = _sfc_main$16.setup;
_sfc_main$16.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPDocOutlineItem.vue");
  return _sfc_setup$16 ? _sfc_setup$16(props, ctx) : void 0;
};
const VPDocOutlineItem = /* @__PURE__ */ _export_sfc(_sfc_main$16, [["__scopeId", "data-v-7e88df9a"]]);
const _sfc_main$15 = /* @__PURE__ */ defineComponent({
  __name: "VPDocAsideOutline",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter, theme: theme2 } = useData();
    const headers = shallowRef([]);
    onContentUpdated(() => {
      headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
    });
    const container = ref();
    const marker = ref();
    useActiveAnchor(container, marker);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<nav${ssrRenderAttrs(mergeProps({
        "aria-labelledby": "doc-outline-aria-label",
        class: ["VPDocAsideOutline", { "has-outline": headers.value.length > 0 }],
        ref_key: "container",
        ref: container
      }, _attrs))} data-v-55a332e4><div class="content" data-v-55a332e4><div class="outline-marker" data-v-55a332e4></div><div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading" data-v-55a332e4>${ssrInterpolate(unref(resolveTitle)(unref(theme2)))}</div>`);
      _push(ssrRenderComponent(VPDocOutlineItem, {
        headers: headers.value,
        root: true
      }, null, _parent));
      _push(`</div></nav>`);
    };
  }
});
const _sfc_setup$15 = _sfc_main$15.setup;
_sfc_main$15.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPDocAsideOutline.vue");
  return _sfc_setup$15 ? _sfc_setup$15(props, ctx) : void 0;
};
const VPDocAsideOutline = /* @__PURE__ */ _export_sfc(_sfc_main$15, [["__scopeId", "data-v-55a332e4"]]);
const _sfc_main$14 = /* @__PURE__ */ defineComponent({
  __name: "VPDocAsideCarbonAds",
  __ssrInlineRender: true,
  props: {
    carbonAds: {}
  },
  setup(__props) {
    const VPCarbonAds = () => null;
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPDocAsideCarbonAds" }, _attrs))}>`);
      _push(ssrRenderComponent(unref(VPCarbonAds), { "carbon-ads": __props.carbonAds }, null, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$14 = _sfc_main$14.setup;
_sfc_main$14.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPDocAsideCarbonAds.vue");
  return _sfc_setup$14 ? _sfc_setup$14(props, ctx) : void 0;
};
const _sfc_main$13 = /* @__PURE__ */ defineComponent({
  __name: "VPDocAside",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPDocAside" }, _attrs))} data-v-5f67c8bc>`);
      ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(VPDocAsideOutline, null, null, _parent));
      ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push, _parent);
      _push(`<div class="spacer" data-v-5f67c8bc></div>`);
      ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push, _parent);
      if (unref(theme2).carbonAds) {
        _push(ssrRenderComponent(_sfc_main$14, {
          "carbon-ads": unref(theme2).carbonAds
        }, null, _parent));
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$13 = _sfc_main$13.setup;
_sfc_main$13.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPDocAside.vue");
  return _sfc_setup$13 ? _sfc_setup$13(props, ctx) : void 0;
};
const VPDocAside = /* @__PURE__ */ _export_sfc(_sfc_main$13, [["__scopeId", "data-v-5f67c8bc"]]);
function useEditLink() {
  const { theme: theme2, page } = useData();
  return computed(() => {
    const { text = "Edit this page", pattern = "" } = theme2.value.editLink || {};
    let url;
    if (typeof pattern === "function") {
      url = pattern(page.value);
    } else {
      url = pattern.replace(/:path/g, page.value.filePath);
    }
    return { url, text };
  });
}
function usePrevNext() {
  const { page, theme: theme2, frontmatter } = useData();
  return computed(() => {
    var _a, _b, _c, _d, _e, _f, _g, _h;
    const sidebar = getSidebar(theme2.value.sidebar, page.value.relativePath);
    const links = getFlatSideBarLinks(sidebar);
    const candidates = uniqBy(links, (link2) => link2.link.replace(/[?#].*$/, ""));
    const index = candidates.findIndex((link2) => {
      return isActive(page.value.relativePath, link2.link);
    });
    const hidePrev = ((_a = theme2.value.docFooter) == null ? void 0 : _a.prev) === false && !frontmatter.value.prev || frontmatter.value.prev === false;
    const hideNext = ((_b = theme2.value.docFooter) == null ? void 0 : _b.next) === false && !frontmatter.value.next || frontmatter.value.next === false;
    return {
      prev: hidePrev ? void 0 : {
        text: (typeof frontmatter.value.prev === "string" ? frontmatter.value.prev : typeof frontmatter.value.prev === "object" ? frontmatter.value.prev.text : void 0) ?? ((_c = candidates[index - 1]) == null ? void 0 : _c.docFooterText) ?? ((_d = candidates[index - 1]) == null ? void 0 : _d.text),
        link: (typeof frontmatter.value.prev === "object" ? frontmatter.value.prev.link : void 0) ?? ((_e = candidates[index - 1]) == null ? void 0 : _e.link)
      },
      next: hideNext ? void 0 : {
        text: (typeof frontmatter.value.next === "string" ? frontmatter.value.next : typeof frontmatter.value.next === "object" ? frontmatter.value.next.text : void 0) ?? ((_f = candidates[index + 1]) == null ? void 0 : _f.docFooterText) ?? ((_g = candidates[index + 1]) == null ? void 0 : _g.text),
        link: (typeof frontmatter.value.next === "object" ? frontmatter.value.next.link : void 0) ?? ((_h = candidates[index + 1]) == null ? void 0 : _h.link)
      }
    };
  });
}
function uniqBy(array, keyFn) {
  const seen = /* @__PURE__ */ new Set();
  return array.filter((item) => {
    const k = keyFn(item);
    return seen.has(k) ? false : seen.add(k);
  });
}
const _sfc_main$12 = /* @__PURE__ */ defineComponent({
  __name: "VPLink",
  __ssrInlineRender: true,
  props: {
    tag: {},
    href: {},
    noIcon: { type: Boolean },
    target: {},
    rel: {}
  },
  setup(__props) {
    const props = __props;
    const tag = computed(() => props.tag ?? (props.href ? "a" : "span"));
    const isExternal2 = computed(
      () => props.href && EXTERNAL_URL_RE.test(props.href) || props.target === "_blank"
    );
    return (_ctx, _push, _parent, _attrs) => {
      ssrRenderVNode(_push, createVNode(resolveDynamicComponent(tag.value), mergeProps({
        class: ["VPLink", {
          link: __props.href,
          "vp-external-link-icon": isExternal2.value,
          "no-icon": __props.noIcon
        }],
        href: __props.href ? unref(normalizeLink$1)(__props.href) : void 0,
        target: __props.target ?? (isExternal2.value ? "_blank" : void 0),
        rel: __props.rel ?? (isExternal2.value ? "noreferrer" : void 0)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "default", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "default")
            ];
          }
        }),
        _: 3
      }), _parent);
    };
  }
});
const _sfc_setup$12 = _sfc_main$12.setup;
_sfc_main$12.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPLink.vue");
  return _sfc_setup$12 ? _sfc_setup$12(props, ctx) : void 0;
};
const _sfc_main$11 = /* @__PURE__ */ defineComponent({
  __name: "VPDocFooterLastUpdated",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, page, lang } = useData();
    const date = computed(
      () => new Date(page.value.lastUpdated)
    );
    const isoDatetime = computed(() => date.value.toISOString());
    const datetime = ref("");
    onMounted(() => {
      watchEffect(() => {
        var _a, _b, _c;
        datetime.value = new Intl.DateTimeFormat(
          ((_b = (_a = theme2.value.lastUpdated) == null ? void 0 : _a.formatOptions) == null ? void 0 : _b.forceLocale) ? lang.value : void 0,
          ((_c = theme2.value.lastUpdated) == null ? void 0 : _c.formatOptions) ?? {
            dateStyle: "short",
            timeStyle: "short"
          }
        ).format(date.value);
      });
    });
    return (_ctx, _push, _parent, _attrs) => {
      var _a;
      _push(`<p${ssrRenderAttrs(mergeProps({ class: "VPLastUpdated" }, _attrs))} data-v-85a1de19>${ssrInterpolate(((_a = unref(theme2).lastUpdated) == null ? void 0 : _a.text) || unref(theme2).lastUpdatedText || "Last updated")}: <time${ssrRenderAttr("datetime", isoDatetime.value)} data-v-85a1de19>${ssrInterpolate(datetime.value)}</time></p>`);
    };
  }
});
const _sfc_setup$11 = _sfc_main$11.setup;
_sfc_main$11.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPDocFooterLastUpdated.vue");
  return _sfc_setup$11 ? _sfc_setup$11(props, ctx) : void 0;
};
const VPDocFooterLastUpdated = /* @__PURE__ */ _export_sfc(_sfc_main$11, [["__scopeId", "data-v-85a1de19"]]);
const _sfc_main$10 = /* @__PURE__ */ defineComponent({
  __name: "VPDocFooter",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, page, frontmatter } = useData();
    const editLink = useEditLink();
    const control = usePrevNext();
    const hasEditLink = computed(
      () => theme2.value.editLink && frontmatter.value.editLink !== false
    );
    const hasLastUpdated = computed(() => page.value.lastUpdated);
    const showFooter = computed(
      () => hasEditLink.value || hasLastUpdated.value || control.value.prev || control.value.next
    );
    return (_ctx, _push, _parent, _attrs) => {
      var _a, _b, _c, _d;
      if (showFooter.value) {
        _push(`<footer${ssrRenderAttrs(mergeProps({ class: "VPDocFooter" }, _attrs))} data-v-f3532ab0>`);
        ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push, _parent);
        if (hasEditLink.value || hasLastUpdated.value) {
          _push(`<div class="edit-info" data-v-f3532ab0>`);
          if (hasEditLink.value) {
            _push(`<div class="edit-link" data-v-f3532ab0>`);
            _push(ssrRenderComponent(_sfc_main$12, {
              class: "edit-link-button",
              href: unref(editLink).url,
              "no-icon": true
            }, {
              default: withCtx((_, _push2, _parent2, _scopeId) => {
                if (_push2) {
                  _push2(`<span class="vpi-square-pen edit-link-icon" data-v-f3532ab0${_scopeId}></span> ${ssrInterpolate(unref(editLink).text)}`);
                } else {
                  return [
                    createVNode("span", { class: "vpi-square-pen edit-link-icon" }),
                    createTextVNode(" " + toDisplayString(unref(editLink).text), 1)
                  ];
                }
              }),
              _: 1
            }, _parent));
            _push(`</div>`);
          } else {
            _push(`<!---->`);
          }
          if (hasLastUpdated.value) {
            _push(`<div class="last-updated" data-v-f3532ab0>`);
            _push(ssrRenderComponent(VPDocFooterLastUpdated, null, null, _parent));
            _push(`</div>`);
          } else {
            _push(`<!---->`);
          }
          _push(`</div>`);
        } else {
          _push(`<!---->`);
        }
        if (((_a = unref(control).prev) == null ? void 0 : _a.link) || ((_b = unref(control).next) == null ? void 0 : _b.link)) {
          _push(`<nav class="prev-next" aria-labelledby="doc-footer-aria-label" data-v-f3532ab0><span class="visually-hidden" id="doc-footer-aria-label" data-v-f3532ab0>Pager</span><div class="pager" data-v-f3532ab0>`);
          if ((_c = unref(control).prev) == null ? void 0 : _c.link) {
            _push(ssrRenderComponent(_sfc_main$12, {
              class: "pager-link prev",
              href: unref(control).prev.link
            }, {
              default: withCtx((_, _push2, _parent2, _scopeId) => {
                var _a2, _b2;
                if (_push2) {
                  _push2(`<span class="desc" data-v-f3532ab0${_scopeId}>${(((_a2 = unref(theme2).docFooter) == null ? void 0 : _a2.prev) || "Previous page") ?? ""}</span><span class="title" data-v-f3532ab0${_scopeId}>${unref(control).prev.text ?? ""}</span>`);
                } else {
                  return [
                    createVNode("span", {
                      class: "desc",
                      innerHTML: ((_b2 = unref(theme2).docFooter) == null ? void 0 : _b2.prev) || "Previous page"
                    }, null, 8, ["innerHTML"]),
                    createVNode("span", {
                      class: "title",
                      innerHTML: unref(control).prev.text
                    }, null, 8, ["innerHTML"])
                  ];
                }
              }),
              _: 1
            }, _parent));
          } else {
            _push(`<!---->`);
          }
          _push(`</div><div class="pager" data-v-f3532ab0>`);
          if ((_d = unref(control).next) == null ? void 0 : _d.link) {
            _push(ssrRenderComponent(_sfc_main$12, {
              class: "pager-link next",
              href: unref(control).next.link
            }, {
              default: withCtx((_, _push2, _parent2, _scopeId) => {
                var _a2, _b2;
                if (_push2) {
                  _push2(`<span class="desc" data-v-f3532ab0${_scopeId}>${(((_a2 = unref(theme2).docFooter) == null ? void 0 : _a2.next) || "Next page") ?? ""}</span><span class="title" data-v-f3532ab0${_scopeId}>${unref(control).next.text ?? ""}</span>`);
                } else {
                  return [
                    createVNode("span", {
                      class: "desc",
                      innerHTML: ((_b2 = unref(theme2).docFooter) == null ? void 0 : _b2.next) || "Next page"
                    }, null, 8, ["innerHTML"]),
                    createVNode("span", {
                      class: "title",
                      innerHTML: unref(control).next.text
                    }, null, 8, ["innerHTML"])
                  ];
                }
              }),
              _: 1
            }, _parent));
          } else {
            _push(`<!---->`);
          }
          _push(`</div></nav>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</footer>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$10 = _sfc_main$10.setup;
_sfc_main$10.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPDocFooter.vue");
  return _sfc_setup$10 ? _sfc_setup$10(props, ctx) : void 0;
};
const VPDocFooter = /* @__PURE__ */ _export_sfc(_sfc_main$10, [["__scopeId", "data-v-f3532ab0"]]);
const _sfc_main$$ = /* @__PURE__ */ defineComponent({
  __name: "VPDoc",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const route = useRoute();
    const { hasSidebar, hasAside, leftAside } = useSidebar();
    const pageName = computed(
      () => route.path.replace(/[./]+/g, "_").replace(/_html$/, "")
    );
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = resolveComponent("Content");
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPDoc", { "has-sidebar": unref(hasSidebar), "has-aside": unref(hasAside) }]
      }, _attrs))} data-v-3027009b>`);
      ssrRenderSlot(_ctx.$slots, "doc-top", {}, null, _push, _parent);
      _push(`<div class="container" data-v-3027009b>`);
      if (unref(hasAside)) {
        _push(`<div class="${ssrRenderClass([{ "left-aside": unref(leftAside) }, "aside"])}" data-v-3027009b><div class="aside-curtain" data-v-3027009b></div><div class="aside-container" data-v-3027009b><div class="aside-content" data-v-3027009b>`);
        _push(ssrRenderComponent(VPDocAside, null, {
          "aside-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(`</div></div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<div class="content" data-v-3027009b><div class="content-container" data-v-3027009b>`);
      ssrRenderSlot(_ctx.$slots, "doc-before", {}, null, _push, _parent);
      _push(`<main class="main" data-v-3027009b>`);
      _push(ssrRenderComponent(_component_Content, {
        class: ["vp-doc", [
          pageName.value,
          unref(theme2).externalLinkIcon && "external-link-icon-enabled"
        ]]
      }, null, _parent));
      _push(`</main>`);
      _push(ssrRenderComponent(VPDocFooter, null, {
        "doc-footer-before": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      ssrRenderSlot(_ctx.$slots, "doc-after", {}, null, _push, _parent);
      _push(`</div></div></div>`);
      ssrRenderSlot(_ctx.$slots, "doc-bottom", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$$ = _sfc_main$$.setup;
_sfc_main$$.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPDoc.vue");
  return _sfc_setup$$ ? _sfc_setup$$(props, ctx) : void 0;
};
const VPDoc = /* @__PURE__ */ _export_sfc(_sfc_main$$, [["__scopeId", "data-v-3027009b"]]);
const _sfc_main$_ = /* @__PURE__ */ defineComponent({
  __name: "VPButton",
  __ssrInlineRender: true,
  props: {
    tag: {},
    size: { default: "medium" },
    theme: { default: "brand" },
    text: {},
    href: {},
    target: {},
    rel: {}
  },
  setup(__props) {
    const props = __props;
    const isExternal2 = computed(
      () => props.href && EXTERNAL_URL_RE.test(props.href)
    );
    const component = computed(() => {
      return props.tag || (props.href ? "a" : "button");
    });
    return (_ctx, _push, _parent, _attrs) => {
      ssrRenderVNode(_push, createVNode(resolveDynamicComponent(component.value), mergeProps({
        class: ["VPButton", [__props.size, __props.theme]],
        href: __props.href ? unref(normalizeLink$1)(__props.href) : void 0,
        target: props.target ?? (isExternal2.value ? "_blank" : void 0),
        rel: props.rel ?? (isExternal2.value ? "noreferrer" : void 0)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`${ssrInterpolate(__props.text)}`);
          } else {
            return [
              createTextVNode(toDisplayString(__props.text), 1)
            ];
          }
        }),
        _: 1
      }), _parent);
    };
  }
});
const _sfc_setup$_ = _sfc_main$_.setup;
_sfc_main$_.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPButton.vue");
  return _sfc_setup$_ ? _sfc_setup$_(props, ctx) : void 0;
};
const VPButton = /* @__PURE__ */ _export_sfc(_sfc_main$_, [["__scopeId", "data-v-a7abc2e1"]]);
const _sfc_main$Z = /* @__PURE__ */ defineComponent({
  ...{ inheritAttrs: false },
  __name: "VPImage",
  __ssrInlineRender: true,
  props: {
    image: {},
    alt: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPImage = resolveComponent("VPImage", true);
      if (__props.image) {
        _push(`<!--[-->`);
        if (typeof __props.image === "string" || "src" in __props.image) {
          _push(`<img${ssrRenderAttrs(mergeProps({ class: "VPImage" }, typeof __props.image === "string" ? _ctx.$attrs : { ...__props.image, ..._ctx.$attrs }, {
            src: unref(withBase)(typeof __props.image === "string" ? __props.image : __props.image.src),
            alt: __props.alt ?? (typeof __props.image === "string" ? "" : __props.image.alt || "")
          }))} data-v-5707c103>`);
        } else {
          _push(`<!--[-->`);
          _push(ssrRenderComponent(_component_VPImage, mergeProps({
            class: "dark",
            image: __props.image.dark,
            alt: __props.image.alt
          }, _ctx.$attrs), null, _parent));
          _push(ssrRenderComponent(_component_VPImage, mergeProps({
            class: "light",
            image: __props.image.light,
            alt: __props.image.alt
          }, _ctx.$attrs), null, _parent));
          _push(`<!--]-->`);
        }
        _push(`<!--]-->`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$Z = _sfc_main$Z.setup;
_sfc_main$Z.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPImage.vue");
  return _sfc_setup$Z ? _sfc_setup$Z(props, ctx) : void 0;
};
const VPImage = /* @__PURE__ */ _export_sfc(_sfc_main$Z, [["__scopeId", "data-v-5707c103"]]);
const _sfc_main$Y = /* @__PURE__ */ defineComponent({
  __name: "VPHero",
  __ssrInlineRender: true,
  props: {
    name: {},
    text: {},
    tagline: {},
    image: {},
    actions: {}
  },
  setup(__props) {
    const heroImageSlotExists = inject("hero-image-slot-exists");
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPHero", { "has-image": __props.image || unref(heroImageSlotExists) }]
      }, _attrs))} data-v-050be6b9><div class="container" data-v-050be6b9><div class="main" data-v-050be6b9>`);
      ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, () => {
        _push(`<h1 class="heading" data-v-050be6b9>`);
        if (__props.name) {
          _push(`<span class="name clip" data-v-050be6b9>${__props.name ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.text) {
          _push(`<span class="text" data-v-050be6b9>${__props.text ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</h1>`);
        if (__props.tagline) {
          _push(`<p class="tagline" data-v-050be6b9>${__props.tagline ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
      }, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push, _parent);
      if (__props.actions) {
        _push(`<div class="actions" data-v-050be6b9><!--[-->`);
        ssrRenderList(__props.actions, (action) => {
          _push(`<div class="action" data-v-050be6b9>`);
          _push(ssrRenderComponent(VPButton, {
            tag: "a",
            size: "medium",
            theme: action.theme,
            text: action.text,
            href: action.link,
            target: action.target,
            rel: action.rel
          }, null, _parent));
          _push(`</div>`);
        });
        _push(`<!--]--></div>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push, _parent);
      _push(`</div>`);
      if (__props.image || unref(heroImageSlotExists)) {
        _push(`<div class="image" data-v-050be6b9><div class="image-container" data-v-050be6b9><div class="image-bg" data-v-050be6b9></div>`);
        ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, () => {
          if (__props.image) {
            _push(ssrRenderComponent(VPImage, {
              class: "image-src",
              image: __props.image
            }, null, _parent));
          } else {
            _push(`<!---->`);
          }
        }, _push, _parent);
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></div>`);
    };
  }
});
const _sfc_setup$Y = _sfc_main$Y.setup;
_sfc_main$Y.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPHero.vue");
  return _sfc_setup$Y ? _sfc_setup$Y(props, ctx) : void 0;
};
const VPHero = /* @__PURE__ */ _export_sfc(_sfc_main$Y, [["__scopeId", "data-v-050be6b9"]]);
const _sfc_main$X = /* @__PURE__ */ defineComponent({
  __name: "VPHomeHero",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter: fm } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(fm).hero) {
        _push(ssrRenderComponent(VPHero, mergeProps({
          class: "VPHomeHero",
          name: unref(fm).hero.name,
          text: unref(fm).hero.text,
          tagline: unref(fm).hero.tagline,
          image: unref(fm).hero.image,
          actions: unref(fm).hero.actions
        }, _attrs), {
          "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-before")
              ];
            }
          }),
          "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info")
              ];
            }
          }),
          "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-after")
              ];
            }
          }),
          "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-actions-after")
              ];
            }
          }),
          "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-image")
              ];
            }
          }),
          _: 3
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$X = _sfc_main$X.setup;
_sfc_main$X.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPHomeHero.vue");
  return _sfc_setup$X ? _sfc_setup$X(props, ctx) : void 0;
};
const _sfc_main$W = /* @__PURE__ */ defineComponent({
  __name: "VPFeature",
  __ssrInlineRender: true,
  props: {
    icon: {},
    title: {},
    details: {},
    link: {},
    linkText: {},
    rel: {},
    target: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$12, mergeProps({
        class: "VPFeature",
        href: __props.link,
        rel: __props.rel,
        target: __props.target,
        "no-icon": true,
        tag: __props.link ? "a" : "div"
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<article class="box" data-v-47fe20a7${_scopeId}>`);
            if (typeof __props.icon === "object" && __props.icon.wrap) {
              _push2(`<div class="icon" data-v-47fe20a7${_scopeId}>`);
              _push2(ssrRenderComponent(VPImage, {
                image: __props.icon,
                alt: __props.icon.alt,
                height: __props.icon.height || 48,
                width: __props.icon.width || 48
              }, null, _parent2, _scopeId));
              _push2(`</div>`);
            } else if (typeof __props.icon === "object") {
              _push2(ssrRenderComponent(VPImage, {
                image: __props.icon,
                alt: __props.icon.alt,
                height: __props.icon.height || 48,
                width: __props.icon.width || 48
              }, null, _parent2, _scopeId));
            } else if (__props.icon) {
              _push2(`<div class="icon" data-v-47fe20a7${_scopeId}>${__props.icon ?? ""}</div>`);
            } else {
              _push2(`<!---->`);
            }
            _push2(`<h2 class="title" data-v-47fe20a7${_scopeId}>${__props.title ?? ""}</h2>`);
            if (__props.details) {
              _push2(`<p class="details" data-v-47fe20a7${_scopeId}>${__props.details ?? ""}</p>`);
            } else {
              _push2(`<!---->`);
            }
            if (__props.linkText) {
              _push2(`<div class="link-text" data-v-47fe20a7${_scopeId}><p class="link-text-value" data-v-47fe20a7${_scopeId}>${ssrInterpolate(__props.linkText)} <span class="vpi-arrow-right link-text-icon" data-v-47fe20a7${_scopeId}></span></p></div>`);
            } else {
              _push2(`<!---->`);
            }
            _push2(`</article>`);
          } else {
            return [
              createVNode("article", { class: "box" }, [
                typeof __props.icon === "object" && __props.icon.wrap ? (openBlock(), createBlock("div", {
                  key: 0,
                  class: "icon"
                }, [
                  createVNode(VPImage, {
                    image: __props.icon,
                    alt: __props.icon.alt,
                    height: __props.icon.height || 48,
                    width: __props.icon.width || 48
                  }, null, 8, ["image", "alt", "height", "width"])
                ])) : typeof __props.icon === "object" ? (openBlock(), createBlock(VPImage, {
                  key: 1,
                  image: __props.icon,
                  alt: __props.icon.alt,
                  height: __props.icon.height || 48,
                  width: __props.icon.width || 48
                }, null, 8, ["image", "alt", "height", "width"])) : __props.icon ? (openBlock(), createBlock("div", {
                  key: 2,
                  class: "icon",
                  innerHTML: __props.icon
                }, null, 8, ["innerHTML"])) : createCommentVNode("", true),
                createVNode("h2", {
                  class: "title",
                  innerHTML: __props.title
                }, null, 8, ["innerHTML"]),
                __props.details ? (openBlock(), createBlock("p", {
                  key: 3,
                  class: "details",
                  innerHTML: __props.details
                }, null, 8, ["innerHTML"])) : createCommentVNode("", true),
                __props.linkText ? (openBlock(), createBlock("div", {
                  key: 4,
                  class: "link-text"
                }, [
                  createVNode("p", { class: "link-text-value" }, [
                    createTextVNode(toDisplayString(__props.linkText) + " ", 1),
                    createVNode("span", { class: "vpi-arrow-right link-text-icon" })
                  ])
                ])) : createCommentVNode("", true)
              ])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$W = _sfc_main$W.setup;
_sfc_main$W.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPFeature.vue");
  return _sfc_setup$W ? _sfc_setup$W(props, ctx) : void 0;
};
const VPFeature = /* @__PURE__ */ _export_sfc(_sfc_main$W, [["__scopeId", "data-v-47fe20a7"]]);
const _sfc_main$V = /* @__PURE__ */ defineComponent({
  __name: "VPFeatures",
  __ssrInlineRender: true,
  props: {
    features: {}
  },
  setup(__props) {
    const props = __props;
    const grid = computed(() => {
      const length = props.features.length;
      if (!length) {
        return;
      } else if (length === 2) {
        return "grid-2";
      } else if (length === 3) {
        return "grid-3";
      } else if (length % 3 === 0) {
        return "grid-6";
      } else if (length > 3) {
        return "grid-4";
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (__props.features) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPFeatures" }, _attrs))} data-v-1eab7288><div class="container" data-v-1eab7288><div class="items" data-v-1eab7288><!--[-->`);
        ssrRenderList(__props.features, (feature) => {
          _push(`<div class="${ssrRenderClass([[grid.value], "item"])}" data-v-1eab7288>`);
          _push(ssrRenderComponent(VPFeature, {
            icon: feature.icon,
            title: feature.title,
            details: feature.details,
            link: feature.link,
            "link-text": feature.linkText,
            rel: feature.rel,
            target: feature.target
          }, null, _parent));
          _push(`</div>`);
        });
        _push(`<!--]--></div></div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$V = _sfc_main$V.setup;
_sfc_main$V.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPFeatures.vue");
  return _sfc_setup$V ? _sfc_setup$V(props, ctx) : void 0;
};
const VPFeatures = /* @__PURE__ */ _export_sfc(_sfc_main$V, [["__scopeId", "data-v-1eab7288"]]);
const _sfc_main$U = /* @__PURE__ */ defineComponent({
  __name: "VPHomeFeatures",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter: fm } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(fm).features) {
        _push(ssrRenderComponent(VPFeatures, mergeProps({
          class: "VPHomeFeatures",
          features: unref(fm).features
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$U = _sfc_main$U.setup;
_sfc_main$U.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPHomeFeatures.vue");
  return _sfc_setup$U ? _sfc_setup$U(props, ctx) : void 0;
};
const _sfc_main$T = /* @__PURE__ */ defineComponent({
  __name: "VPHomeContent",
  __ssrInlineRender: true,
  setup(__props) {
    const { width: vw } = useWindowSize({
      initialWidth: 0,
      includeScrollbar: false
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "vp-doc container",
        style: unref(vw) ? { "--vp-offset": `calc(50% - ${unref(vw) / 2}px)` } : {}
      }, _attrs))} data-v-7f27e215>`);
      ssrRenderSlot(_ctx.$slots, "default", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$T = _sfc_main$T.setup;
_sfc_main$T.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPHomeContent.vue");
  return _sfc_setup$T ? _sfc_setup$T(props, ctx) : void 0;
};
const VPHomeContent = /* @__PURE__ */ _export_sfc(_sfc_main$T, [["__scopeId", "data-v-7f27e215"]]);
const _sfc_main$S = /* @__PURE__ */ defineComponent({
  __name: "VPHome",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter, theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = resolveComponent("Content");
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPHome", {
          "external-link-icon-enabled": unref(theme2).externalLinkIcon
        }]
      }, _attrs))} data-v-214527a0>`);
      ssrRenderSlot(_ctx.$slots, "home-hero-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(_sfc_main$X, null, {
        "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
            ];
          }
        }),
        "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
            ];
          }
        }),
        "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
            ];
          }
        }),
        "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
            ];
          }
        }),
        "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      ssrRenderSlot(_ctx.$slots, "home-hero-after", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "home-features-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(_sfc_main$U, null, null, _parent));
      ssrRenderSlot(_ctx.$slots, "home-features-after", {}, null, _push, _parent);
      if (unref(frontmatter).markdownStyles !== false) {
        _push(ssrRenderComponent(VPHomeContent, null, {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(ssrRenderComponent(_component_Content, null, null, _parent2, _scopeId));
            } else {
              return [
                createVNode(_component_Content)
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(ssrRenderComponent(_component_Content, null, null, _parent));
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$S = _sfc_main$S.setup;
_sfc_main$S.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPHome.vue");
  return _sfc_setup$S ? _sfc_setup$S(props, ctx) : void 0;
};
const VPHome = /* @__PURE__ */ _export_sfc(_sfc_main$S, [["__scopeId", "data-v-214527a0"]]);
const _sfc_main$R = {};
function _sfc_ssrRender$1(_ctx, _push, _parent, _attrs) {
  const _component_Content = resolveComponent("Content");
  _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPPage" }, _attrs))}>`);
  ssrRenderSlot(_ctx.$slots, "page-top", {}, null, _push, _parent);
  _push(ssrRenderComponent(_component_Content, null, null, _parent));
  ssrRenderSlot(_ctx.$slots, "page-bottom", {}, null, _push, _parent);
  _push(`</div>`);
}
const _sfc_setup$R = _sfc_main$R.setup;
_sfc_main$R.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPPage.vue");
  return _sfc_setup$R ? _sfc_setup$R(props, ctx) : void 0;
};
const VPPage = /* @__PURE__ */ _export_sfc(_sfc_main$R, [["ssrRender", _sfc_ssrRender$1]]);
const _sfc_main$Q = /* @__PURE__ */ defineComponent({
  __name: "VPContent",
  __ssrInlineRender: true,
  setup(__props) {
    const { page, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPContent", {
          "has-sidebar": unref(hasSidebar),
          "is-home": unref(frontmatter).layout === "home"
        }],
        id: "VPContent"
      }, _attrs))} data-v-972c1b8b>`);
      if (unref(page).isNotFound) {
        ssrRenderSlot(_ctx.$slots, "not-found", {}, () => {
          _push(ssrRenderComponent(NotFound, null, null, _parent));
        }, _push, _parent);
      } else if (unref(frontmatter).layout === "page") {
        _push(ssrRenderComponent(VPPage, null, {
          "page-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-top", {}, void 0, true)
              ];
            }
          }),
          "page-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-bottom", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      } else if (unref(frontmatter).layout === "home") {
        _push(ssrRenderComponent(VPHome, null, {
          "home-hero-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
              ];
            }
          }),
          "home-hero-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-after", {}, void 0, true)
              ];
            }
          }),
          "home-features-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-before", {}, void 0, true)
              ];
            }
          }),
          "home-features-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      } else if (unref(frontmatter).layout && unref(frontmatter).layout !== "doc") {
        ssrRenderVNode(_push, createVNode(resolveDynamicComponent(unref(frontmatter).layout), null, null), _parent);
      } else {
        _push(ssrRenderComponent(VPDoc, null, {
          "doc-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-top", {}, void 0, true)
              ];
            }
          }),
          "doc-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-bottom", {}, void 0, true)
              ];
            }
          }),
          "doc-footer-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
              ];
            }
          }),
          "doc-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-before", {}, void 0, true)
              ];
            }
          }),
          "doc-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-after", {}, void 0, true)
              ];
            }
          }),
          "aside-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$Q = _sfc_main$Q.setup;
_sfc_main$Q.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPContent.vue");
  return _sfc_setup$Q ? _sfc_setup$Q(props, ctx) : void 0;
};
const VPContent = /* @__PURE__ */ _export_sfc(_sfc_main$Q, [["__scopeId", "data-v-972c1b8b"]]);
const _sfc_main$P = /* @__PURE__ */ defineComponent({
  __name: "VPFooter",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).footer && unref(frontmatter).footer !== false) {
        _push(`<footer${ssrRenderAttrs(mergeProps({
          class: ["VPFooter", { "has-sidebar": unref(hasSidebar) }]
        }, _attrs))} data-v-bd8ae6b6><div class="container" data-v-bd8ae6b6>`);
        if (unref(theme2).footer.message) {
          _push(`<p class="message" data-v-bd8ae6b6>${unref(theme2).footer.message ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
        if (unref(theme2).footer.copyright) {
          _push(`<p class="copyright" data-v-bd8ae6b6>${unref(theme2).footer.copyright ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</div></footer>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$P = _sfc_main$P.setup;
_sfc_main$P.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPFooter.vue");
  return _sfc_setup$P ? _sfc_setup$P(props, ctx) : void 0;
};
const VPFooter = /* @__PURE__ */ _export_sfc(_sfc_main$P, [["__scopeId", "data-v-bd8ae6b6"]]);
function useLocalNav() {
  const { theme: theme2, frontmatter } = useData();
  const headers = shallowRef([]);
  const hasLocalNav = computed(() => {
    return headers.value.length > 0;
  });
  onContentUpdated(() => {
    headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
  });
  return {
    headers,
    hasLocalNav
  };
}
const _sfc_main$O = /* @__PURE__ */ defineComponent({
  __name: "VPLocalNavOutlineDropdown",
  __ssrInlineRender: true,
  props: {
    headers: {},
    navHeight: {}
  },
  setup(__props) {
    const { theme: theme2 } = useData();
    const open = ref(false);
    const vh = ref(0);
    const main = ref();
    ref();
    function closeOnClickOutside(e) {
      var _a;
      if (!((_a = main.value) == null ? void 0 : _a.contains(e.target))) {
        open.value = false;
      }
    }
    watch(open, (value) => {
      if (value) {
        document.addEventListener("click", closeOnClickOutside);
        return;
      }
      document.removeEventListener("click", closeOnClickOutside);
    });
    onKeyStroke("Escape", () => {
      open.value = false;
    });
    onContentUpdated(() => {
      open.value = false;
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "VPLocalNavOutlineDropdown",
        style: { "--vp-vh": vh.value + "px" },
        ref_key: "main",
        ref: main
      }, _attrs))} data-v-4d7de843>`);
      if (__props.headers.length > 0) {
        _push(`<button class="${ssrRenderClass({ open: open.value })}" data-v-4d7de843><span class="menu-text" data-v-4d7de843>${ssrInterpolate(unref(resolveTitle)(unref(theme2)))}</span><span class="vpi-chevron-right icon" data-v-4d7de843></span></button>`);
      } else {
        _push(`<button data-v-4d7de843>${ssrInterpolate(unref(theme2).returnToTopLabel || "Return to top")}</button>`);
      }
      if (open.value) {
        _push(`<div class="items" data-v-4d7de843><div class="header" data-v-4d7de843><a class="top-link" href="#" data-v-4d7de843>${ssrInterpolate(unref(theme2).returnToTopLabel || "Return to top")}</a></div><div class="outline" data-v-4d7de843>`);
        _push(ssrRenderComponent(VPDocOutlineItem, { headers: __props.headers }, null, _parent));
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$O = _sfc_main$O.setup;
_sfc_main$O.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPLocalNavOutlineDropdown.vue");
  return _sfc_setup$O ? _sfc_setup$O(props, ctx) : void 0;
};
const VPLocalNavOutlineDropdown = /* @__PURE__ */ _export_sfc(_sfc_main$O, [["__scopeId", "data-v-4d7de843"]]);
const _sfc_main$N = /* @__PURE__ */ defineComponent({
  __name: "VPLocalNav",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  emits: ["open-menu"],
  setup(__props) {
    const { theme: theme2, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    const { headers } = useLocalNav();
    const { y } = useWindowScroll();
    const navHeight = ref(0);
    onMounted(() => {
      navHeight.value = parseInt(
        getComputedStyle(document.documentElement).getPropertyValue(
          "--vp-nav-height"
        )
      );
    });
    onContentUpdated(() => {
      headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
    });
    const empty = computed(() => {
      return headers.value.length === 0;
    });
    const emptyAndNoSidebar = computed(() => {
      return empty.value && !hasSidebar.value;
    });
    const classes = computed(() => {
      return {
        VPLocalNav: true,
        "has-sidebar": hasSidebar.value,
        empty: empty.value,
        fixed: emptyAndNoSidebar.value
      };
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(frontmatter).layout !== "home" && (!emptyAndNoSidebar.value || unref(y) >= navHeight.value)) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: classes.value }, _attrs))} data-v-1db496b9><div class="container" data-v-1db496b9>`);
        if (unref(hasSidebar)) {
          _push(`<button class="menu"${ssrRenderAttr("aria-expanded", __props.open)} aria-controls="VPSidebarNav" data-v-1db496b9><span class="vpi-align-left menu-icon" data-v-1db496b9></span><span class="menu-text" data-v-1db496b9>${ssrInterpolate(unref(theme2).sidebarMenuLabel || "Menu")}</span></button>`);
        } else {
          _push(`<!---->`);
        }
        _push(ssrRenderComponent(VPLocalNavOutlineDropdown, {
          headers: unref(headers),
          navHeight: navHeight.value
        }, null, _parent));
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$N = _sfc_main$N.setup;
_sfc_main$N.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPLocalNav.vue");
  return _sfc_setup$N ? _sfc_setup$N(props, ctx) : void 0;
};
const VPLocalNav = /* @__PURE__ */ _export_sfc(_sfc_main$N, [["__scopeId", "data-v-1db496b9"]]);
function useNav() {
  const isScreenOpen = ref(false);
  function openScreen() {
    isScreenOpen.value = true;
    window.addEventListener("resize", closeScreenOnTabletWindow);
  }
  function closeScreen() {
    isScreenOpen.value = false;
    window.removeEventListener("resize", closeScreenOnTabletWindow);
  }
  function toggleScreen() {
    isScreenOpen.value ? closeScreen() : openScreen();
  }
  function closeScreenOnTabletWindow() {
    window.outerWidth >= 768 && closeScreen();
  }
  const route = useRoute();
  watch(() => route.path, closeScreen);
  return {
    isScreenOpen,
    openScreen,
    closeScreen,
    toggleScreen
  };
}
const _sfc_main$M = {};
function _sfc_ssrRender(_ctx, _push, _parent, _attrs) {
  _push(`<button${ssrRenderAttrs(mergeProps({
    class: "VPSwitch",
    type: "button",
    role: "switch"
  }, _attrs))} data-v-89637af1><span class="check" data-v-89637af1>`);
  if (_ctx.$slots.default) {
    _push(`<span class="icon" data-v-89637af1>`);
    ssrRenderSlot(_ctx.$slots, "default", {}, null, _push, _parent);
    _push(`</span>`);
  } else {
    _push(`<!---->`);
  }
  _push(`</span></button>`);
}
const _sfc_setup$M = _sfc_main$M.setup;
_sfc_main$M.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPSwitch.vue");
  return _sfc_setup$M ? _sfc_setup$M(props, ctx) : void 0;
};
const VPSwitch = /* @__PURE__ */ _export_sfc(_sfc_main$M, [["ssrRender", _sfc_ssrRender], ["__scopeId", "data-v-89637af1"]]);
const _sfc_main$L = /* @__PURE__ */ defineComponent({
  __name: "VPSwitchAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { isDark, theme: theme2 } = useData();
    const toggleAppearance = inject("toggle-appearance", () => {
      isDark.value = !isDark.value;
    });
    const switchTitle = ref("");
    watchPostEffect(() => {
      switchTitle.value = isDark.value ? theme2.value.lightModeSwitchTitle || "Switch to light theme" : theme2.value.darkModeSwitchTitle || "Switch to dark theme";
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(VPSwitch, mergeProps({
        title: switchTitle.value,
        class: "VPSwitchAppearance",
        "aria-checked": unref(isDark),
        onClick: unref(toggleAppearance)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span class="vpi-sun sun" data-v-39f14821${_scopeId}></span><span class="vpi-moon moon" data-v-39f14821${_scopeId}></span>`);
          } else {
            return [
              createVNode("span", { class: "vpi-sun sun" }),
              createVNode("span", { class: "vpi-moon moon" })
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$L = _sfc_main$L.setup;
_sfc_main$L.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPSwitchAppearance.vue");
  return _sfc_setup$L ? _sfc_setup$L(props, ctx) : void 0;
};
const VPSwitchAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$L, [["__scopeId", "data-v-39f14821"]]);
const _sfc_main$K = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { site } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto") {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavBarAppearance" }, _attrs))} data-v-388f5e3a>`);
        _push(ssrRenderComponent(VPSwitchAppearance, null, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$K = _sfc_main$K.setup;
_sfc_main$K.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavBarAppearance.vue");
  return _sfc_setup$K ? _sfc_setup$K(props, ctx) : void 0;
};
const VPNavBarAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$K, [["__scopeId", "data-v-388f5e3a"]]);
const focusedElement = ref();
let active = false;
let listeners = 0;
function useFlyout(options) {
  const focus = ref(false);
  if (inBrowser) {
    !active && activateFocusTracking();
    listeners++;
    const unwatch = watch(focusedElement, (el) => {
      var _a, _b, _c;
      if (el === options.el.value || ((_a = options.el.value) == null ? void 0 : _a.contains(el))) {
        focus.value = true;
        (_b = options.onFocus) == null ? void 0 : _b.call(options);
      } else {
        focus.value = false;
        (_c = options.onBlur) == null ? void 0 : _c.call(options);
      }
    });
    onUnmounted(() => {
      unwatch();
      listeners--;
      if (!listeners) {
        deactivateFocusTracking();
      }
    });
  }
  return readonly(focus);
}
function activateFocusTracking() {
  document.addEventListener("focusin", handleFocusIn);
  active = true;
  focusedElement.value = document.activeElement;
}
function deactivateFocusTracking() {
  document.removeEventListener("focusin", handleFocusIn);
}
function handleFocusIn() {
  focusedElement.value = document.activeElement;
}
const _sfc_main$J = /* @__PURE__ */ defineComponent({
  __name: "VPMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const { page } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPMenuLink" }, _attrs))} data-v-04910c4a>`);
      _push(ssrRenderComponent(_sfc_main$12, {
        class: {
          active: unref(isActive)(
            unref(page).relativePath,
            __props.item.activeMatch || __props.item.link,
            !!__props.item.activeMatch
          )
        },
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon
      }, {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-04910c4a${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$J = _sfc_main$J.setup;
_sfc_main$J.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPMenuLink.vue");
  return _sfc_setup$J ? _sfc_setup$J(props, ctx) : void 0;
};
const VPMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$J, [["__scopeId", "data-v-04910c4a"]]);
const _sfc_main$I = /* @__PURE__ */ defineComponent({
  __name: "VPMenuGroup",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPMenuGroup" }, _attrs))} data-v-c39c637f>`);
      if (__props.text) {
        _push(`<p class="title" data-v-c39c637f>${ssrInterpolate(__props.text)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(`<!--[-->`);
        if ("link" in item) {
          _push(ssrRenderComponent(VPMenuLink, { item }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`<!--]-->`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$I = _sfc_main$I.setup;
_sfc_main$I.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPMenuGroup.vue");
  return _sfc_setup$I ? _sfc_setup$I(props, ctx) : void 0;
};
const VPMenuGroup = /* @__PURE__ */ _export_sfc(_sfc_main$I, [["__scopeId", "data-v-c39c637f"]]);
const _sfc_main$H = /* @__PURE__ */ defineComponent({
  __name: "VPMenu",
  __ssrInlineRender: true,
  props: {
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPMenu" }, _attrs))} data-v-20864913>`);
      if (__props.items) {
        _push(`<div class="items" data-v-20864913><!--[-->`);
        ssrRenderList(__props.items, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent(VPMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props), null), _parent);
          } else {
            _push(ssrRenderComponent(VPMenuGroup, {
              text: item.text,
              items: item.items
            }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></div>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "default", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$H = _sfc_main$H.setup;
_sfc_main$H.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPMenu.vue");
  return _sfc_setup$H ? _sfc_setup$H(props, ctx) : void 0;
};
const VPMenu = /* @__PURE__ */ _export_sfc(_sfc_main$H, [["__scopeId", "data-v-20864913"]]);
const _sfc_main$G = /* @__PURE__ */ defineComponent({
  __name: "VPFlyout",
  __ssrInlineRender: true,
  props: {
    icon: {},
    button: {},
    label: {},
    items: {}
  },
  setup(__props) {
    const open = ref(false);
    const el = ref();
    useFlyout({ el, onBlur });
    function onBlur() {
      open.value = false;
    }
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "VPFlyout",
        ref_key: "el",
        ref: el
      }, _attrs))} data-v-604888f8><button type="button" class="button" aria-haspopup="true"${ssrRenderAttr("aria-expanded", open.value)}${ssrRenderAttr("aria-label", __props.label)} data-v-604888f8>`);
      if (__props.button || __props.icon) {
        _push(`<span class="text" data-v-604888f8>`);
        if (__props.icon) {
          _push(`<span class="${ssrRenderClass([__props.icon, "option-icon"])}" data-v-604888f8></span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.button) {
          _push(`<span data-v-604888f8>${__props.button ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<span class="vpi-chevron-down text-icon" data-v-604888f8></span></span>`);
      } else {
        _push(`<span class="vpi-more-horizontal icon" data-v-604888f8></span>`);
      }
      _push(`</button><div class="menu" data-v-604888f8>`);
      _push(ssrRenderComponent(VPMenu, { items: __props.items }, {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "default", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "default", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      _push(`</div></div>`);
    };
  }
});
const _sfc_setup$G = _sfc_main$G.setup;
_sfc_main$G.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPFlyout.vue");
  return _sfc_setup$G ? _sfc_setup$G(props, ctx) : void 0;
};
const VPFlyout = /* @__PURE__ */ _export_sfc(_sfc_main$G, [["__scopeId", "data-v-604888f8"]]);
const _sfc_main$F = /* @__PURE__ */ defineComponent({
  __name: "VPSocialLink",
  __ssrInlineRender: true,
  props: {
    icon: {},
    link: {},
    ariaLabel: {}
  },
  setup(__props) {
    var _a;
    const props = __props;
    const el = ref();
    onMounted(async () => {
      var _a2;
      await nextTick();
      const span = (_a2 = el.value) == null ? void 0 : _a2.children[0];
      if (span instanceof HTMLElement && span.className.startsWith("vpi-social-") && (getComputedStyle(span).maskImage || getComputedStyle(span).webkitMaskImage) === "none") {
        span.style.setProperty(
          "--icon",
          `url('https://api.iconify.design/simple-icons/${props.icon}.svg')`
        );
      }
    });
    const svg = computed(() => {
      if (typeof props.icon === "object") return props.icon.svg;
      return `<span class="vpi-social-${props.icon}"></span>`;
    });
    {
      typeof props.icon === "string" && ((_a = useSSRContext()) == null ? void 0 : _a.vpSocialIcons.add(props.icon));
    }
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<a${ssrRenderAttrs(mergeProps({
        ref_key: "el",
        ref: el,
        class: "VPSocialLink no-icon",
        href: __props.link,
        "aria-label": __props.ariaLabel ?? (typeof __props.icon === "string" ? __props.icon : ""),
        target: "_blank",
        rel: "noopener"
      }, _attrs))} data-v-35d55bf6>${svg.value ?? ""}</a>`);
    };
  }
});
const _sfc_setup$F = _sfc_main$F.setup;
_sfc_main$F.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPSocialLink.vue");
  return _sfc_setup$F ? _sfc_setup$F(props, ctx) : void 0;
};
const VPSocialLink = /* @__PURE__ */ _export_sfc(_sfc_main$F, [["__scopeId", "data-v-35d55bf6"]]);
const _sfc_main$E = /* @__PURE__ */ defineComponent({
  __name: "VPSocialLinks",
  __ssrInlineRender: true,
  props: {
    links: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPSocialLinks" }, _attrs))} data-v-54dd6ec3><!--[-->`);
      ssrRenderList(__props.links, ({ link: link2, icon, ariaLabel }) => {
        _push(ssrRenderComponent(VPSocialLink, {
          key: link2,
          icon,
          link: link2,
          ariaLabel
        }, null, _parent));
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$E = _sfc_main$E.setup;
_sfc_main$E.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPSocialLinks.vue");
  return _sfc_setup$E ? _sfc_setup$E(props, ctx) : void 0;
};
const VPSocialLinks = /* @__PURE__ */ _export_sfc(_sfc_main$E, [["__scopeId", "data-v-54dd6ec3"]]);
const _sfc_main$D = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarExtra",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    const hasExtraContent = computed(
      () => localeLinks.value.length && currentLang.value.label || site.value.appearance || theme2.value.socialLinks
    );
    return (_ctx, _push, _parent, _attrs) => {
      if (hasExtraContent.value) {
        _push(ssrRenderComponent(VPFlyout, mergeProps({
          class: "VPNavBarExtra",
          label: "extra navigation"
        }, _attrs), {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              if (unref(localeLinks).length && unref(currentLang).label) {
                _push2(`<div class="group translations" data-v-1e0cc514${_scopeId}><p class="trans-title" data-v-1e0cc514${_scopeId}>${ssrInterpolate(unref(currentLang).label)}</p><!--[-->`);
                ssrRenderList(unref(localeLinks), (locale) => {
                  _push2(ssrRenderComponent(VPMenuLink, { item: locale }, null, _parent2, _scopeId));
                });
                _push2(`<!--]--></div>`);
              } else {
                _push2(`<!---->`);
              }
              if (unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto") {
                _push2(`<div class="group" data-v-1e0cc514${_scopeId}><div class="item appearance" data-v-1e0cc514${_scopeId}><p class="label" data-v-1e0cc514${_scopeId}>${ssrInterpolate(unref(theme2).darkModeSwitchLabel || "Appearance")}</p><div class="appearance-action" data-v-1e0cc514${_scopeId}>`);
                _push2(ssrRenderComponent(VPSwitchAppearance, null, null, _parent2, _scopeId));
                _push2(`</div></div></div>`);
              } else {
                _push2(`<!---->`);
              }
              if (unref(theme2).socialLinks) {
                _push2(`<div class="group" data-v-1e0cc514${_scopeId}><div class="item social-links" data-v-1e0cc514${_scopeId}>`);
                _push2(ssrRenderComponent(VPSocialLinks, {
                  class: "social-links-list",
                  links: unref(theme2).socialLinks
                }, null, _parent2, _scopeId));
                _push2(`</div></div>`);
              } else {
                _push2(`<!---->`);
              }
            } else {
              return [
                unref(localeLinks).length && unref(currentLang).label ? (openBlock(), createBlock("div", {
                  key: 0,
                  class: "group translations"
                }, [
                  createVNode("p", { class: "trans-title" }, toDisplayString(unref(currentLang).label), 1),
                  (openBlock(true), createBlock(Fragment, null, renderList(unref(localeLinks), (locale) => {
                    return openBlock(), createBlock(VPMenuLink, {
                      key: locale.link,
                      item: locale
                    }, null, 8, ["item"]);
                  }), 128))
                ])) : createCommentVNode("", true),
                unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto" ? (openBlock(), createBlock("div", {
                  key: 1,
                  class: "group"
                }, [
                  createVNode("div", { class: "item appearance" }, [
                    createVNode("p", { class: "label" }, toDisplayString(unref(theme2).darkModeSwitchLabel || "Appearance"), 1),
                    createVNode("div", { class: "appearance-action" }, [
                      createVNode(VPSwitchAppearance)
                    ])
                  ])
                ])) : createCommentVNode("", true),
                unref(theme2).socialLinks ? (openBlock(), createBlock("div", {
                  key: 2,
                  class: "group"
                }, [
                  createVNode("div", { class: "item social-links" }, [
                    createVNode(VPSocialLinks, {
                      class: "social-links-list",
                      links: unref(theme2).socialLinks
                    }, null, 8, ["links"])
                  ])
                ])) : createCommentVNode("", true)
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$D = _sfc_main$D.setup;
_sfc_main$D.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavBarExtra.vue");
  return _sfc_setup$D ? _sfc_setup$D(props, ctx) : void 0;
};
const VPNavBarExtra = /* @__PURE__ */ _export_sfc(_sfc_main$D, [["__scopeId", "data-v-1e0cc514"]]);
const _sfc_main$C = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarHamburger",
  __ssrInlineRender: true,
  props: {
    active: { type: Boolean }
  },
  emits: ["click"],
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<button${ssrRenderAttrs(mergeProps({
        type: "button",
        class: ["VPNavBarHamburger", { active: __props.active }],
        "aria-label": "mobile navigation",
        "aria-expanded": __props.active,
        "aria-controls": "VPNavScreen"
      }, _attrs))} data-v-252b4d59><span class="container" data-v-252b4d59><span class="top" data-v-252b4d59></span><span class="middle" data-v-252b4d59></span><span class="bottom" data-v-252b4d59></span></span></button>`);
    };
  }
});
const _sfc_setup$C = _sfc_main$C.setup;
_sfc_main$C.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavBarHamburger.vue");
  return _sfc_setup$C ? _sfc_setup$C(props, ctx) : void 0;
};
const VPNavBarHamburger = /* @__PURE__ */ _export_sfc(_sfc_main$C, [["__scopeId", "data-v-252b4d59"]]);
const _sfc_main$B = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const { page } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$12, mergeProps({
        class: {
          VPNavBarMenuLink: true,
          active: unref(isActive)(
            unref(page).relativePath,
            __props.item.activeMatch || __props.item.link,
            !!__props.item.activeMatch
          )
        },
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon,
        tabindex: "0"
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-fee67fe3${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$B = _sfc_main$B.setup;
_sfc_main$B.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenuLink.vue");
  return _sfc_setup$B ? _sfc_setup$B(props, ctx) : void 0;
};
const VPNavBarMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$B, [["__scopeId", "data-v-fee67fe3"]]);
const _sfc_main$A = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarMenuGroup",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const props = __props;
    const { page } = useData();
    const isChildActive = (navItem) => {
      if ("component" in navItem) return false;
      if ("link" in navItem) {
        return isActive(
          page.value.relativePath,
          navItem.link,
          !!props.item.activeMatch
        );
      }
      return navItem.items.some(isChildActive);
    };
    const childrenActive = computed(() => isChildActive(props.item));
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(VPFlyout, mergeProps({
        class: {
          VPNavBarMenuGroup: true,
          active: unref(isActive)(unref(page).relativePath, __props.item.activeMatch, !!__props.item.activeMatch) || childrenActive.value
        },
        button: __props.item.text,
        items: __props.item.items
      }, _attrs), null, _parent));
    };
  }
});
const _sfc_setup$A = _sfc_main$A.setup;
_sfc_main$A.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenuGroup.vue");
  return _sfc_setup$A ? _sfc_setup$A(props, ctx) : void 0;
};
const _sfc_main$z = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarMenu",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).nav) {
        _push(`<nav${ssrRenderAttrs(mergeProps({
          "aria-labelledby": "main-nav-aria-label",
          class: "VPNavBarMenu"
        }, _attrs))} data-v-3634b8ee><span id="main-nav-aria-label" class="visually-hidden" data-v-3634b8ee> Main Navigation </span><!--[-->`);
        ssrRenderList(unref(theme2).nav, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent(VPNavBarMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props), null), _parent);
          } else {
            _push(ssrRenderComponent(_sfc_main$A, { item }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></nav>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$z = _sfc_main$z.setup;
_sfc_main$z.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenu.vue");
  return _sfc_setup$z ? _sfc_setup$z(props, ctx) : void 0;
};
const VPNavBarMenu = /* @__PURE__ */ _export_sfc(_sfc_main$z, [["__scopeId", "data-v-3634b8ee"]]);
function createSearchTranslate(defaultTranslations) {
  const { localeIndex, theme: theme2 } = useData();
  function translate(key) {
    var _a, _b, _c;
    const keyPath = key.split(".");
    const themeObject = (_a = theme2.value.search) == null ? void 0 : _a.options;
    const isObject2 = themeObject && typeof themeObject === "object";
    const locales = isObject2 && ((_c = (_b = themeObject.locales) == null ? void 0 : _b[localeIndex.value]) == null ? void 0 : _c.translations) || null;
    const translations = isObject2 && themeObject.translations || null;
    let localeResult = locales;
    let translationResult = translations;
    let defaultResult = defaultTranslations;
    const lastKey = keyPath.pop();
    for (const k of keyPath) {
      let fallbackResult = null;
      const foundInFallback = defaultResult == null ? void 0 : defaultResult[k];
      if (foundInFallback) {
        fallbackResult = defaultResult = foundInFallback;
      }
      const foundInTranslation = translationResult == null ? void 0 : translationResult[k];
      if (foundInTranslation) {
        fallbackResult = translationResult = foundInTranslation;
      }
      const foundInLocale = localeResult == null ? void 0 : localeResult[k];
      if (foundInLocale) {
        fallbackResult = localeResult = foundInLocale;
      }
      if (!foundInFallback) {
        defaultResult = fallbackResult;
      }
      if (!foundInTranslation) {
        translationResult = fallbackResult;
      }
      if (!foundInLocale) {
        localeResult = fallbackResult;
      }
    }
    return (localeResult == null ? void 0 : localeResult[lastKey]) ?? (translationResult == null ? void 0 : translationResult[lastKey]) ?? (defaultResult == null ? void 0 : defaultResult[lastKey]) ?? "";
  }
  return translate;
}
const _sfc_main$y = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarSearchButton",
  __ssrInlineRender: true,
  setup(__props) {
    const defaultTranslations = {
      button: {
        buttonText: "Search",
        buttonAriaLabel: "Search"
      }
    };
    const translate = createSearchTranslate(defaultTranslations);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<button${ssrRenderAttrs(mergeProps({
        type: "button",
        class: "DocSearch DocSearch-Button",
        "aria-label": unref(translate)("button.buttonAriaLabel")
      }, _attrs))}><span class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span class="DocSearch-Button-Placeholder">${ssrInterpolate(unref(translate)("button.buttonText"))}</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button>`);
    };
  }
});
const _sfc_setup$y = _sfc_main$y.setup;
_sfc_main$y.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavBarSearchButton.vue");
  return _sfc_setup$y ? _sfc_setup$y(props, ctx) : void 0;
};
const _sfc_main$x = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarSearch",
  __ssrInlineRender: true,
  setup(__props) {
    const VPLocalSearchBox = defineAsyncComponent(() => import("./VPLocalSearchBox.R8de4eYX.js"));
    const VPAlgoliaSearchBox = () => null;
    const { theme: theme2 } = useData();
    const loaded = ref(false);
    const actuallyLoaded = ref(false);
    onMounted(() => {
      {
        return;
      }
    });
    function load() {
      if (!loaded.value) {
        loaded.value = true;
        setTimeout(poll, 16);
      }
    }
    function poll() {
      const e = new Event("keydown");
      e.key = "k";
      e.metaKey = true;
      window.dispatchEvent(e);
      setTimeout(() => {
        if (!document.querySelector(".DocSearch-Modal")) {
          poll();
        }
      }, 16);
    }
    function isEditingContent(event) {
      const element = event.target;
      const tagName = element.tagName;
      return element.isContentEditable || tagName === "INPUT" || tagName === "SELECT" || tagName === "TEXTAREA";
    }
    const showSearch = ref(false);
    {
      onKeyStroke("k", (event) => {
        if (event.ctrlKey || event.metaKey) {
          event.preventDefault();
          showSearch.value = true;
        }
      });
      onKeyStroke("/", (event) => {
        if (!isEditingContent(event)) {
          event.preventDefault();
          showSearch.value = true;
        }
      });
    }
    const provider = "local";
    return (_ctx, _push, _parent, _attrs) => {
      var _a;
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavBarSearch" }, _attrs))}>`);
      if (unref(provider) === "local") {
        _push(`<!--[-->`);
        if (showSearch.value) {
          _push(ssrRenderComponent(unref(VPLocalSearchBox), {
            onClose: ($event) => showSearch.value = false
          }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`<div id="local-search">`);
        _push(ssrRenderComponent(_sfc_main$y, {
          onClick: ($event) => showSearch.value = true
        }, null, _parent));
        _push(`</div><!--]-->`);
      } else if (unref(provider) === "algolia") {
        _push(`<!--[-->`);
        if (loaded.value) {
          _push(ssrRenderComponent(unref(VPAlgoliaSearchBox), {
            algolia: ((_a = unref(theme2).search) == null ? void 0 : _a.options) ?? unref(theme2).algolia,
            onVnodeBeforeMount: ($event) => actuallyLoaded.value = true
          }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        if (!actuallyLoaded.value) {
          _push(`<div id="docsearch">`);
          _push(ssrRenderComponent(_sfc_main$y, { onClick: load }, null, _parent));
          _push(`</div>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<!--]-->`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$x = _sfc_main$x.setup;
_sfc_main$x.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavBarSearch.vue");
  return _sfc_setup$x ? _sfc_setup$x(props, ctx) : void 0;
};
const _sfc_main$w = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarSocialLinks",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).socialLinks) {
        _push(ssrRenderComponent(VPSocialLinks, mergeProps({
          class: "VPNavBarSocialLinks",
          links: unref(theme2).socialLinks
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$w = _sfc_main$w.setup;
_sfc_main$w.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavBarSocialLinks.vue");
  return _sfc_setup$w ? _sfc_setup$w(props, ctx) : void 0;
};
const VPNavBarSocialLinks = /* @__PURE__ */ _export_sfc(_sfc_main$w, [["__scopeId", "data-v-e333d4dc"]]);
const _sfc_main$v = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarTitle",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    const { hasSidebar } = useSidebar();
    const { currentLang } = useLangs();
    const link2 = computed(
      () => {
        var _a;
        return typeof theme2.value.logoLink === "string" ? theme2.value.logoLink : (_a = theme2.value.logoLink) == null ? void 0 : _a.link;
      }
    );
    const rel = computed(
      () => {
        var _a;
        return typeof theme2.value.logoLink === "string" ? void 0 : (_a = theme2.value.logoLink) == null ? void 0 : _a.rel;
      }
    );
    const target = computed(
      () => {
        var _a;
        return typeof theme2.value.logoLink === "string" ? void 0 : (_a = theme2.value.logoLink) == null ? void 0 : _a.target;
      }
    );
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPNavBarTitle", { "has-sidebar": unref(hasSidebar) }]
      }, _attrs))} data-v-e3c947ff><a class="title"${ssrRenderAttr("href", link2.value ?? unref(normalizeLink$1)(unref(currentLang).link))}${ssrRenderAttr("rel", rel.value)}${ssrRenderAttr("target", target.value)} data-v-e3c947ff>`);
      ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push, _parent);
      if (unref(theme2).logo) {
        _push(ssrRenderComponent(VPImage, {
          class: "logo",
          image: unref(theme2).logo
        }, null, _parent));
      } else {
        _push(`<!---->`);
      }
      if (unref(theme2).siteTitle) {
        _push(`<span data-v-e3c947ff>${unref(theme2).siteTitle ?? ""}</span>`);
      } else if (unref(theme2).siteTitle === void 0) {
        _push(`<span data-v-e3c947ff>${ssrInterpolate(unref(site).title)}</span>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push, _parent);
      _push(`</a></div>`);
    };
  }
});
const _sfc_setup$v = _sfc_main$v.setup;
_sfc_main$v.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavBarTitle.vue");
  return _sfc_setup$v ? _sfc_setup$v(props, ctx) : void 0;
};
const VPNavBarTitle = /* @__PURE__ */ _export_sfc(_sfc_main$v, [["__scopeId", "data-v-e3c947ff"]]);
const _sfc_main$u = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarTranslations",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(localeLinks).length && unref(currentLang).label) {
        _push(ssrRenderComponent(VPFlyout, mergeProps({
          class: "VPNavBarTranslations",
          icon: "vpi-languages",
          label: unref(theme2).langMenuLabel || "Change language"
        }, _attrs), {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(`<div class="items" data-v-c708947f${_scopeId}><p class="title" data-v-c708947f${_scopeId}>${ssrInterpolate(unref(currentLang).label)}</p><!--[-->`);
              ssrRenderList(unref(localeLinks), (locale) => {
                _push2(ssrRenderComponent(VPMenuLink, { item: locale }, null, _parent2, _scopeId));
              });
              _push2(`<!--]--></div>`);
            } else {
              return [
                createVNode("div", { class: "items" }, [
                  createVNode("p", { class: "title" }, toDisplayString(unref(currentLang).label), 1),
                  (openBlock(true), createBlock(Fragment, null, renderList(unref(localeLinks), (locale) => {
                    return openBlock(), createBlock(VPMenuLink, {
                      key: locale.link,
                      item: locale
                    }, null, 8, ["item"]);
                  }), 128))
                ])
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$u = _sfc_main$u.setup;
_sfc_main$u.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavBarTranslations.vue");
  return _sfc_setup$u ? _sfc_setup$u(props, ctx) : void 0;
};
const VPNavBarTranslations = /* @__PURE__ */ _export_sfc(_sfc_main$u, [["__scopeId", "data-v-c708947f"]]);
const _sfc_main$t = /* @__PURE__ */ defineComponent({
  __name: "VPNavBar",
  __ssrInlineRender: true,
  props: {
    isScreenOpen: { type: Boolean }
  },
  emits: ["toggle-screen"],
  setup(__props) {
    const props = __props;
    const { y } = useWindowScroll();
    const { hasSidebar } = useSidebar();
    const { frontmatter } = useData();
    const classes = ref({});
    watchPostEffect(() => {
      classes.value = {
        "has-sidebar": hasSidebar.value,
        "home": frontmatter.value.layout === "home",
        "top": y.value === 0,
        "screen-open": props.isScreenOpen
      };
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPNavBar", classes.value]
      }, _attrs))} data-v-ea6b518e><div class="wrapper" data-v-ea6b518e><div class="container" data-v-ea6b518e><div class="title" data-v-ea6b518e>`);
      _push(ssrRenderComponent(VPNavBarTitle, null, {
        "nav-bar-title-before": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
            ];
          }
        }),
        "nav-bar-title-after": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      _push(`</div><div class="content" data-v-ea6b518e><div class="content-body" data-v-ea6b518e>`);
      ssrRenderSlot(_ctx.$slots, "nav-bar-content-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(_sfc_main$x, { class: "search" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarMenu, { class: "menu" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarTranslations, { class: "translations" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarAppearance, { class: "appearance" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarSocialLinks, { class: "social-links" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarExtra, { class: "extra" }, null, _parent));
      ssrRenderSlot(_ctx.$slots, "nav-bar-content-after", {}, null, _push, _parent);
      _push(ssrRenderComponent(VPNavBarHamburger, {
        class: "hamburger",
        active: __props.isScreenOpen,
        onClick: ($event) => _ctx.$emit("toggle-screen")
      }, null, _parent));
      _push(`</div></div></div></div><div class="divider" data-v-ea6b518e><div class="divider-line" data-v-ea6b518e></div></div></div>`);
    };
  }
});
const _sfc_setup$t = _sfc_main$t.setup;
_sfc_main$t.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavBar.vue");
  return _sfc_setup$t ? _sfc_setup$t(props, ctx) : void 0;
};
const VPNavBar = /* @__PURE__ */ _export_sfc(_sfc_main$t, [["__scopeId", "data-v-ea6b518e"]]);
const _sfc_main$s = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto") {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavScreenAppearance" }, _attrs))} data-v-b408fe2d><p class="text" data-v-b408fe2d>${ssrInterpolate(unref(theme2).darkModeSwitchLabel || "Appearance")}</p>`);
        _push(ssrRenderComponent(VPSwitchAppearance, null, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$s = _sfc_main$s.setup;
_sfc_main$s.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenAppearance.vue");
  return _sfc_setup$s ? _sfc_setup$s(props, ctx) : void 0;
};
const VPNavScreenAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$s, [["__scopeId", "data-v-b408fe2d"]]);
const _sfc_main$r = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const closeScreen = inject("close-screen");
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$12, mergeProps({
        class: "VPNavScreenMenuLink",
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon,
        onClick: unref(closeScreen)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-41ed6a00${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$r = _sfc_main$r.setup;
_sfc_main$r.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuLink.vue");
  return _sfc_setup$r ? _sfc_setup$r(props, ctx) : void 0;
};
const VPNavScreenMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$r, [["__scopeId", "data-v-41ed6a00"]]);
const _sfc_main$q = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuGroupLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const closeScreen = inject("close-screen");
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$12, mergeProps({
        class: "VPNavScreenMenuGroupLink",
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon,
        onClick: unref(closeScreen)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-02ef8025${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$q = _sfc_main$q.setup;
_sfc_main$q.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroupLink.vue");
  return _sfc_setup$q ? _sfc_setup$q(props, ctx) : void 0;
};
const VPNavScreenMenuGroupLink = /* @__PURE__ */ _export_sfc(_sfc_main$q, [["__scopeId", "data-v-02ef8025"]]);
const _sfc_main$p = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuGroupSection",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavScreenMenuGroupSection" }, _attrs))} data-v-e2787f60>`);
      if (__props.text) {
        _push(`<p class="title" data-v-e2787f60>${ssrInterpolate(__props.text)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(ssrRenderComponent(VPNavScreenMenuGroupLink, {
          key: item.text,
          item
        }, null, _parent));
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$p = _sfc_main$p.setup;
_sfc_main$p.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroupSection.vue");
  return _sfc_setup$p ? _sfc_setup$p(props, ctx) : void 0;
};
const VPNavScreenMenuGroupSection = /* @__PURE__ */ _export_sfc(_sfc_main$p, [["__scopeId", "data-v-e2787f60"]]);
const _sfc_main$o = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuGroup",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    const props = __props;
    const isOpen = ref(false);
    const groupId = computed(
      () => `NavScreenGroup-${props.text.replace(" ", "-").toLowerCase()}`
    );
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPNavScreenMenuGroup", { open: isOpen.value }]
      }, _attrs))} data-v-16297174><button class="button"${ssrRenderAttr("aria-controls", groupId.value)}${ssrRenderAttr("aria-expanded", isOpen.value)} data-v-16297174><span class="button-text" data-v-16297174>${__props.text ?? ""}</span><span class="vpi-plus button-icon" data-v-16297174></span></button><div${ssrRenderAttr("id", groupId.value)} class="items" data-v-16297174><!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(`<!--[-->`);
        if ("link" in item) {
          _push(`<div class="item" data-v-16297174>`);
          _push(ssrRenderComponent(VPNavScreenMenuGroupLink, { item }, null, _parent));
          _push(`</div>`);
        } else if ("component" in item) {
          _push(`<div class="item" data-v-16297174>`);
          ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props, { "screen-menu": "" }), null), _parent);
          _push(`</div>`);
        } else {
          _push(`<div class="group" data-v-16297174>`);
          _push(ssrRenderComponent(VPNavScreenMenuGroupSection, {
            text: item.text,
            items: item.items
          }, null, _parent));
          _push(`</div>`);
        }
        _push(`<!--]-->`);
      });
      _push(`<!--]--></div></div>`);
    };
  }
});
const _sfc_setup$o = _sfc_main$o.setup;
_sfc_main$o.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroup.vue");
  return _sfc_setup$o ? _sfc_setup$o(props, ctx) : void 0;
};
const VPNavScreenMenuGroup = /* @__PURE__ */ _export_sfc(_sfc_main$o, [["__scopeId", "data-v-16297174"]]);
const _sfc_main$n = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenu",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).nav) {
        _push(`<nav${ssrRenderAttrs(mergeProps({ class: "VPNavScreenMenu" }, _attrs))}><!--[-->`);
        ssrRenderList(unref(theme2).nav, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent(VPNavScreenMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props, { "screen-menu": "" }), null), _parent);
          } else {
            _push(ssrRenderComponent(VPNavScreenMenuGroup, {
              text: item.text || "",
              items: item.items
            }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></nav>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$n = _sfc_main$n.setup;
_sfc_main$n.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenu.vue");
  return _sfc_setup$n ? _sfc_setup$n(props, ctx) : void 0;
};
const _sfc_main$m = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenSocialLinks",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).socialLinks) {
        _push(ssrRenderComponent(VPSocialLinks, mergeProps({
          class: "VPNavScreenSocialLinks",
          links: unref(theme2).socialLinks
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$m = _sfc_main$m.setup;
_sfc_main$m.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenSocialLinks.vue");
  return _sfc_setup$m ? _sfc_setup$m(props, ctx) : void 0;
};
const _sfc_main$l = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenTranslations",
  __ssrInlineRender: true,
  setup(__props) {
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    const isOpen = ref(false);
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(localeLinks).length && unref(currentLang).label) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: ["VPNavScreenTranslations", { open: isOpen.value }]
        }, _attrs))} data-v-1bc96d5b><button class="title" data-v-1bc96d5b><span class="vpi-languages icon lang" data-v-1bc96d5b></span> ${ssrInterpolate(unref(currentLang).label)} <span class="vpi-chevron-down icon chevron" data-v-1bc96d5b></span></button><ul class="list" data-v-1bc96d5b><!--[-->`);
        ssrRenderList(unref(localeLinks), (locale) => {
          _push(`<li class="item" data-v-1bc96d5b>`);
          _push(ssrRenderComponent(_sfc_main$12, {
            class: "link",
            href: locale.link
          }, {
            default: withCtx((_, _push2, _parent2, _scopeId) => {
              if (_push2) {
                _push2(`${ssrInterpolate(locale.text)}`);
              } else {
                return [
                  createTextVNode(toDisplayString(locale.text), 1)
                ];
              }
            }),
            _: 2
          }, _parent));
          _push(`</li>`);
        });
        _push(`<!--]--></ul></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$l = _sfc_main$l.setup;
_sfc_main$l.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavScreenTranslations.vue");
  return _sfc_setup$l ? _sfc_setup$l(props, ctx) : void 0;
};
const VPNavScreenTranslations = /* @__PURE__ */ _export_sfc(_sfc_main$l, [["__scopeId", "data-v-1bc96d5b"]]);
const _sfc_main$k = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreen",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  setup(__props) {
    const screen = ref(null);
    useScrollLock(inBrowser ? document.body : null);
    return (_ctx, _push, _parent, _attrs) => {
      if (__props.open) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: "VPNavScreen",
          ref_key: "screen",
          ref: screen,
          id: "VPNavScreen"
        }, _attrs))} data-v-f625089b><div class="container" data-v-f625089b>`);
        ssrRenderSlot(_ctx.$slots, "nav-screen-content-before", {}, null, _push, _parent);
        _push(ssrRenderComponent(_sfc_main$n, { class: "menu" }, null, _parent));
        _push(ssrRenderComponent(VPNavScreenTranslations, { class: "translations" }, null, _parent));
        _push(ssrRenderComponent(VPNavScreenAppearance, { class: "appearance" }, null, _parent));
        _push(ssrRenderComponent(_sfc_main$m, { class: "social-links" }, null, _parent));
        ssrRenderSlot(_ctx.$slots, "nav-screen-content-after", {}, null, _push, _parent);
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$k = _sfc_main$k.setup;
_sfc_main$k.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNavScreen.vue");
  return _sfc_setup$k ? _sfc_setup$k(props, ctx) : void 0;
};
const VPNavScreen = /* @__PURE__ */ _export_sfc(_sfc_main$k, [["__scopeId", "data-v-f625089b"]]);
const _sfc_main$j = /* @__PURE__ */ defineComponent({
  __name: "VPNav",
  __ssrInlineRender: true,
  setup(__props) {
    const { isScreenOpen, closeScreen, toggleScreen } = useNav();
    const { frontmatter } = useData();
    const hasNavbar = computed(() => {
      return frontmatter.value.navbar !== false;
    });
    provide("close-screen", closeScreen);
    watchEffect(() => {
      if (inBrowser) {
        document.documentElement.classList.toggle("hide-nav", !hasNavbar.value);
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (hasNavbar.value) {
        _push(`<header${ssrRenderAttrs(mergeProps({ class: "VPNav" }, _attrs))} data-v-a9795cf9>`);
        _push(ssrRenderComponent(VPNavBar, {
          "is-screen-open": unref(isScreenOpen),
          onToggleScreen: unref(toggleScreen)
        }, {
          "nav-bar-title-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-title-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPNavScreen, { open: unref(isScreenOpen) }, {
          "nav-screen-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(`</header>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$j = _sfc_main$j.setup;
_sfc_main$j.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPNav.vue");
  return _sfc_setup$j ? _sfc_setup$j(props, ctx) : void 0;
};
const VPNav = /* @__PURE__ */ _export_sfc(_sfc_main$j, [["__scopeId", "data-v-a9795cf9"]]);
const _sfc_main$i = /* @__PURE__ */ defineComponent({
  __name: "VPSidebarItem",
  __ssrInlineRender: true,
  props: {
    item: {},
    depth: {}
  },
  setup(__props) {
    const props = __props;
    const {
      collapsed,
      collapsible,
      isLink,
      isActiveLink,
      hasActiveLink: hasActiveLink2,
      hasChildren,
      toggle
    } = useSidebarControl(computed(() => props.item));
    const sectionTag = computed(() => hasChildren.value ? "section" : `div`);
    const linkTag = computed(() => isLink.value ? "a" : "div");
    const textTag = computed(() => {
      return !hasChildren.value ? "p" : props.depth + 2 === 7 ? "p" : `h${props.depth + 2}`;
    });
    const itemRole = computed(() => isLink.value ? void 0 : "button");
    const classes = computed(() => [
      [`level-${props.depth}`],
      { collapsible: collapsible.value },
      { collapsed: collapsed.value },
      { "is-link": isLink.value },
      { "is-active": isActiveLink.value },
      { "has-active": hasActiveLink2.value }
    ]);
    function onItemInteraction(e) {
      if ("key" in e && e.key !== "Enter") {
        return;
      }
      !props.item.link && toggle();
    }
    function onCaretClick() {
      props.item.link && toggle();
    }
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPSidebarItem = resolveComponent("VPSidebarItem", true);
      ssrRenderVNode(_push, createVNode(resolveDynamicComponent(sectionTag.value), mergeProps({
        class: ["VPSidebarItem", classes.value]
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            if (__props.item.text) {
              _push2(`<div class="item"${ssrRenderAttr("role", itemRole.value)}${ssrRenderAttr("tabindex", __props.item.items && 0)} data-v-e91edfd2${_scopeId}><div class="indicator" data-v-e91edfd2${_scopeId}></div>`);
              if (__props.item.link) {
                _push2(ssrRenderComponent(_sfc_main$12, {
                  tag: linkTag.value,
                  class: "link",
                  href: __props.item.link,
                  rel: __props.item.rel,
                  target: __props.item.target
                }, {
                  default: withCtx((_2, _push3, _parent3, _scopeId2) => {
                    if (_push3) {
                      ssrRenderVNode(_push3, createVNode(resolveDynamicComponent(textTag.value), { class: "text" }, null), _parent3, _scopeId2);
                    } else {
                      return [
                        (openBlock(), createBlock(resolveDynamicComponent(textTag.value), {
                          class: "text",
                          innerHTML: __props.item.text
                        }, null, 8, ["innerHTML"]))
                      ];
                    }
                  }),
                  _: 1
                }, _parent2, _scopeId));
              } else {
                ssrRenderVNode(_push2, createVNode(resolveDynamicComponent(textTag.value), { class: "text" }, null), _parent2, _scopeId);
              }
              if (__props.item.collapsed != null && __props.item.items && __props.item.items.length) {
                _push2(`<div class="caret" role="button" aria-label="toggle section" tabindex="0" data-v-e91edfd2${_scopeId}><span class="vpi-chevron-right caret-icon" data-v-e91edfd2${_scopeId}></span></div>`);
              } else {
                _push2(`<!---->`);
              }
              _push2(`</div>`);
            } else {
              _push2(`<!---->`);
            }
            if (__props.item.items && __props.item.items.length) {
              _push2(`<div class="items" data-v-e91edfd2${_scopeId}>`);
              if (__props.depth < 5) {
                _push2(`<!--[-->`);
                ssrRenderList(__props.item.items, (i) => {
                  _push2(ssrRenderComponent(_component_VPSidebarItem, {
                    key: i.text,
                    item: i,
                    depth: __props.depth + 1
                  }, null, _parent2, _scopeId));
                });
                _push2(`<!--]-->`);
              } else {
                _push2(`<!---->`);
              }
              _push2(`</div>`);
            } else {
              _push2(`<!---->`);
            }
          } else {
            return [
              __props.item.text ? (openBlock(), createBlock("div", mergeProps({
                key: 0,
                class: "item",
                role: itemRole.value
              }, toHandlers(
                __props.item.items ? { click: onItemInteraction, keydown: onItemInteraction } : {},
                true
              ), {
                tabindex: __props.item.items && 0
              }), [
                createVNode("div", { class: "indicator" }),
                __props.item.link ? (openBlock(), createBlock(_sfc_main$12, {
                  key: 0,
                  tag: linkTag.value,
                  class: "link",
                  href: __props.item.link,
                  rel: __props.item.rel,
                  target: __props.item.target
                }, {
                  default: withCtx(() => [
                    (openBlock(), createBlock(resolveDynamicComponent(textTag.value), {
                      class: "text",
                      innerHTML: __props.item.text
                    }, null, 8, ["innerHTML"]))
                  ]),
                  _: 1
                }, 8, ["tag", "href", "rel", "target"])) : (openBlock(), createBlock(resolveDynamicComponent(textTag.value), {
                  key: 1,
                  class: "text",
                  innerHTML: __props.item.text
                }, null, 8, ["innerHTML"])),
                __props.item.collapsed != null && __props.item.items && __props.item.items.length ? (openBlock(), createBlock("div", {
                  key: 2,
                  class: "caret",
                  role: "button",
                  "aria-label": "toggle section",
                  onClick: onCaretClick,
                  onKeydown: withKeys(onCaretClick, ["enter"]),
                  tabindex: "0"
                }, [
                  createVNode("span", { class: "vpi-chevron-right caret-icon" })
                ], 32)) : createCommentVNode("", true)
              ], 16, ["role", "tabindex"])) : createCommentVNode("", true),
              __props.item.items && __props.item.items.length ? (openBlock(), createBlock("div", {
                key: 1,
                class: "items"
              }, [
                __props.depth < 5 ? (openBlock(true), createBlock(Fragment, { key: 0 }, renderList(__props.item.items, (i) => {
                  return openBlock(), createBlock(_component_VPSidebarItem, {
                    key: i.text,
                    item: i,
                    depth: __props.depth + 1
                  }, null, 8, ["item", "depth"]);
                }), 128)) : createCommentVNode("", true)
              ])) : createCommentVNode("", true)
            ];
          }
        }),
        _: 1
      }), _parent);
    };
  }
});
const _sfc_setup$i = _sfc_main$i.setup;
_sfc_main$i.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPSidebarItem.vue");
  return _sfc_setup$i ? _sfc_setup$i(props, ctx) : void 0;
};
const VPSidebarItem = /* @__PURE__ */ _export_sfc(_sfc_main$i, [["__scopeId", "data-v-e91edfd2"]]);
const _sfc_main$h = /* @__PURE__ */ defineComponent({
  __name: "VPSidebarGroup",
  __ssrInlineRender: true,
  props: {
    items: {}
  },
  setup(__props) {
    const disableTransition = ref(true);
    let timer = null;
    onMounted(() => {
      timer = setTimeout(() => {
        timer = null;
        disableTransition.value = false;
      }, 300);
    });
    onBeforeUnmount(() => {
      if (timer != null) {
        clearTimeout(timer);
        timer = null;
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(`<div class="${ssrRenderClass([{ "no-transition": disableTransition.value }, "group"])}" data-v-30e91019>`);
        _push(ssrRenderComponent(VPSidebarItem, {
          item,
          depth: 0
        }, null, _parent));
        _push(`</div>`);
      });
      _push(`<!--]-->`);
    };
  }
});
const _sfc_setup$h = _sfc_main$h.setup;
_sfc_main$h.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPSidebarGroup.vue");
  return _sfc_setup$h ? _sfc_setup$h(props, ctx) : void 0;
};
const VPSidebarGroup = /* @__PURE__ */ _export_sfc(_sfc_main$h, [["__scopeId", "data-v-30e91019"]]);
const _sfc_main$g = /* @__PURE__ */ defineComponent({
  __name: "VPSidebar",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  setup(__props) {
    const { sidebarGroups, hasSidebar } = useSidebar();
    const props = __props;
    const navEl = ref(null);
    const isLocked = useScrollLock(inBrowser ? document.body : null);
    watch(
      [props, navEl],
      () => {
        var _a;
        if (props.open) {
          isLocked.value = true;
          (_a = navEl.value) == null ? void 0 : _a.focus();
        } else isLocked.value = false;
      },
      { immediate: true, flush: "post" }
    );
    const key = ref(0);
    watch(
      sidebarGroups,
      () => {
        key.value += 1;
      },
      { deep: true }
    );
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(hasSidebar)) {
        _push(`<aside${ssrRenderAttrs(mergeProps({
          class: ["VPSidebar", { open: __props.open }],
          ref_key: "navEl",
          ref: navEl
        }, _attrs))} data-v-30db543f><div class="curtain" data-v-30db543f></div><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1" data-v-30db543f><span class="visually-hidden" id="sidebar-aria-label" data-v-30db543f> Sidebar Navigation </span>`);
        ssrRenderSlot(_ctx.$slots, "sidebar-nav-before", {}, null, _push, _parent);
        _push(ssrRenderComponent(VPSidebarGroup, {
          items: unref(sidebarGroups),
          key: key.value
        }, null, _parent));
        ssrRenderSlot(_ctx.$slots, "sidebar-nav-after", {}, null, _push, _parent);
        _push(`</nav></aside>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$g = _sfc_main$g.setup;
_sfc_main$g.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPSidebar.vue");
  return _sfc_setup$g ? _sfc_setup$g(props, ctx) : void 0;
};
const VPSidebar = /* @__PURE__ */ _export_sfc(_sfc_main$g, [["__scopeId", "data-v-30db543f"]]);
const _sfc_main$f = /* @__PURE__ */ defineComponent({
  __name: "VPSkipLink",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const route = useRoute();
    const backToTop = ref();
    watch(() => route.path, () => backToTop.value.focus());
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<!--[--><span tabindex="-1" data-v-d1023421></span><a href="#VPContent" class="VPSkipLink visually-hidden" data-v-d1023421>${ssrInterpolate(unref(theme2).skipToContentLabel || "Skip to content")}</a><!--]-->`);
    };
  }
});
const _sfc_setup$f = _sfc_main$f.setup;
_sfc_main$f.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPSkipLink.vue");
  return _sfc_setup$f ? _sfc_setup$f(props, ctx) : void 0;
};
const VPSkipLink = /* @__PURE__ */ _export_sfc(_sfc_main$f, [["__scopeId", "data-v-d1023421"]]);
const _sfc_main$e = /* @__PURE__ */ defineComponent({
  __name: "Layout",
  __ssrInlineRender: true,
  setup(__props) {
    const {
      isOpen: isSidebarOpen,
      open: openSidebar,
      close: closeSidebar
    } = useSidebar();
    const route = useRoute();
    watch(() => route.path, closeSidebar);
    useCloseSidebarOnEscape(isSidebarOpen, closeSidebar);
    const { frontmatter } = useData();
    const slots = useSlots();
    const heroImageSlotExists = computed(() => !!slots["home-hero-image"]);
    provide("hero-image-slot-exists", heroImageSlotExists);
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = resolveComponent("Content");
      if (unref(frontmatter).layout !== false) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: ["Layout", unref(frontmatter).pageClass]
        }, _attrs))} data-v-ebe87bd1>`);
        ssrRenderSlot(_ctx.$slots, "layout-top", {}, null, _push, _parent);
        _push(ssrRenderComponent(VPSkipLink, null, null, _parent));
        _push(ssrRenderComponent(VPBackdrop, {
          class: "backdrop",
          show: unref(isSidebarOpen),
          onClick: unref(closeSidebar)
        }, null, _parent));
        _push(ssrRenderComponent(VPNav, null, {
          "nav-bar-title-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-title-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-after", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPLocalNav, {
          open: unref(isSidebarOpen),
          onOpenMenu: unref(openSidebar)
        }, null, _parent));
        _push(ssrRenderComponent(VPSidebar, { open: unref(isSidebarOpen) }, {
          "sidebar-nav-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "sidebar-nav-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "sidebar-nav-before", {}, void 0, true)
              ];
            }
          }),
          "sidebar-nav-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "sidebar-nav-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "sidebar-nav-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPContent, null, {
          "page-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-top", {}, void 0, true)
              ];
            }
          }),
          "page-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-bottom", {}, void 0, true)
              ];
            }
          }),
          "not-found": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "not-found", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "not-found", {}, void 0, true)
              ];
            }
          }),
          "home-hero-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
              ];
            }
          }),
          "home-hero-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-after", {}, void 0, true)
              ];
            }
          }),
          "home-features-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-before", {}, void 0, true)
              ];
            }
          }),
          "home-features-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-after", {}, void 0, true)
              ];
            }
          }),
          "doc-footer-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
              ];
            }
          }),
          "doc-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-before", {}, void 0, true)
              ];
            }
          }),
          "doc-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-after", {}, void 0, true)
              ];
            }
          }),
          "doc-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-top", {}, void 0, true)
              ];
            }
          }),
          "doc-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPFooter, null, null, _parent));
        ssrRenderSlot(_ctx.$slots, "layout-bottom", {}, null, _push, _parent);
        _push(`</div>`);
      } else {
        _push(ssrRenderComponent(_component_Content, _attrs, null, _parent));
      }
    };
  }
});
const _sfc_setup$e = _sfc_main$e.setup;
_sfc_main$e.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/Layout.vue");
  return _sfc_setup$e ? _sfc_setup$e(props, ctx) : void 0;
};
const Layout = /* @__PURE__ */ _export_sfc(_sfc_main$e, [["__scopeId", "data-v-ebe87bd1"]]);
const GridSettings = {
  xmini: [[0, 2]],
  mini: [],
  small: [
    [920, 6],
    [768, 5],
    [640, 4],
    [480, 3],
    [0, 2]
  ],
  medium: [
    [960, 5],
    [832, 4],
    [640, 3],
    [480, 2]
  ],
  big: [
    [832, 3],
    [640, 2]
  ]
};
function useSponsorsGrid({ el, size = "medium" }) {
  const onResize = throttleAndDebounce(manage, 100);
  onMounted(() => {
    manage();
    window.addEventListener("resize", onResize);
  });
  onUnmounted(() => {
    window.removeEventListener("resize", onResize);
  });
  function manage() {
    adjustSlots(el.value, size);
  }
}
function adjustSlots(el, size) {
  const tsize = el.children.length;
  const asize = el.querySelectorAll(".vp-sponsor-grid-item:not(.empty)").length;
  const grid = setGrid(el, size, asize);
  manageSlots(el, grid, tsize, asize);
}
function setGrid(el, size, items) {
  const settings = GridSettings[size];
  const screen = window.innerWidth;
  let grid = 1;
  settings.some(([breakpoint, value]) => {
    if (screen >= breakpoint) {
      grid = items < value ? items : value;
      return true;
    }
  });
  setGridData(el, grid);
  return grid;
}
function setGridData(el, value) {
  el.dataset.vpGrid = String(value);
}
function manageSlots(el, grid, tsize, asize) {
  const diff = tsize - asize;
  const rem = asize % grid;
  const drem = rem === 0 ? rem : grid - rem;
  neutralizeSlots(el, drem - diff);
}
function neutralizeSlots(el, count) {
  if (count === 0) {
    return;
  }
  count > 0 ? addSlots(el, count) : removeSlots(el, count * -1);
}
function addSlots(el, count) {
  for (let i = 0; i < count; i++) {
    const slot = document.createElement("div");
    slot.classList.add("vp-sponsor-grid-item", "empty");
    el.append(slot);
  }
}
function removeSlots(el, count) {
  for (let i = 0; i < count; i++) {
    el.removeChild(el.lastElementChild);
  }
}
const _sfc_main$d = /* @__PURE__ */ defineComponent({
  __name: "VPSponsorsGrid",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    data: {}
  },
  setup(__props) {
    const props = __props;
    const el = ref(null);
    useSponsorsGrid({ el, size: props.size });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPSponsorsGrid vp-sponsor-grid", [__props.size]],
        ref_key: "el",
        ref: el
      }, _attrs))}><!--[-->`);
      ssrRenderList(__props.data, (sponsor) => {
        _push(`<div class="vp-sponsor-grid-item"><a class="vp-sponsor-grid-link"${ssrRenderAttr("href", sponsor.url)} target="_blank" rel="sponsored noopener"><article class="vp-sponsor-grid-box"><h4 class="visually-hidden">${ssrInterpolate(sponsor.name)}</h4><img class="vp-sponsor-grid-image"${ssrRenderAttr("src", sponsor.img)}${ssrRenderAttr("alt", sponsor.name)}></article></a></div>`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$d = _sfc_main$d.setup;
_sfc_main$d.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPSponsorsGrid.vue");
  return _sfc_setup$d ? _sfc_setup$d(props, ctx) : void 0;
};
const _sfc_main$c = /* @__PURE__ */ defineComponent({
  __name: "VPSponsors",
  __ssrInlineRender: true,
  props: {
    mode: { default: "normal" },
    tier: {},
    size: {},
    data: {}
  },
  setup(__props) {
    const props = __props;
    const sponsors = computed(() => {
      const isSponsors = props.data.some((s) => {
        return "items" in s;
      });
      if (isSponsors) {
        return props.data;
      }
      return [
        { tier: props.tier, size: props.size, items: props.data }
      ];
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPSponsors vp-sponsor", [__props.mode]]
      }, _attrs))}><!--[-->`);
      ssrRenderList(sponsors.value, (sponsor, index) => {
        _push(`<section class="vp-sponsor-section">`);
        if (sponsor.tier) {
          _push(`<h3 class="vp-sponsor-tier">${ssrInterpolate(sponsor.tier)}</h3>`);
        } else {
          _push(`<!---->`);
        }
        _push(ssrRenderComponent(_sfc_main$d, {
          size: sponsor.size,
          data: sponsor.items
        }, null, _parent));
        _push(`</section>`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$c = _sfc_main$c.setup;
_sfc_main$c.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPSponsors.vue");
  return _sfc_setup$c ? _sfc_setup$c(props, ctx) : void 0;
};
const _sfc_main$b = /* @__PURE__ */ defineComponent({
  __name: "VPDocAsideSponsors",
  __ssrInlineRender: true,
  props: {
    tier: {},
    size: {},
    data: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPDocAsideSponsors" }, _attrs))}>`);
      _push(ssrRenderComponent(_sfc_main$c, {
        mode: "aside",
        tier: __props.tier,
        size: __props.size,
        data: __props.data
      }, null, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$b = _sfc_main$b.setup;
_sfc_main$b.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPDocAsideSponsors.vue");
  return _sfc_setup$b ? _sfc_setup$b(props, ctx) : void 0;
};
const _sfc_main$a = /* @__PURE__ */ defineComponent({
  __name: "VPHomeSponsors",
  __ssrInlineRender: true,
  props: {
    message: {},
    actionText: { default: "Become a sponsor" },
    actionLink: {},
    data: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<section${ssrRenderAttrs(mergeProps({ class: "VPHomeSponsors" }, _attrs))} data-v-1b66955a><div class="container" data-v-1b66955a><div class="header" data-v-1b66955a><div class="love" data-v-1b66955a><span class="vpi-heart icon" data-v-1b66955a></span></div>`);
      if (__props.message) {
        _push(`<h2 class="message" data-v-1b66955a>${ssrInterpolate(__props.message)}</h2>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div><div class="sponsors" data-v-1b66955a>`);
      _push(ssrRenderComponent(_sfc_main$c, { data: __props.data }, null, _parent));
      _push(`</div>`);
      if (__props.actionLink) {
        _push(`<div class="action" data-v-1b66955a>`);
        _push(ssrRenderComponent(VPButton, {
          theme: "sponsor",
          text: __props.actionText,
          href: __props.actionLink
        }, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></section>`);
    };
  }
});
const _sfc_setup$a = _sfc_main$a.setup;
_sfc_main$a.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPHomeSponsors.vue");
  return _sfc_setup$a ? _sfc_setup$a(props, ctx) : void 0;
};
const _sfc_main$9 = /* @__PURE__ */ defineComponent({
  __name: "VPTeamMembersItem",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    member: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<article${ssrRenderAttrs(mergeProps({
        class: ["VPTeamMembersItem", [__props.size]]
      }, _attrs))} data-v-a36a74e9><div class="profile" data-v-a36a74e9><figure class="avatar" data-v-a36a74e9><img class="avatar-img"${ssrRenderAttr("src", __props.member.avatar)}${ssrRenderAttr("alt", __props.member.name)} data-v-a36a74e9></figure><div class="data" data-v-a36a74e9><h1 class="name" data-v-a36a74e9>${ssrInterpolate(__props.member.name)}</h1>`);
      if (__props.member.title || __props.member.org) {
        _push(`<p class="affiliation" data-v-a36a74e9>`);
        if (__props.member.title) {
          _push(`<span class="title" data-v-a36a74e9>${ssrInterpolate(__props.member.title)}</span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.member.title && __props.member.org) {
          _push(`<span class="at" data-v-a36a74e9> @ </span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.member.org) {
          _push(ssrRenderComponent(_sfc_main$12, {
            class: ["org", { link: __props.member.orgLink }],
            href: __props.member.orgLink,
            "no-icon": ""
          }, {
            default: withCtx((_, _push2, _parent2, _scopeId) => {
              if (_push2) {
                _push2(`${ssrInterpolate(__props.member.org)}`);
              } else {
                return [
                  createTextVNode(toDisplayString(__props.member.org), 1)
                ];
              }
            }),
            _: 1
          }, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`</p>`);
      } else {
        _push(`<!---->`);
      }
      if (__props.member.desc) {
        _push(`<p class="desc" data-v-a36a74e9>${__props.member.desc ?? ""}</p>`);
      } else {
        _push(`<!---->`);
      }
      if (__props.member.links) {
        _push(`<div class="links" data-v-a36a74e9>`);
        _push(ssrRenderComponent(VPSocialLinks, {
          links: __props.member.links
        }, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></div>`);
      if (__props.member.sponsor) {
        _push(`<div class="sp" data-v-a36a74e9>`);
        _push(ssrRenderComponent(_sfc_main$12, {
          class: "sp-link",
          href: __props.member.sponsor,
          "no-icon": ""
        }, {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(`<span class="vpi-heart sp-icon" data-v-a36a74e9${_scopeId}></span> ${ssrInterpolate(__props.member.actionText || "Sponsor")}`);
            } else {
              return [
                createVNode("span", { class: "vpi-heart sp-icon" }),
                createTextVNode(" " + toDisplayString(__props.member.actionText || "Sponsor"), 1)
              ];
            }
          }),
          _: 1
        }, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</article>`);
    };
  }
});
const _sfc_setup$9 = _sfc_main$9.setup;
_sfc_main$9.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPTeamMembersItem.vue");
  return _sfc_setup$9 ? _sfc_setup$9(props, ctx) : void 0;
};
const VPTeamMembersItem = /* @__PURE__ */ _export_sfc(_sfc_main$9, [["__scopeId", "data-v-a36a74e9"]]);
const _sfc_main$8 = /* @__PURE__ */ defineComponent({
  __name: "VPTeamMembers",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    members: {}
  },
  setup(__props) {
    const props = __props;
    const classes = computed(() => [props.size, `count-${props.members.length}`]);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPTeamMembers", classes.value]
      }, _attrs))} data-v-2587673a><div class="container" data-v-2587673a><!--[-->`);
      ssrRenderList(__props.members, (member) => {
        _push(`<div class="item" data-v-2587673a>`);
        _push(ssrRenderComponent(VPTeamMembersItem, {
          size: __props.size,
          member
        }, null, _parent));
        _push(`</div>`);
      });
      _push(`<!--]--></div></div>`);
    };
  }
});
const _sfc_setup$8 = _sfc_main$8.setup;
_sfc_main$8.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPTeamMembers.vue");
  return _sfc_setup$8 ? _sfc_setup$8(props, ctx) : void 0;
};
const _sfc_main$7 = {};
const _sfc_setup$7 = _sfc_main$7.setup;
_sfc_main$7.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPTeamPage.vue");
  return _sfc_setup$7 ? _sfc_setup$7(props, ctx) : void 0;
};
const _sfc_main$6 = {};
const _sfc_setup$6 = _sfc_main$6.setup;
_sfc_main$6.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPTeamPageSection.vue");
  return _sfc_setup$6 ? _sfc_setup$6(props, ctx) : void 0;
};
const _sfc_main$5 = {};
const _sfc_setup$5 = _sfc_main$5.setup;
_sfc_main$5.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../node_modules/.pnpm/vitepress@1.6.4_@algolia+client-search@5.65.0_@types+node@20.19.43_lightningcss@1.33.0__9d2c4867a1b01eec95f8cfbfadc71a73/node_modules/vitepress/dist/client/theme-default/components/VPTeamPageTitle.vue");
  return _sfc_setup$5 ? _sfc_setup$5(props, ctx) : void 0;
};
const theme = {
  Layout,
  enhanceApp: ({ app }) => {
    app.component("Badge", _sfc_main$19);
  }
};
var MMARegError = class _MMARegError extends Error {
  constructor(code, message, context = {}) {
    super(formatMessage(message, context));
    __publicField(this, "name", "MMARegError");
    __publicField(this, "code");
    __publicField(this, "context");
    this.code = code;
    this.context = { ...context };
    Object.defineProperty(this, MMAREG_ERROR_BRAND, { value: true });
  }
  /**
   * `x instanceof MMARegError` is true for an error of any copy of core (ESM and CJS
   * builds, two installed versions): the check is the `Symbol.for` brand. A subclass keeps
   * the ordinary prototype check.
   */
  static [Symbol.hasInstance](x) {
    if (this !== _MMARegError) return Function.prototype[Symbol.hasInstance].call(this, x);
    return hasBrand(x);
  }
  /** A copy of this error with more context (fields already set are kept). */
  withContext(extra) {
    const merged = { ...extra, ...this.context };
    const err = new _MMARegError(this.code, this.rawMessage(), merged);
    return err;
  }
  rawMessage() {
    const i = this.message.indexOf("] ");
    return this.message.startsWith("[") && i >= 0 ? this.message.slice(i + 2) : this.message;
  }
};
var MMAREG_ERROR_BRAND = /* @__PURE__ */ Symbol.for("@mmareg/core/MMARegError");
function hasBrand(x) {
  return typeof x === "object" && x !== null && x[MMAREG_ERROR_BRAND] === true;
}
function formatMessage(message, ctx) {
  const where = [];
  if (ctx.backend !== void 0) where.push(`backend ${ctx.backend}`);
  if (ctx.loss !== void 0) where.push(`loss ${ctx.loss}`);
  if (ctx.layer !== void 0) where.push(`layer ${ctx.layer}`);
  return where.length > 0 ? `[${where.join(", ")}] ${message}` : message;
}
function validateRows(data, n, d, options = {}) {
  const ctx = options.context ?? {};
  if (n === 0 || d === 0) {
    throw new MMARegError("EMPTY", `the matrix [${n}, ${d}] is empty: a loss needs at least one row and one column`, ctx);
  }
  for (let i = 0; i < n; i++) {
    let zero = true;
    for (let k = 0; k < d; k++) {
      const v = data[i * d + k];
      if (!Number.isFinite(v)) {
        throw new MMARegError(
          "NON_FINITE",
          `row ${i}, column ${k} is ${String(v)}: weights must be finite; check the training step that produced them (learning rate, division by zero)`,
          { ...ctx, row: i, column: k }
        );
      }
      if (v !== 0) zero = false;
    }
    if (zero && !options.allowZeroRows) {
      throw new MMARegError(
        "ZERO_ROW",
        `row ${i} is all zeros, so its direction is undefined: re-initialize or drop that neuron, or use mode "reference" (PyTorch's eps rule)`,
        { ...ctx, row: i }
      );
    }
  }
}
function unitRow(data, j, d, unit) {
  let m = 0;
  for (let k = 0; k < d; k++) m = Math.max(m, Math.abs(data[j * d + k]));
  if (!(m > 0) || !Number.isFinite(m)) {
    unit.fill(0);
    return;
  }
  const e = Math.floor(Math.log2(m));
  const f1 = 2 ** -Math.trunc(e / 2);
  const f2 = 2 ** -(e - Math.trunc(e / 2));
  let s = 0;
  for (let k = 0; k < d; k++) {
    const x = data[j * d + k] * f1 * f2;
    unit[k] = x;
    s += x * x;
  }
  const r = Math.sqrt(s);
  for (let k = 0; k < d; k++) unit[k] = unit[k] / r + 0;
}
function findCoincidentLines(data, n, d, antipodes) {
  const seen = /* @__PURE__ */ new Map();
  const unit = new Float64Array(d);
  const bits = new Uint32Array(unit.buffer);
  for (let j = 0; j < n; j++) {
    unitRow(data, j, d, unit);
    let sign = 1;
    if (antipodes) {
      let k = 0;
      while (k < d && unit[k] === 0) k++;
      if (k < d && unit[k] < 0) {
        sign = -1;
        for (let q = 0; q < d; q++) unit[q] = -unit[q] + 0;
      }
    }
    const key = Array.from(bits).join(",");
    const prev = seen.get(key);
    if (prev !== void 0) return { rows: [prev.row, j], antipodal: prev.sign !== sign };
    seen.set(key, { row: j, sign });
  }
  return null;
}
function findExtremeNormRow(data, n, d, dtype = "float64") {
  const [lo, hi] = dtype === "float32" ? [10842021724855044e-35, 18446742974197924e3] : [14916681462400413e-170, 13407807929942596e138];
  for (let j = 0; j < n; j++) {
    let m = 0;
    for (let k = 0; k < d; k++) m = Math.max(m, Math.abs(data[j * d + k]));
    if (m === 0 || !Number.isFinite(m)) continue;
    let s = 0;
    for (let k = 0; k < d; k++) s += (data[j * d + k] / m) ** 2;
    const norm = m * Math.sqrt(s);
    if (norm < lo || norm > hi) return { row: j, norm };
  }
  return null;
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
function closestName(name, known) {
  let best = null;
  let bestDist = Infinity;
  for (const k of known) {
    const dist = editDistance(name.toLowerCase(), k.toLowerCase());
    if (dist < bestDist) {
      best = k;
      bestDist = dist;
    }
  }
  return best !== null && bestDist <= Math.min(2, Math.max(1, Math.floor(name.length / 3))) ? best : null;
}
function describeValue(v) {
  if (typeof v === "string") return JSON.stringify(v.length > 30 ? `${v.slice(0, 30)}...` : v);
  if (typeof v === "number" || typeof v === "boolean" || v === null || v === void 0) return String(v);
  return Array.isArray(v) ? "an array" : typeof v;
}
function checkOptionKeys(options, known, what, context = {}) {
  if (options === void 0) return;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new MMARegError(
      "BAD_OPTION",
      `the options of ${what} must be an object such as { loss: "mhe" }, got ${describeValue(options)}`,
      context
    );
  }
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    const near = closestName(key, known);
    throw new MMARegError(
      "BAD_OPTION",
      `unknown option ${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}...` : key)} of ${what}: ${near !== null ? `did you mean "${near}"?` : `use ${known.join(", ")}`}`,
      context
    );
  }
}
function checkBooleanOption(options, key, context = {}) {
  const v = options[key];
  if (v !== void 0 && typeof v !== "boolean") {
    throw new MMARegError("BAD_OPTION", `option ${key} must be true or false, got ${describeValue(v)}`, context);
  }
}
function product(xs) {
  let p = 1;
  for (const x of xs) p *= x;
  return p;
}
function checkShape(shape) {
  for (const [i, s] of shape.entries()) {
    if (!Number.isInteger(s) || s < 0) {
      throw new MMARegError("BAD_SHAPE", `dimension ${i} of shape [${shape.join(", ")}] is not a non-negative integer`);
    }
  }
}
function rowsShape(shape, layout = "rows") {
  checkShape(shape);
  const rank = shape.length;
  const need = (ok, what) => {
    if (!ok) {
      throw new MMARegError(
        "BAD_SHAPE",
        `layout ${layout} needs ${what}, got shape [${shape.join(", ")}] (rank ${rank}); pick the layout that matches the weight (rows, dense, conv-hwio, conv-oihw, depthwise-hwcm)`
      );
    }
  };
  switch (layout) {
    case "rows":
      need(rank === 2, "a 2-D [rows, cols] matrix");
      return { n: shape[0], d: shape[1] };
    case "dense":
      need(rank === 2, "a 2-D [in, out] kernel");
      return { n: shape[1], d: shape[0] };
    case "conv-hwio":
      need(rank >= 2, "a kernel of rank >= 2 with the filters on the last axis");
      return { n: shape[rank - 1], d: product(shape.slice(0, -1)) };
    case "conv-oihw":
      need(rank >= 2, "a kernel of rank >= 2 with the filters on the first axis");
      return { n: shape[0], d: product(shape.slice(1)) };
    case "depthwise-hwcm":
      need(rank === 4, "a 4-D [kh, kw, in, multiplier] depthwise kernel");
      return { n: shape[2] * shape[3], d: shape[0] * shape[1] };
    default:
      throw new MMARegError("BAD_OPTION", `unknown layout ${describeValue(layout)}: use rows, dense, conv-hwio, conv-oihw or depthwise-hwcm`);
  }
}
function isRowMajor(layout) {
  return layout === "rows" || layout === "conv-oihw";
}
function toRows(data, shape, layout = "rows") {
  const { n, d } = rowsShape(shape, layout);
  if (data.length !== n * d) {
    throw new MMARegError("BAD_SHAPE", `data has ${data.length} values but shape [${shape.join(", ")}] needs ${n * d}`);
  }
  const out = data instanceof Float32Array ? new Float32Array(n * d) : new Float64Array(n * d);
  if (isRowMajor(layout)) {
    for (let i = 0; i < out.length; i++) out[i] = data[i];
  } else {
    for (let k = 0; k < d; k++) for (let i = 0; i < n; i++) out[i * d + k] = data[k * n + i];
  }
  return { data: out, n, d };
}
function fromRows(rows, shape, layout = "rows") {
  const { n, d } = rowsShape(shape, layout);
  if (isRowMajor(layout)) return rows.slice();
  const out = rows instanceof Float32Array ? new Float32Array(n * d) : new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) out[k * n + i] = rows[i * d + k];
  return out;
}
var MAX_RANK = 32;
function pathText(path) {
  return `[${path.join(", ")}]`;
}
function flattenNested(value) {
  const shape = [];
  let probe = value;
  while (Array.isArray(probe)) {
    if (shape.length === MAX_RANK) {
      throw new MMARegError(
        "BAD_SHAPE",
        `arrays nested more than ${MAX_RANK} deep: a weight has at most ${MAX_RANK} axes; pass nested arrays of numbers as deep as the weight's rank`
      );
    }
    shape.push(probe.length);
    probe = probe[0];
  }
  const data = new Float64Array(product(shape));
  const arrays = [];
  const path = [];
  let k = 0;
  const enter = (v, depth) => {
    if (!Array.isArray(v) || v.length !== shape[depth]) {
      throw new MMARegError(
        "BAD_SHAPE",
        `ragged array at ${pathText(path)}: expected ${shape[depth]} entries like the first one, got ${Array.isArray(v) ? v.length : elementKind(v)}`
      );
    }
    arrays.push(v);
    path.push(0);
  };
  const leaf = (v) => {
    if (typeof v !== "number") {
      throw new MMARegError("BAD_SHAPE", `element at ${pathText(path)} is ${elementKind(v)}, expected a number`);
    }
    data[k++] = v;
  };
  if (shape.length === 0) {
    leaf(value);
    return { data, shape };
  }
  enter(value, 0);
  while (arrays.length > 0) {
    const depth = arrays.length - 1;
    const i = path[depth];
    const arr = arrays[depth];
    if (i === arr.length) {
      arrays.pop();
      path.pop();
      if (path.length > 0) path[path.length - 1] = path[path.length - 1] + 1;
      continue;
    }
    const v = arr[i];
    if (depth + 1 === shape.length) {
      leaf(v);
      path[depth] = i + 1;
    } else {
      enter(v, depth + 1);
    }
  }
  return { data, shape };
}
function elementKind(v) {
  if (v === null) return "null";
  if (v === void 0) return "undefined (a hole or missing entry)";
  if (typeof v === "boolean") return `boolean (${String(v)})`;
  if (typeof v === "string") return `string (${JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}...` : v)})`;
  if (Array.isArray(v)) return "an array";
  return typeof v;
}
var FUSED_OPS = ["nearestNeighbors", "pairAngles", "pairEnergy", "angleStats"];
var COMPOSABLE_OPS = ["normalizeRows", "normalizeRowsGrad", "rowDot", "selfMask", "addDiagonal"];
function withScope(backend, fn) {
  return backend.scope ? backend.scope(fn) : fn();
}
function release(backend, ...xs) {
  if (!backend.dispose) return;
  for (const x of xs) if (x !== void 0) backend.dispose(x);
}
var globals = globalThis;
function hasWebGL(type) {
  var _a;
  try {
    return !!((_a = globals.document) == null ? void 0 : _a.createElement("canvas").getContext(type));
  } catch {
    return false;
  }
}
function hasWebGPU() {
  return typeof globals.navigator === "object" && globals.navigator !== null && "gpu" in globals.navigator;
}
function hasWebAssembly() {
  return typeof globals.WebAssembly === "object";
}
var LOSS_NAMES = ["mma", "cosine", "mhe", "orthogonal"];
function tinyFor(b) {
  return b.dtype === "float32" ? 1e-30 : 1e-300;
}
function nearestNeighbors$1(b, unit, rule2, fused = true) {
  if (fused && b.nearestNeighbors) return b.nearestNeighbors(unit, rule2);
  const c = b.gram(unit);
  const out = b.rowMax(c, rule2);
  release(b, c);
  return out;
}
function pairAngles$1(b, unit, index, fused = true) {
  if (fused && b.pairAngles) return b.pairAngles(unit, index);
  const n = b.shape(unit)[0] ?? 0;
  const tiny = tinyFor(b);
  const other = b.gatherRows(unit, index);
  const diff = b.binary("sub", unit, other);
  const a2 = rowDot$1(b, diff, diff);
  const sum2 = b.binary("add", unit, other);
  const theta = b.binary("mul", b.binary("atan2", b.unary("sqrt", a2), b.unary("sqrt", rowDot$1(b, sum2, sum2))), 2);
  const halfA2 = b.binary("mul", a2, 0.5);
  const tSelf = b.binary("sub", b.binary("mul", unit, halfA2), diff);
  const tOther = b.binary("add", b.binary("mul", other, halfA2), diff);
  const dSelf = unitDirection(b, tSelf, tiny, -1);
  const dOther = unitDirection(b, tOther, tiny, -1);
  const grad = b.binary("add", dSelf, b.scatterAddRows(dOther, index, n));
  return { theta, grad };
}
function unitDirection(b, t, tiny, sign) {
  const norm = b.binary("max", b.unary("sqrt", rowDot$1(b, t, t)), tiny);
  return b.binary("div", b.binary("mul", t, sign), norm);
}
function pairEnergy$1(b, unit, kernel, fused = true) {
  if (fused && b.pairEnergy) return b.pairEnergy(unit, kernel);
  const near = energyTerms(b, b.sqDist(unit, unit), kernel.s);
  let grad = b.binary(
    "mul",
    b.binary("sub", b.binary("mul", unit, b.rowSum(near.slope)), b.matmul(near.slope, unit)),
    4
  );
  let energy = near.energy;
  if (kernel.halfSpace) {
    const far = energyTerms(b, b.sqDist(unit, b.unary("neg", unit)), kernel.s);
    const farGrad = b.binary(
      "mul",
      b.binary("add", b.binary("mul", unit, b.rowSum(far.slope)), b.matmul(far.slope, unit)),
      4
    );
    grad = b.binary("add", grad, farGrad);
    energy = b.binary("add", energy, far.energy);
  }
  return { energy, grad };
}
function energyTerms(b, d2, s) {
  let value;
  let slope;
  if (s > 0) {
    value = b.binary("pow", d2, -s / 2);
    slope = b.binary("mul", b.binary("pow", d2, -s / 2 - 1), -s / 2);
  } else {
    value = b.binary("mul", b.unary("log", d2), -0.5);
    slope = b.binary("mul", b.unary("reciprocal", d2), -0.5);
  }
  const energy = b.sum(b.fillDiagonal(value, 0));
  return { energy, slope: b.fillDiagonal(slope, 0) };
}
function rowDot$1(b, a, c) {
  if (b.rowDot) return b.rowDot(a, c);
  return withScope(b, () => b.rowSum(b.binary("mul", a, c)));
}
function normalizeRows$1(b, a, eps2) {
  if (b.normalizeRows) return b.normalizeRows(a, eps2);
  return withScope(b, () => {
    const norms = b.unary("sqrt", b.rowSum(b.unary("square", a)));
    const divisor = eps2 === null ? norms : b.binary("max", norms, eps2);
    return { unit: b.binary("div", a, divisor), norms };
  });
}
function normalizeRowsGrad$1(b, g, unit, norms, eps2) {
  if (b.normalizeRowsGrad) return b.normalizeRowsGrad(g, unit, norms, eps2);
  return withScope(b, () => {
    let dot = rowDot$1(b, g, unit);
    if (eps2 !== null) dot = b.binary("mul", dot, b.binary("ge", norms, eps2));
    const divisor = eps2 === null ? norms : b.binary("max", norms, eps2);
    return b.binary("div", b.binary("sub", g, b.binary("mul", unit, dot)), divisor);
  });
}
function selfMask$1(b, index) {
  if (b.selfMask) return b.selfMask(index);
  const n = b.shape(index)[0] ?? 0;
  const rows = new Float64Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return withScope(b, () => {
    const column = b.tensor(rows, [n, 1]);
    return b.rowSum(b.binary("eq", b.gatherRows(column, index), column));
  });
}
function addDiagonal$1(b, a, value) {
  if (b.addDiagonal) return b.addDiagonal(a, value);
  return withScope(b, () => b.binary("add", a, b.fillDiagonal(b.binary("gt", a, a), value)));
}
var TORCH_NORMALIZE_EPS = 1e-12;
var REFERENCE_COS_CLAMP = 0.99999;
function normalizeEps(mode) {
  return mode === "reference" ? TORCH_NORMALIZE_EPS : null;
}
function resolveMode(mode, loss2) {
  if (mode === void 0) return "exact";
  if (mode === "exact" || mode === "reference") return mode;
  throw new MMARegError("BAD_OPTION", `unknown mode ${describeValue(mode)}: use "exact" or "reference"`, { loss: loss2 });
}
function matrixShape(b, w, loss2) {
  const shape = b.shape(w);
  if (shape.length !== 2) {
    throw new MMARegError(
      "BAD_SHAPE",
      `expected a 2-D [rows, cols] matrix, got shape [${shape.join(", ")}]: apply a layout (rows, dense, conv-hwio, conv-oihw) first`,
      { loss: loss2, backend: b.name }
    );
  }
  const [n, d] = shape;
  if (n === 0 || d === 0) {
    throw new MMARegError("EMPTY", `the matrix [${n}, ${d}] is empty: a loss needs at least one row and one column`, {
      loss: loss2,
      backend: b.name
    });
  }
  return [n, d];
}
function zeroLoss(b, n, d) {
  return { loss: b.tensor([0], []), grad: b.tensor(new Float64Array(n * d), [n, d]) };
}
function selectionGrad(b, unit, index, g, n) {
  const partner = b.gatherRows(unit, index);
  const self2 = selfMask$1(b, index);
  const gOff = typeof g === "number" ? b.binary("mul", b.binary("sub", self2, 1), -g) : b.binary("sub", g, b.binary("mul", g, self2));
  const gDiag = typeof g === "number" ? b.binary("mul", self2, -2 * g) : b.binary("mul", b.binary("mul", g, self2), -2);
  const toSelf = b.binary("mul", partner, gOff);
  const toPartner = b.scatterAddRows(b.binary("mul", unit, gOff), index, n);
  return b.binary("add", b.binary("add", toSelf, toPartner), b.binary("mul", unit, gDiag));
}
function withIndex(b, lt, given, n, returnIndex) {
  return lt;
}
function cosineLoss(b, w, options = {}) {
  return cosineTensors(b, w, options);
}
function cosineTensors(b, w, options, given, returnIndex) {
  const mode = resolveMode(options.mode, "cosine");
  const [n, d] = matrixShape(b, w, "cosine");
  if (mode === "exact" && n < 2) return withIndex(b, zeroLoss(b, n, d));
  return withScope(b, () => {
    const eps2 = normalizeEps(mode);
    const { unit, norms } = normalizeRows$1(b, w, eps2);
    const nn = nearestNeighbors$1(b, unit, mode === "exact" ? "exclude" : "negate", options.fused ?? true);
    const loss2 = b.binary("mul", b.sum(nn.value), 1 / n);
    const gUnit = selectionGrad(b, unit, nn.index, 1 / n, n);
    const grad = normalizeRowsGrad$1(b, gUnit, unit, norms, eps2);
    return { loss: loss2, grad };
  });
}
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t = (t ^ t + Math.imul(t ^ t >>> 7, t | 61)) >>> 0;
    return (t ^ t >>> 14) >>> 0;
  };
}
function uniform(seed) {
  const next = mulberry32(seed);
  return () => next() / 4294967296;
}
function sampleRows(n, k, seed) {
  const u = uniform(seed);
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(u() * (n - i));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return pool.slice(0, k).sort();
}
function mheLoss(b, w, options = {}) {
  const mode = resolveMode(options.mode, "mhe");
  const s = options.s ?? 2;
  if (typeof s !== "number" || !Number.isFinite(s) || s < 0) {
    throw new MMARegError("BAD_OPTION", `s must be a finite number >= 0 (0 = logarithmic energy), got ${String(s)}`, {
      loss: "mhe"
    });
  }
  const halfSpace = options.halfSpace ?? false;
  const [n, d] = matrixShape(b, w, "mhe");
  const rows = options.batch ? batchRows(options.batch, n) : null;
  const k = rows ? rows.length : n;
  if (k < 2) {
    if (mode === "exact") return zeroLoss(b, n, d);
    return { loss: b.tensor([Number.NaN], []), grad: b.tensor(new Float64Array(n * d), [n, d]) };
  }
  return withScope(b, () => {
    const index = rows ? b.tensor(rows, [k], "index") : null;
    const sub = index ? b.gatherRows(w, index) : w;
    const eps2 = normalizeEps(mode);
    const { unit, norms } = normalizeRows$1(b, sub, eps2);
    const e = pairEnergy$1(b, unit, { s, halfSpace }, options.fused ?? true);
    const scale = 1 / ((halfSpace ? 2 : 1) * k * (k - 1));
    const loss2 = b.binary("mul", e.energy, scale);
    const gSub = normalizeRowsGrad$1(b, b.binary("mul", e.grad, scale), unit, norms, eps2);
    return { loss: loss2, grad: index ? b.scatterAddRows(gSub, index, n) : gSub };
  });
}
function batchRows(batch, n) {
  const { size, fraction, seed = 0 } = batch;
  if (size !== void 0 && fraction !== void 0) {
    throw new MMARegError("BAD_OPTION", "batch takes either size or fraction, not both", { loss: "mhe" });
  }
  let k;
  if (size !== void 0) {
    if (!Number.isInteger(size) || size < 2) {
      throw new MMARegError("BAD_OPTION", `batch.size must be an integer >= 2, got ${String(size)}`, { loss: "mhe" });
    }
    k = size;
  } else if (fraction !== void 0) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new MMARegError("BAD_OPTION", `batch.fraction must be in (0, 1], got ${String(fraction)}`, { loss: "mhe" });
    }
    k = Math.max(2, Math.round(fraction * n));
  } else {
    throw new MMARegError("BAD_OPTION", "batch needs size or fraction, for example { fraction: 0.3, seed: step }", {
      loss: "mhe"
    });
  }
  if (!Number.isInteger(seed)) {
    throw new MMARegError("BAD_OPTION", `batch.seed must be an integer, got ${String(seed)}`, { loss: "mhe" });
  }
  return sampleRows(n, Math.min(k, n), seed);
}
function mmaLoss(b, w, options = {}) {
  return mmaTensors(b, w, options);
}
function mmaTensors(b, w, options, given, returnIndex) {
  const mode = resolveMode(options.mode, "mma");
  const fused = options.fused ?? true;
  const [n, d] = matrixShape(b, w, "mma");
  if (mode === "exact" && n < 2) return withIndex(b, zeroLoss(b, n, d));
  return withScope(b, () => {
    const eps2 = normalizeEps(mode);
    const { unit, norms } = normalizeRows$1(b, w, eps2);
    if (mode === "exact") {
      const index = nearestNeighbors$1(b, unit, "exclude", fused).index;
      const pa = pairAngles$1(b, unit, index, fused);
      const loss22 = b.binary("mul", b.sum(pa.theta), -1 / n);
      const grad2 = normalizeRowsGrad$1(b, b.binary("mul", pa.grad, -1 / n), unit, norms, eps2);
      return { loss: loss22, grad: grad2 };
    }
    const nn = nearestNeighbors$1(b, unit, "negate", fused);
    const m = nn.value;
    const clamped = b.binary("min", b.binary("max", m, -REFERENCE_COS_CLAMP), REFERENCE_COS_CLAMP);
    const loss2 = b.binary("mul", b.sum(b.unary("acos", clamped)), -1 / n);
    const inside = b.binary("mul", b.binary("ge", m, -REFERENCE_COS_CLAMP), b.binary("le", m, REFERENCE_COS_CLAMP));
    const sine = b.unary("sqrt", b.binary("add", b.unary("neg", b.unary("square", clamped)), 1));
    const g = b.binary("mul", b.binary("div", inside, sine), 1 / n);
    const gUnit = selectionGrad(b, unit, nn.index, g, n);
    const grad = normalizeRowsGrad$1(b, gUnit, unit, norms, eps2);
    return { loss: loss2, grad };
  });
}
function orthogonalLoss(b, w, options = {}) {
  const mode = resolveMode(options.mode, "orthogonal");
  const [n, d] = matrixShape(b, w, "orthogonal");
  if (mode === "exact" && n < 2) return zeroLoss(b, n, d);
  return withScope(b, () => {
    const eps2 = normalizeEps(mode);
    const { unit, norms } = normalizeRows$1(b, w, eps2);
    const residual = addDiagonal$1(b, b.gram(unit), -1);
    const loss2 = b.binary("mul", b.sum(b.unary("square", residual)), 0.5);
    const gUnit = b.binary("mul", b.matmul(residual, unit), 2);
    return { loss: loss2, grad: normalizeRowsGrad$1(b, gUnit, unit, norms, eps2) };
  });
}
function checkLossOptions(options) {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new MMARegError("BAD_OPTION", `loss options must be an object such as { loss: "mhe", s: 0 }, got ${options === null ? "null" : Array.isArray(options) ? "an array" : typeof options}`);
  }
  checkBooleanOption(options, "fused");
  checkBooleanOption(options, "halfSpace", { loss: "mhe" });
  const batch = options.batch;
  if (batch !== void 0 && (batch === null || typeof batch !== "object" || Array.isArray(batch))) {
    throw new MMARegError("BAD_OPTION", "option batch must be an object such as { fraction: 0.3, seed: 1 }", { loss: "mhe" });
  }
}
function resolveLossName(name) {
  if (name === void 0) return "mma";
  if (typeof name === "string" && LOSS_NAMES.includes(name)) return name;
  throw new MMARegError("UNKNOWN_LOSS", `unknown loss ${describeValue(name)}: use one of ${LOSS_NAMES.join(", ")}`);
}
function computeLoss(b, w, options = {}) {
  checkLossOptions(options);
  const name = resolveLossName(options.loss);
  try {
    switch (name) {
      case "mma":
        return mmaLoss(b, w, options);
      case "cosine":
        return cosineLoss(b, w, options);
      case "mhe":
        return mheLoss(b, w, options);
      case "orthogonal":
        return orthogonalLoss(b, w, options);
    }
  } catch (e) {
    throw e instanceof MMARegError ? e.withContext({ backend: b.name, loss: name }) : e;
  }
}
var EVALUATE_OPTION_KEYS = ["loss", "mode", "fused", "s", "halfSpace", "batch", "layout", "allowNonFinite", "layer"];
function isNumericTypedArray(x) {
  return ArrayBuffer.isView(x) && !(x instanceof DataView) && !(x instanceof BigInt64Array) && !(x instanceof BigUint64Array);
}
function matrixData(input) {
  if (Array.isArray(input)) return flattenNested(input);
  const m = input;
  if (!m || typeof m !== "object" || m.data === void 0 || !Array.isArray(m.shape)) {
    throw new MMARegError("BAD_SHAPE", "expected nested arrays or { data, shape } with flat row-major data");
  }
  const shape = m.shape;
  if (shape.length > MAX_RANK) {
    throw new MMARegError("BAD_SHAPE", `shape has ${shape.length} dimensions: a weight has at most ${MAX_RANK} axes`);
  }
  for (const [i, s] of shape.entries()) {
    if (typeof s !== "number" || !Number.isInteger(s) || s < 0) {
      throw new MMARegError("BAD_SHAPE", `shape[${i}] is ${typeof s === "number" ? String(s) : elementKind(s)}: every dimension must be a non-negative integer`);
    }
  }
  const data = m.data;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const v = data[i];
      if (typeof v !== "number") {
        throw new MMARegError("BAD_SHAPE", `data[${i}] is ${elementKind(v)}, expected a number: pass numbers (parse strings first; a missing weight is not 0)`);
      }
    }
  } else if (!isNumericTypedArray(data)) {
    throw new MMARegError("BAD_SHAPE", `data is ${elementKind(data)}: pass an array or a typed array (Float32Array, Float64Array) of numbers`);
  }
  return { data, shape };
}
function checkEvaluateOptions(options) {
  checkOptionKeys(options, EVALUATE_OPTION_KEYS, "evaluateLoss");
  const o = options ?? {};
  for (const key of ["fused", "halfSpace", "allowNonFinite"]) checkBooleanOption(o, key);
  if (o.layer !== void 0 && typeof o.layer !== "string") {
    throw new MMARegError("BAD_OPTION", `option layer must be a string (a name for error messages), got ${typeof o.layer}`);
  }
  if (o.batch !== void 0) checkOptionKeys(o.batch, ["size", "fraction", "seed"], "the batch option", { loss: "mhe" });
}
function prepare(b, input, options) {
  checkEvaluateOptions(options);
  const loss2 = resolveLossName(options.loss);
  const mode = resolveMode(options.mode, loss2);
  const context = { backend: b.name, loss: loss2, ...options.layer !== void 0 ? { layer: options.layer } : {} };
  try {
    const { data, shape } = matrixData(input);
    const layout = options.layout ?? "rows";
    const { data: rows, n, d } = toRows(data, shape, layout);
    validateRows(rows, n, d, { allowZeroRows: mode === "reference", context });
    if (loss2 === "mhe" && mode === "exact") throwIfCoincident(rows, n, d, options.halfSpace === true, context);
    return { w: b.tensor(rows, [n, d]), rows, n, d, shape, layout };
  } catch (e) {
    throw e instanceof MMARegError ? e.withContext(context) : e;
  }
}
function throwIfCoincident(rows, n, d, halfSpace, ctx) {
  const hit = findCoincidentLines(rows, n, d, halfSpace);
  if (!hit) return;
  const [i, j] = hit.rows;
  throw new MMARegError(
    "COINCIDENT_ROWS",
    hit.antipodal ? `rows ${i} and ${j} point in exactly opposite directions, so the half-space MHE energy (which also repels each row from the others' antipodes) is infinite: perturb one of them, drop halfSpace, or use the mma loss` : `rows ${i} and ${j} point in exactly the same direction, so the MHE energy is infinite: perturb one of them, or use the mma loss, which handles duplicates`,
    { ...ctx, row: i, otherRow: j }
  );
}
function allFinite(a) {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}
function finish(b, p, options, lossData, gradData) {
  const lossName = resolveLossName(options.loss);
  const mode = resolveMode(options.mode, lossName);
  const loss2 = lossData[0];
  const finite = Number.isFinite(loss2) && allFinite(gradData);
  if (!finite && !(mode === "reference" && options.allowNonFinite)) {
    const ctx = { backend: b.name, loss: lossName, ...options.layer !== void 0 ? { layer: options.layer } : {} };
    if (lossName === "mhe") throwIfCoincident(p.rows, p.n, p.d, options.halfSpace === true, ctx);
    const extreme = findExtremeNormRow(p.rows, p.n, p.d, b.dtype === "float32" ? "float32" : "float64");
    if (extreme) {
      throw new MMARegError(
        "NON_FINITE_RESULT",
        `the ${lossName} loss came out ${String(loss2)}: row ${extreme.row} has norm ${extreme.norm.toPrecision(3)}, whose square ${extreme.norm > 1 ? "overflows" : "underflows"} ${b.dtype} arithmetic; rescale the weights (angles do not depend on the scale)`,
        { ...ctx, row: extreme.row }
      );
    }
    throw new MMARegError(
      "NON_FINITE_RESULT",
      `the ${lossName} loss came out ${String(loss2)} with ${gradData.filter((v) => !Number.isFinite(v)).length} non-finite gradient entries: check for rows of extreme norm; in reference mode pass allowNonFinite to get PyTorch's values`,
      ctx
    );
  }
  const grad = fromRows(gradData, p.shape, p.layout);
  return { loss: loss2, grad, shape: p.shape, n: p.n, d: p.d, lossName, mode, backend: b.name, dtype: b.dtype };
}
function evaluateLossSync(b, input, options = {}) {
  const readSync = requireSync(b);
  const p = prepare(b, input, options);
  let out;
  try {
    out = computeLoss(b, p.w, options);
    return finish(b, p, options, readSync(out.loss), readSync(out.grad));
  } finally {
    release(b, p.w, out == null ? void 0 : out.loss, out == null ? void 0 : out.grad);
  }
}
function requireSync(b) {
  if (!b.readSync) {
    throw new MMARegError("BACKEND", "this backend reads results asynchronously: use the async function (await it) instead", {
      backend: b.name
    });
  }
  return b.readSync.bind(b);
}
Float64Array.from({ length: 1075 }, (_, i) => 2 ** (i - 1074));
var REQUIRED_OPS = [
  "gram",
  "matmul",
  "sqDist",
  "rowMax",
  "gatherRows",
  "scatterAddRows",
  "unary",
  "binary",
  "rowSum",
  "sum",
  "fillDiagonal"
];
var RULES = /* @__PURE__ */ new Set(["exclude", "negate"]);
var UNARY = /* @__PURE__ */ new Set(["neg", "abs", "sqrt", "square", "reciprocal", "acos", "log", "exp"]);
var BINARY = /* @__PURE__ */ new Set(["add", "sub", "mul", "div", "pow", "atan2", "max", "min", "gt", "ge", "lt", "le", "eq"]);
var fmt = (s) => `[${s.join(", ")}]`;
function matrix(op, s, what, fail) {
  if (s.length !== 2) throw fail("BAD_SHAPE", `${op}: ${what} must be a 2-D [n, d] matrix, got ${fmt(s)}`);
  return s;
}
function vector(op, s, what, n, fail) {
  if (s.length !== 1 || n !== null && s[0] !== n) {
    throw fail("BAD_SHAPE", `${op}: ${what} must be a [${n ?? "n"}] vector, got ${fmt(s)}`);
  }
}
function square(op, s, fail) {
  const [n, m] = matrix(op, s, "the matrix", fail);
  if (n !== m) throw fail("BAD_SHAPE", `${op}: expects a square matrix, got ${fmt(s)}`);
}
function rule(op, r, fail) {
  if (!RULES.has(r)) throw fail("BAD_OPTION", `${op}: unknown diagonal rule ${JSON.stringify(r)}: use "exclude" or "negate"`);
}
function eps(op, e, fail) {
  if (e !== null && !(typeof e === "number" && e > 0 && Number.isFinite(e))) {
    throw fail("BAD_OPTION", `${op}: eps must be null or a positive number, got ${String(e)}`);
  }
}
function same(op, a, b, fail) {
  if (a.length !== b.length || a.some((v, i) => v !== b[i])) throw fail("BAD_SHAPE", `${op}: shapes ${fmt(a)} and ${fmt(b)} differ`);
}
var CHECKS = {
  normalizeRows: (s, [a, e], fail) => {
    matrix("normalizeRows", s(a), "the input", fail);
    eps("normalizeRows", e, fail);
  },
  normalizeRowsGrad: (s, [g, unit, norms, e], fail) => {
    const [n] = matrix("normalizeRowsGrad", s(g), "the gradient", fail);
    same("normalizeRowsGrad", s(g), s(unit), fail);
    vector("normalizeRowsGrad", s(norms), "norms", n, fail);
    eps("normalizeRowsGrad", e, fail);
  },
  gram: (s, [a], fail) => void matrix("gram", s(a), "the input", fail),
  matmul: (s, [a, b], fail) => {
    const [, k] = matrix("matmul", s(a), "the left factor", fail);
    const [k2] = matrix("matmul", s(b), "the right factor", fail);
    if (k !== k2) throw fail("BAD_SHAPE", `matmul: inner sizes differ: ${fmt(s(a))} x ${fmt(s(b))}`);
  },
  sqDist: (s, [a, b], fail) => {
    const [, d] = matrix("sqDist", s(a), "the first input", fail);
    const [, d2] = matrix("sqDist", s(b), "the second input", fail);
    if (d !== d2) throw fail("BAD_SHAPE", `sqDist: rows of ${d} and ${d2} columns cannot be compared`);
  },
  rowDot: (s, [a, b], fail) => {
    matrix("rowDot", s(a), "the first input", fail);
    same("rowDot", s(a), s(b), fail);
  },
  rowMax: (s, [c, r], fail) => {
    square("rowMax", s(c), fail);
    rule("rowMax", r, fail);
  },
  gatherRows: (s, [a, index], fail) => {
    matrix("gatherRows", s(a), "the source", fail);
    vector("gatherRows", s(index), "the index", null, fail);
  },
  scatterAddRows: (s, [a, index, rows], fail) => {
    const [k] = matrix("scatterAddRows", s(a), "the rows added", fail);
    vector("scatterAddRows", s(index), "the index", k, fail);
    if (!Number.isInteger(rows) || rows < 0) throw fail("BAD_SHAPE", `scatterAddRows: rows must be an integer >= 0, got ${String(rows)}`);
  },
  selfMask: (s, [index], fail) => vector("selfMask", s(index), "the index", null, fail),
  unary: (s, [op, a], fail) => {
    if (!UNARY.has(op)) throw fail("BAD_OPTION", `unary: unknown unary op ${JSON.stringify(op)}: use one of ${[...UNARY].join(", ")}`);
    s(a);
  },
  binary: (s, [op, a, b], fail) => {
    if (!BINARY.has(op)) throw fail("BAD_OPTION", `binary: unknown binary op ${JSON.stringify(op)}: use one of ${[...BINARY].join(", ")}`);
    const sa = s(a);
    if (typeof b === "number") return;
    const sb = s(b);
    const ok = sb.length === 0 || sb.length === sa.length && sb.every((v, i) => v === sa[i]) || sa.length === 2 && sb.length === 1 && sb[0] === sa[0];
    if (!ok) throw fail("BAD_SHAPE", `binary ${String(op)}: cannot broadcast ${fmt(sb)} to ${fmt(sa)}: use the same shape, an [n] vector for an [n, d] matrix, or a scalar`);
  },
  rowSum: (s, [a], fail) => void matrix("rowSum", s(a), "the input", fail),
  sum: (s, [a]) => void s(a),
  addDiagonal: (s, [a], fail) => square("addDiagonal", s(a), fail),
  fillDiagonal: (s, [a], fail) => square("fillDiagonal", s(a), fail),
  nearestNeighbors: (s, [unit, r], fail) => {
    matrix("nearestNeighbors", s(unit), "the unit rows", fail);
    rule("nearestNeighbors", r, fail);
  },
  pairAngles: (s, [unit, index], fail) => {
    const [n] = matrix("pairAngles", s(unit), "the unit rows", fail);
    vector("pairAngles", s(index), "the index", n, fail);
  },
  angleStats: (s, [unit, threshold, absolute], fail) => {
    matrix("angleStats", s(unit), "the unit rows", fail);
    if (typeof threshold !== "number" || !Number.isFinite(threshold)) {
      throw fail("BAD_OPTION", `angleStats: threshold must be a finite number, got ${String(threshold)}`);
    }
    if (typeof absolute !== "boolean") throw fail("BAD_OPTION", `angleStats: absolute must be true or false, got ${String(absolute)}`);
  },
  pairEnergy: (s, [unit, kernel], fail) => {
    matrix("pairEnergy", s(unit), "the unit rows", fail);
    const k = kernel;
    if (!k || typeof k.s !== "number" || !(k.s >= 0) || !Number.isFinite(k.s)) {
      throw fail("BAD_OPTION", `pairEnergy: kernel.s must be a finite number >= 0, got ${String(k == null ? void 0 : k.s)}`);
    }
  }
};
var ALL_OPS = [...REQUIRED_OPS, ...FUSED_OPS, ...COMPOSABLE_OPS];
function defineBackend(definition) {
  const def = definition;
  const nameOf = typeof def.name === "function" ? def.name : /* @__PURE__ */ ((n) => () => n)(def.name);
  const fail = (code, message) => new MMARegError(code, message, { backend: nameOf() });
  const table = def.ops;
  const missing = REQUIRED_OPS.filter((op) => typeof table[op] !== "function");
  if (missing.length > 0) {
    throw fail("BACKEND", `defineBackend: the op table lacks ${missing.join(", ")}: every backend implements ${REQUIRED_OPS.join(", ")}`);
  }
  const shapeOf = def.shape;
  const bound = "context" in def;
  const ctx = def.context;
  let closed = false;
  let closing;
  const open = () => {
    if (closed) throw fail("BACKEND", "this backend was closed (close() or destroy()): create a new one");
  };
  const backend = {
    get name() {
      return nameOf();
    },
    dtype: def.dtype,
    tensor(data, shape, kind = "float") {
      open();
      if (!Array.isArray(shape) || shape.length > 2 || shape.some((v) => !Number.isInteger(v) || v < 0)) {
        throw fail("BAD_SHAPE", `tensor: shape ${Array.isArray(shape) ? fmt(shape) : String(shape)} is not [], [n] or [n, d] with integer sizes`);
      }
      const size = shape.reduce((p, v) => p * v, 1);
      if (!data || data.length !== size) throw fail("BAD_SHAPE", `tensor: ${data == null ? void 0 : data.length} values do not fill shape ${fmt(shape)}`);
      if (kind !== "float" && kind !== "index") throw fail("BAD_OPTION", `tensor: kind must be "float" or "index", got ${JSON.stringify(kind)}`);
      return def.tensor(data, shape, kind);
    },
    shape: def.shape,
    read: def.read,
    close() {
      var _a;
      if (!closed) {
        closed = true;
        closing = (_a = def.close) == null ? void 0 : _a.call(def);
      }
      return closing;
    }
  };
  for (const key of ["readSync", "dispose", "settle", "scope"]) if (def[key]) backend[key] = def[key];
  for (const op of ALL_OPS) {
    const impl = table[op];
    if (typeof impl !== "function") continue;
    const check = CHECKS[op];
    backend[op] = bound ? (...args) => {
      open();
      check(shapeOf, args, fail);
      return impl(ctx, ...args);
    } : (...args) => {
      open();
      check(shapeOf, args, fail);
      return impl(...args);
    };
  }
  return backend;
}
function createScopeTracker(options) {
  const frames = [];
  const collect = (x, out) => {
    if (options.isTensor(x)) out.add(x);
    else if (Array.isArray(x)) for (const v of x) collect(v, out);
    else if (x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype) {
      for (const v of Object.values(x)) collect(v, out);
    }
  };
  return {
    track(t) {
      var _a;
      (_a = frames[frames.length - 1]) == null ? void 0 : _a.add(t);
      return t;
    },
    scope(fn) {
      const frame = /* @__PURE__ */ new Set();
      frames.push(frame);
      let result;
      try {
        result = fn();
      } catch (e) {
        frames.pop();
        for (const t of frame) options.free(t);
        throw e;
      }
      frames.pop();
      if (result !== null && typeof result === "object" && typeof result.then === "function") {
        for (const t of frame) options.free(t);
        throw new MMARegError("BAD_OPTION", "scope() takes a synchronous function: await outside it, or read inside it after the ops", {
          ...options.name ? { backend: options.name() } : {}
        });
      }
      const keep = /* @__PURE__ */ new Set();
      collect(result, keep);
      for (const t of frame) if (!keep.has(t)) options.free(t);
      const parent = frames[frames.length - 1];
      if (parent) {
        for (const t of keep) if (frame.has(t)) parent.add(t);
      }
      return result;
    },
    get depth() {
      return frames.length;
    }
  };
}
function simplexAngle(n) {
  if (!Number.isInteger(n) || n < 2) throw new MMARegError("BAD_OPTION", `the simplex angle needs n >= 2 points, got ${n}`);
  return Math.acos(-1 / (n - 1));
}
var BEST_KNOWN_DEG = {
  3: {
    3: 120,
    4: 109.4712,
    5: 90,
    6: 90,
    7: 77.8695,
    8: 74.8585,
    9: 70.5288,
    10: 66.1468,
    11: 63.4349,
    12: 63.4349,
    13: 57.1367,
    14: 55.6706,
    15: 53.6579,
    16: 52.2444,
    17: 51.0903,
    18: 49.5567,
    19: 47.6919,
    20: 47.431,
    21: 45.6132,
    22: 44.7402,
    23: 43.71,
    24: 43.6908,
    25: 41.6345,
    26: 41.0377,
    27: 40.6776,
    28: 39.3551,
    29: 38.7137,
    30: 38.5971,
    31: 37.7098,
    32: 37.4752,
    33: 36.2546,
    34: 35.8078,
    35: 35.3198,
    36: 35.1897,
    37: 34.4224,
    38: 34.2507,
    39: 33.489,
    40: 33.1584,
    41: 32.7291,
    42: 32.5064,
    43: 32.0906,
    44: 31.9834,
    45: 31.3231,
    46: 30.9592,
    47: 30.7818,
    48: 30.7628,
    49: 29.9236,
    50: 29.753,
    51: 29.3684,
    52: 29.1948,
    53: 28.8139,
    54: 28.7169,
    55: 28.2628,
    56: 28.148,
    57: 27.8267,
    58: 27.5564,
    59: 27.395,
    60: 27.1928,
    61: 26.8733,
    62: 26.684,
    63: 26.4869,
    64: 26.235,
    65: 26.0698,
    66: 25.9474,
    67: 25.684,
    68: 25.4638,
    69: 25.3336,
    70: 25.1709,
    71: 24.9879,
    72: 24.9265,
    73: 24.5538,
    74: 24.4209,
    75: 24.3017,
    76: 24.1282,
    77: 24.0013,
    78: 23.931,
    79: 23.624,
    80: 23.5531,
    81: 23.3476,
    82: 23.1946,
    83: 23.083,
    84: 23.0517,
    85: 22.7792,
    86: 22.6744,
    87: 22.5467,
    88: 22.4679,
    89: 22.3166,
    90: 22.154,
    91: 22.0518,
    92: 22.0276,
    93: 21.8104,
    94: 21.7237,
    95: 21.5946,
    96: 21.5206,
    97: 21.4006,
    98: 21.3711,
    99: 21.136,
    100: 21.0312,
    101: 20.9287,
    102: 20.8557,
    103: 20.7383,
    104: 20.6566,
    105: 20.5389,
    106: 20.4394,
    107: 20.3612,
    108: 20.3044,
    109: 20.1493,
    110: 20.1113,
    111: 19.9825,
    112: 19.8913,
    113: 19.8056,
    114: 19.745,
    115: 19.624,
    116: 19.5498,
    117: 19.4613,
    118: 19.3893,
    119: 19.3258,
    120: 19.324,
    121: 19.1357,
    122: 19.07,
    123: 19.0064,
    124: 18.9539,
    125: 18.8448,
    126: 18.7816,
    127: 18.6901,
    128: 18.635,
    129: 18.5635,
    130: 18.5104
  },
  4: {
    5: 104.4775,
    6: 90,
    7: 90,
    8: 90,
    24: 60,
    30: 54.3,
    120: 36,
    130: 33.4,
    600: 19.8
  },
  5: {
    6: 101.537,
    7: 90,
    8: 90,
    9: 90,
    10: 90,
    30: 65.6,
    130: 43.8
  }
};
function bestKnownAngleDeg(d, n) {
  var _a;
  if (!Number.isInteger(d) || d < 1 || !Number.isInteger(n) || n < 2) {
    throw new MMARegError("BAD_OPTION", `the best-known angle needs integers d >= 1 and n >= 2, got d=${d}, n=${n}`);
  }
  if (d >= n - 1) return simplexAngle(n) * 180 / Math.PI;
  return ((_a = BEST_KNOWN_DEG[d]) == null ? void 0 : _a[n]) ?? null;
}
var cpuBackends = [
  {
    name: "cpu",
    package: "@mmareg/cpu",
    description: "pure TypeScript, Float64Array or Float32Array (the reference)",
    dtypes: ["float64", "float32"],
    environments: ["node", "browser"],
    install: ["@mmareg/cpu"],
    async start(options = {}) {
      const { createCpuBackend: createCpuBackend2 } = await import("./createCpuBackend-4MKNMJ6E.W2TMdSDA.js");
      return createCpuBackend2(options.dtype !== void 0 ? { dtype: options.dtype } : {});
    }
  }
];
var __defProp2 = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp2(target, name, { get: all[name], enumerable: true });
};
var ASIN_COEFFS = [
  0.16666666317129095,
  0.07500098734975315,
  0.04459803824076617,
  0.0311161027541083,
  0.01707807041351953,
  0.03380544541846393
];
var ATAN_COEFFS = [
  -0.33333333281218136,
  0.19999977799628693,
  -0.14284175982174147,
  0.11071765598373014,
  -0.08627326793197383,
  0.050542883057250854
];
function polyAcos(x) {
  const a = Math.abs(x);
  let z = a * a;
  let s = a;
  if (a > 0.5) {
    z = (1 - a) * 0.5;
    s = Math.sqrt(z);
  }
  const p = 0.16666666317129095 + z * (0.07500098734975315 + z * (0.04459803824076617 + z * (0.0311161027541083 + z * (0.01707807041351953 + z * 0.03380544541846393))));
  const asinS = s + s * z * p;
  if (a <= 0.5) {
    if (x < 0) return 1.5707963267948966 + asinS;
    return 1.5707963267948966 - asinS;
  }
  if (x < 0) return 3.141592653589793 - 2 * asinS;
  return 2 * asinS;
}
function polyAtan2(y, x) {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const hi = Math.max(ax, ay);
  const lo = Math.min(ax, ay);
  let t = 0;
  if (hi > 0) t = lo / hi;
  let u = t;
  let base = 0;
  if (t > 0.41421356237309503) {
    u = (t - 1) / (t + 1);
    base = 0.7853981633974483;
  }
  const w = u * u;
  const q = -0.33333333281218136 + w * (0.19999977799628693 + w * (-0.14284175982174147 + w * (0.11071765598373014 + w * (-0.08627326793197383 + w * 0.050542883057250854))));
  let r = base + u + u * w * q;
  if (ay > ax) r = 1.5707963267948966 - r;
  if (x < 0) r = 3.141592653589793 - r;
  if (y < 0) r = -r;
  return r;
}
var UNARY_FUNCTIONS = {
  neg: (x) => -x,
  abs: Math.abs,
  sqrt: Math.sqrt,
  square: (x) => x * x,
  reciprocal: (x) => 1 / x,
  acos: Math.acos,
  log: Math.log,
  exp: Math.exp
};
var BINARY_FUNCTIONS = {
  add: (x, y) => x + y,
  sub: (x, y) => x - y,
  mul: (x, y) => x * y,
  div: (x, y) => x / y,
  pow: Math.pow,
  atan2: Math.atan2,
  max: (x, y) => x > y || Number.isNaN(x) ? x : y,
  min: (x, y) => x < y || Number.isNaN(x) ? x : y,
  gt: (x, y) => x > y ? 1 : 0,
  ge: (x, y) => x >= y ? 1 : 0,
  lt: (x, y) => x < y ? 1 : 0,
  le: (x, y) => x <= y ? 1 : 0,
  eq: (x, y) => x === y ? 1 : 0
};
function compensatedSum(x) {
  let s = 0;
  let c = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return Number.isFinite(s) ? s + c : s;
}
var ops_exports = {};
__export(ops_exports, {
  addDiagonal: () => addDiagonal,
  binary: () => binary,
  fillDiagonal: () => fillDiagonal,
  gatherRows: () => gatherRows,
  gram: () => gram,
  matmul: () => matmul,
  nearestNeighbors: () => nearestNeighbors,
  normalizeRows: () => normalizeRows,
  normalizeRowsGrad: () => normalizeRowsGrad,
  pairAngles: () => pairAngles,
  pairEnergy: () => pairEnergy,
  rowDot: () => rowDot,
  rowMax: () => rowMax,
  rowSum: () => rowSum,
  scatterAddRows: () => scatterAddRows,
  selfMask: () => selfMask,
  sqDist: () => sqDist,
  sum: () => sum,
  unary: () => unary
});
var CpuTensor = class {
  constructor(data, shape) {
    __publicField(this, "data");
    __publicField(this, "shape");
    this.data = data;
    this.shape = shape;
  }
  /** Number of elements. */
  get size() {
    return this.data.length;
  }
};
function createContext(dtype, name) {
  return {
    dtype,
    name,
    alloc: dtype === "float32" ? (len) => new Float32Array(len) : (len) => new Float64Array(len)
  };
}
function dims2(x, op) {
  if (x.shape.length !== 2) {
    throw new MMARegError("BAD_SHAPE", `${op} expects a 2-D tensor, got shape [${x.shape.join(", ")}]`, { backend: "cpu" });
  }
  return x.shape;
}
function dims1(x, op) {
  if (x.shape.length !== 1) {
    throw new MMARegError("BAD_SHAPE", `${op} expects a 1-D tensor, got shape [${x.shape.join(", ")}]`, { backend: "cpu" });
  }
  return x.shape[0];
}
function f64(x) {
  return x.data instanceof Float64Array ? x.data : Float64Array.from(x.data);
}
function indices(x) {
  return x.data instanceof Int32Array ? x.data : Int32Array.from(x.data);
}
function addDiagonal(ctx, a, value) {
  const [n] = dims2(a, "addDiagonal");
  const out = ctx.alloc(a.size);
  out.set(a.data);
  for (let i = 0; i < n; i++) out[i * n + i] = a.data[i * n + i] + value;
  return new CpuTensor(out, a.shape);
}
function binary(ctx, op, a, b) {
  const f = BINARY_FUNCTIONS[op];
  if (!f) throw new MMARegError("BAD_OPTION", `unknown binary op ${JSON.stringify(op)}`, { backend: ctx.name });
  const x = a.data;
  const out = ctx.alloc(a.size);
  if (typeof b === "number" || b.shape.length === 0 && a.shape.length > 0) {
    const y2 = typeof b === "number" ? b : b.data[0];
    if (op === "mul") for (let i = 0; i < out.length; i++) out[i] = x[i] * y2;
    else for (let i = 0; i < out.length; i++) out[i] = f(x[i], y2);
    return new CpuTensor(out, a.shape);
  }
  const y = b.data;
  if (b.size === a.size) {
    for (let i = 0; i < out.length; i++) out[i] = f(x[i], y[i]);
    return new CpuTensor(out, a.shape);
  }
  if (a.shape.length === 2 && b.shape.length === 1 && b.shape[0] === a.shape[0]) {
    const [n, d] = a.shape;
    for (let i = 0; i < n; i++) {
      const yi = y[i];
      for (let k = 0; k < d; k++) out[i * d + k] = f(x[i * d + k], yi);
    }
    return new CpuTensor(out, a.shape);
  }
  throw new MMARegError("BAD_SHAPE", `binary ${op}: cannot broadcast [${b.shape.join(", ")}] to [${a.shape.join(", ")}]`, {
    backend: ctx.name
  });
}
function fillDiagonal(ctx, a, value) {
  const [n] = dims2(a, "fillDiagonal");
  const out = ctx.alloc(a.size);
  out.set(a.data);
  for (let i = 0; i < n; i++) out[i * n + i] = value;
  return new CpuTensor(out, a.shape);
}
function gatherRows(ctx, a, index) {
  const [m, d] = dims2(a, "gatherRows");
  const k = dims1(index, "gatherRows");
  const idx = indices(index);
  const out = ctx.alloc(k * d);
  for (let i = 0; i < k; i++) {
    const r = idx[i];
    if (r < 0 || r >= m) throw new MMARegError("BAD_SHAPE", `gatherRows: index ${r} out of range [0, ${m})`, { backend: ctx.name });
    for (let c = 0; c < d; c++) out[i * d + c] = a.data[r * d + c];
  }
  return new CpuTensor(out, [k, d]);
}
var BLOCK = 64;
var KCHUNK = 256;
function forEachGramBlock(a, n, d, visit) {
  const part = new Float64Array(n * BLOCK);
  for (let j0 = 0; j0 < n; j0 += BLOCK) {
    const j1 = Math.min(n, j0 + BLOCK);
    part.fill(0, 0, j1 * BLOCK);
    for (let k0 = 0; k0 < d; k0 += KCHUNK) {
      const k1 = Math.min(d, k0 + KCHUNK);
      for (let i = 0; i < j1; i += 4) {
        const oi0 = i * d;
        const oi1 = Math.min(i + 1, n - 1) * d;
        const oi2 = Math.min(i + 2, n - 1) * d;
        const oi3 = Math.min(i + 3, n - 1) * d;
        for (let j = i > j0 ? i : j0; j < j1; j += 4) {
          const oj0 = j * d;
          const oj1 = Math.min(j + 1, n - 1) * d;
          const oj2 = Math.min(j + 2, n - 1) * d;
          const oj3 = Math.min(j + 3, n - 1) * d;
          let c00 = 0, c01 = 0, c02 = 0, c03 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0;
          let c20 = 0, c21 = 0, c22 = 0, c23 = 0, c30 = 0, c31 = 0, c32 = 0, c33 = 0;
          for (let k = k0; k < k1; k++) {
            const a0 = a[oi0 + k], a1 = a[oi1 + k], a2 = a[oi2 + k], a3 = a[oi3 + k];
            const b0 = a[oj0 + k], b1 = a[oj1 + k], b2 = a[oj2 + k], b3 = a[oj3 + k];
            c00 += a0 * b0;
            c01 += a0 * b1;
            c02 += a0 * b2;
            c03 += a0 * b3;
            c10 += a1 * b0;
            c11 += a1 * b1;
            c12 += a1 * b2;
            c13 += a1 * b3;
            c20 += a2 * b0;
            c21 += a2 * b1;
            c22 += a2 * b2;
            c23 += a2 * b3;
            c30 += a3 * b0;
            c31 += a3 * b1;
            c32 += a3 * b2;
            c33 += a3 * b3;
          }
          const p = i * BLOCK + (j - j0);
          part[p] += c00;
          part[p + 1] += c01;
          part[p + 2] += c02;
          part[p + 3] += c03;
          if (i + 1 < n) {
            const q = p + BLOCK;
            part[q] += c10;
            part[q + 1] += c11;
            part[q + 2] += c12;
            part[q + 3] += c13;
          }
          if (i + 2 < n) {
            const q = p + 2 * BLOCK;
            part[q] += c20;
            part[q + 1] += c21;
            part[q + 2] += c22;
            part[q + 3] += c23;
          }
          if (i + 3 < n) {
            const q = p + 3 * BLOCK;
            part[q] += c30;
            part[q + 1] += c31;
            part[q + 2] += c32;
            part[q + 3] += c33;
          }
        }
      }
    }
    visit(j0, j1, part);
  }
}
function gram(ctx, a) {
  const [n, d] = dims2(a, "gram");
  const out = ctx.alloc(n * n);
  forEachGramBlock(f64(a), n, d, (j0, j1, part) => {
    for (let i = 0; i < j1; i++) {
      for (let j = i > j0 ? i : j0; j < j1; j++) {
        const v = part[i * BLOCK + (j - j0)];
        out[i * n + j] = v;
        out[j * n + i] = v;
      }
    }
  });
  return new CpuTensor(out, [n, n]);
}
function matmul(ctx, a, b) {
  const [n, k] = dims2(a, "matmul");
  const [k2, m] = dims2(b, "matmul");
  if (k !== k2) throw new MMARegError("BAD_SHAPE", `matmul: inner sizes differ (${k} vs ${k2})`, { backend: ctx.name });
  const av = f64(a);
  const bv = f64(b);
  const acc = new Float64Array(m);
  const out = ctx.alloc(n * m);
  for (let i = 0; i < n; i++) {
    acc.fill(0);
    for (let p = 0; p < k; p++) {
      const s = av[i * k + p];
      if (s === 0) continue;
      const o = p * m;
      for (let j = 0; j < m; j++) acc[j] = acc[j] + s * bv[o + j];
    }
    out.set(acc, i * m);
  }
  return new CpuTensor(out, [n, m]);
}
function nearestNeighbors(ctx, unit, rule2) {
  const [n, d] = dims2(unit, "nearestNeighbors");
  const best = new Float64Array(n).fill(-Infinity);
  const arg = new Int32Array(n).fill(-1);
  const offer = (row, v, j) => {
    const b = best[row];
    if (v > b || v === b && j < arg[row] || arg[row] === -1) {
      best[row] = v;
      arg[row] = j;
    }
  };
  const negate = rule2 === "negate";
  forEachGramBlock(f64(unit), n, d, (j0, j1, part) => {
    for (let i = 0; i < j1; i++) {
      const row = i * BLOCK - j0;
      for (let j = i > j0 ? i : j0; j < j1; j++) {
        const v = part[row + j];
        if (j === i) {
          if (negate) offer(i, -v, i);
        } else {
          offer(i, v, j);
          offer(j, v, i);
        }
      }
    }
  });
  const value = ctx.alloc(n);
  value.set(best);
  for (let i = 0; i < n; i++) if (arg[i] < 0) arg[i] = 0;
  return { value: new CpuTensor(value, [n]), index: new CpuTensor(arg, [n]) };
}
function rowNorm(a, o, d) {
  let s = 0;
  for (let k = 0; k < d; k++) {
    const v = a[o + k];
    s += v * v;
  }
  if (s > 1e-290 && s < 1e290 || s === 0) return Math.sqrt(s);
  let big = 0;
  for (let k = 0; k < d; k++) big = Math.max(big, Math.abs(a[o + k]));
  if (big === 0 || !Number.isFinite(big)) return big;
  let t = 0;
  for (let k = 0; k < d; k++) {
    const v = a[o + k] / big;
    t += v * v;
  }
  return big * Math.sqrt(t);
}
function normalizeRows(ctx, a, eps2) {
  const [n, d] = dims2(a, "normalizeRows");
  const src = a.data;
  const unit = ctx.alloc(n * d);
  const norms = ctx.alloc(n);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    const r = rowNorm(src, o, d);
    norms[i] = r;
    const div = eps2 === null ? r : Math.max(r, eps2);
    for (let k = 0; k < d; k++) unit[o + k] = src[o + k] / div;
  }
  return { unit: new CpuTensor(unit, [n, d]), norms: new CpuTensor(norms, [n]) };
}
function normalizeRowsGrad(ctx, g, unit, norms, eps2) {
  const [n, d] = dims2(g, "normalizeRowsGrad");
  const gd = g.data;
  const u = unit.data;
  const r = norms.data;
  const out = ctx.alloc(n * d);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    const ri = r[i];
    const pass = eps2 === null || ri >= eps2;
    const inv = 1 / (eps2 === null ? ri : Math.max(ri, eps2));
    let dot = 0;
    if (pass) for (let k = 0; k < d; k++) dot += gd[o + k] * u[o + k];
    for (let k = 0; k < d; k++) out[o + k] = (gd[o + k] - dot * u[o + k]) * inv;
  }
  return new CpuTensor(out, [n, d]);
}
function pairAngles(ctx, unit, index) {
  const [n, d] = dims2(unit, "pairAngles");
  const u = unit.data;
  const idx = indices(index);
  const theta = ctx.alloc(n);
  const grad = ctx.dtype === "float64" ? ctx.alloc(n * d) : new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const j = idx[i];
    const oi = i * d;
    const oj = j * d;
    let a2 = 0;
    let b2 = 0;
    for (let k = 0; k < d; k++) {
      const x = u[oi + k];
      const y = u[oj + k];
      a2 += (x - y) * (x - y);
      b2 += (x + y) * (x + y);
    }
    theta[i] = 2 * Math.atan2(Math.sqrt(a2), Math.sqrt(b2));
    const ha = a2 / 2;
    let s1 = 0;
    let s2 = 0;
    for (let k = 0; k < d; k++) {
      const x = u[oi + k];
      const y = u[oj + k];
      const p = ha * x - (x - y);
      const q = x - y + ha * y;
      s1 += p * p;
      s2 += q * q;
    }
    const r1 = s1 > 0 ? -1 / Math.sqrt(s1) : 0;
    const r2 = s2 > 0 ? -1 / Math.sqrt(s2) : 0;
    for (let k = 0; k < d; k++) {
      const x = u[oi + k];
      const y = u[oj + k];
      grad[oi + k] += (ha * x - (x - y)) * r1;
      grad[oj + k] += (x - y + ha * y) * r2;
    }
  }
  if (grad instanceof Float64Array && ctx.dtype === "float64") return { theta: new CpuTensor(theta, [n]), grad: new CpuTensor(grad, [n, d]) };
  const g = ctx.alloc(n * d);
  g.set(grad);
  return { theta: new CpuTensor(theta, [n]), grad: new CpuTensor(g, [n, d]) };
}
function sum(ctx, a) {
  const out = ctx.alloc(1);
  out[0] = compensatedSum(a.data);
  return new CpuTensor(out, []);
}
function pairEnergy(ctx, unit, kernel) {
  const [n, d] = dims2(unit, "pairEnergy");
  const u = f64(unit);
  const { s, halfSpace } = kernel;
  const f = s > 0 ? (x) => Math.pow(x, -s / 2) : (x) => -0.5 * Math.log(x);
  const df = s > 0 ? (x) => -s / 2 * Math.pow(x, -s / 2 - 1) : (x) => -0.5 / x;
  const rowEnergy = new Float64Array(n);
  const grad = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const oi = i * d;
    let ei = 0;
    for (let j = i + 1; j < n; j++) {
      const oj = j * d;
      let m2 = 0;
      let p2 = 0;
      for (let k = 0; k < d; k++) {
        const x = u[oi + k];
        const y = u[oj + k];
        m2 += (x - y) * (x - y);
        if (halfSpace) p2 += (x + y) * (x + y);
      }
      ei += 2 * f(m2);
      const cm = 4 * df(m2);
      for (let k = 0; k < d; k++) {
        const t = cm * (u[oi + k] - u[oj + k]);
        grad[oi + k] = grad[oi + k] + t;
        grad[oj + k] = grad[oj + k] - t;
      }
      if (halfSpace) {
        ei += 2 * f(p2);
        const cp = 4 * df(p2);
        for (let k = 0; k < d; k++) {
          const t = cp * (u[oi + k] + u[oj + k]);
          grad[oi + k] = grad[oi + k] + t;
          grad[oj + k] = grad[oj + k] + t;
        }
      }
    }
    rowEnergy[i] = ei;
  }
  const energy = ctx.alloc(1);
  energy[0] = compensatedSum(rowEnergy);
  const g = ctx.alloc(n * d);
  g.set(grad);
  return { energy: new CpuTensor(energy, []), grad: new CpuTensor(g, [n, d]) };
}
function rowDot(ctx, a, b) {
  const [n, d] = dims2(a, "rowDot");
  if (b.size !== n * d) throw new MMARegError("BAD_SHAPE", "rowDot: shapes differ", { backend: ctx.name });
  const out = ctx.alloc(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += a.data[i * d + k] * b.data[i * d + k];
    out[i] = s;
  }
  return new CpuTensor(out, [n]);
}
function rowMax(ctx, c, rule2) {
  const [n] = dims2(c, "rowMax");
  const value = ctx.alloc(n);
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    let arg = -1;
    for (let j = 0; j < n; j++) {
      let v = c.data[i * n + j];
      if (j === i) {
        if (rule2 === "exclude") continue;
        v = -v;
      }
      if (v > best || arg < 0) {
        best = v;
        arg = j;
      }
    }
    value[i] = best;
    index[i] = arg < 0 ? 0 : arg;
  }
  return { value: new CpuTensor(value, [n]), index: new CpuTensor(index, [n]) };
}
function rowSum(ctx, a) {
  const [n, d] = dims2(a, "rowSum");
  const out = ctx.alloc(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) s += a.data[i * d + k];
    out[i] = s;
  }
  return new CpuTensor(out, [n]);
}
function scatterAddRows(ctx, a, index, rows) {
  const [k, d] = dims2(a, "scatterAddRows");
  if (dims1(index, "scatterAddRows") !== k) throw new MMARegError("BAD_SHAPE", "scatterAddRows: index length differs", { backend: ctx.name });
  const idx = indices(index);
  const acc = new Float64Array(rows * d);
  for (let i = 0; i < k; i++) {
    const r = idx[i];
    if (r < 0 || r >= rows) throw new MMARegError("BAD_SHAPE", `scatterAddRows: index ${r} out of range [0, ${rows})`, { backend: ctx.name });
    for (let c = 0; c < d; c++) acc[r * d + c] = acc[r * d + c] + a.data[i * d + c];
  }
  const out = ctx.alloc(rows * d);
  out.set(acc);
  return new CpuTensor(out, [rows, d]);
}
function selfMask(ctx, index) {
  const n = dims1(index, "selfMask");
  const idx = indices(index);
  const out = ctx.alloc(n);
  for (let i = 0; i < n; i++) out[i] = idx[i] === i ? 1 : 0;
  return new CpuTensor(out, [n]);
}
function sqDist(ctx, a, b) {
  const [n, d] = dims2(a, "sqDist");
  const [m, d2] = dims2(b, "sqDist");
  if (d !== d2) throw new MMARegError("BAD_SHAPE", `sqDist: row lengths differ (${d} vs ${d2})`, { backend: ctx.name });
  const av = f64(a);
  const bv = f64(b);
  const out = ctx.alloc(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) {
        const t = av[i * d + k] - bv[j * d + k];
        s += t * t;
      }
      out[i * m + j] = s;
    }
  }
  return new CpuTensor(out, [n, m]);
}
function unary(ctx, op, a) {
  const f = UNARY_FUNCTIONS[op];
  if (!f) throw new MMARegError("BAD_OPTION", `unknown unary op ${JSON.stringify(op)}`, { backend: ctx.name });
  const out = ctx.alloc(a.size);
  const src = a.data;
  for (let i = 0; i < out.length; i++) out[i] = f(src[i]);
  return new CpuTensor(out, a.shape);
}
function createCpuBackend(options = {}) {
  const dtype = options.dtype ?? "float64";
  if (dtype !== "float64" && dtype !== "float32") {
    throw new MMARegError("BAD_OPTION", `dtype must be "float64" or "float32", got ${typeof dtype === "string" ? JSON.stringify(dtype) : typeof dtype}`, { backend: "cpu" });
  }
  const name = dtype === "float64" ? "cpu" : "cpu-float32";
  const ctx = createContext(dtype, name);
  const readSync = (x) => x.data instanceof Int32Array ? Float64Array.from(x.data) : x.data.slice();
  return defineBackend({
    name,
    dtype,
    context: ctx,
    ops: ops_exports,
    tensor(data, shape, kind) {
      if (kind === "index") return new CpuTensor(Int32Array.from(data), [...shape]);
      const out = ctx.alloc(data.length);
      for (let i = 0; i < data.length; i++) out[i] = data[i];
      return new CpuTensor(out, [...shape]);
    },
    shape: (x) => x.shape,
    read: (x) => Promise.resolve(readSync(x)),
    readSync
  });
}
var backends = /* @__PURE__ */ new Map();
function backendFor(dtype = "float64") {
  let b = backends.get(dtype);
  if (!b) {
    b = createCpuBackend({ dtype });
    backends.set(dtype, b);
  }
  return b;
}
function loss(input, options = {}) {
  if (options === null || typeof options !== "object") return evaluateLossSync(backendFor(), input, options);
  const { dtype, ...rest } = options;
  return evaluateLossSync(backendFor(dtype), input, rest);
}
const _sfc_main$4 = /* @__PURE__ */ defineComponent({
  __name: "Fig1Demo",
  __ssrInlineRender: true,
  setup(__props) {
    const coefficient = ref(0.5);
    const state = ref("idle");
    const message = ref("");
    const runs = ref([]);
    ref([]);
    const maxCount = (r) => Math.max(1, ...r.counts);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "fig1-demo",
        "data-state": state.value
      }, _attrs))} data-v-26db9722><div class="controls" data-v-26db9722><label data-v-26db9722>MMA coefficient <input${ssrRenderAttr("value", coefficient.value)} data-test="coefficient" type="number" min="0" max="2" step="0.05" data-v-26db9722></label><button data-test="run"${ssrIncludeBooleanAttr(state.value === "running") ? " disabled" : ""} data-v-26db9722>${ssrInterpolate(state.value === "running" ? "training…" : "train both")}</button><span class="status" data-v-26db9722>${ssrInterpolate(message.value)}</span></div>`);
      if (runs.value.length) {
        _push(`<figure class="legend" data-test="legend" data-v-26db9722><svg viewBox="0 0 260 34" role="img" aria-label="heatmap colours: blue for cosine -1, white for 0, red for +1" data-v-26db9722><defs data-v-26db9722><linearGradient id="fig1-cos-scale" x1="0" x2="1" y1="0" y2="0" data-v-26db9722><stop offset="0" stop-color="rgb(0,0,255)" data-v-26db9722></stop><stop offset="0.5" stop-color="rgb(255,255,255)" data-v-26db9722></stop><stop offset="1" stop-color="rgb(255,0,0)" data-v-26db9722></stop></linearGradient></defs><rect x="10" y="2" width="240" height="12" fill="url(#fig1-cos-scale)" stroke="currentColor" stroke-opacity="0.4" data-v-26db9722></rect><g font-size="10" fill="currentColor" text-anchor="middle" data-v-26db9722><text x="10" y="27" data-v-26db9722>−1</text><text x="70" y="27" data-v-26db9722>−0.5</text><text x="130" y="27" data-v-26db9722>0</text><text x="190" y="27" data-v-26db9722>0.5</text><text x="250" y="27" data-v-26db9722>1</text></g></svg><figcaption data-v-26db9722>heatmap colour: cosine similarity of neurons i (row) and j (column); the diagonal is 1</figcaption></figure>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<div class="panels" data-v-26db9722><!--[-->`);
      ssrRenderList(runs.value, (r, i) => {
        _push(`<div class="panel"${ssrRenderAttr("data-test", "panel-" + i)} data-v-26db9722><h4 data-v-26db9722>${ssrInterpolate(r.label)}</h4><canvas width="192" height="192" data-v-26db9722></canvas><svg viewBox="0 0 200 80" class="hist" data-v-26db9722><!--[-->`);
        ssrRenderList(r.counts, (c, b) => {
          _push(`<rect${ssrRenderAttr("x", b * 10)}${ssrRenderAttr("y", 70 - 60 * c / maxCount(r))} width="9"${ssrRenderAttr("height", 60 * c / maxCount(r))}${ssrRenderAttr("fill", b * 0.1 - 1 >= 0.2 ? "#d62728" : "#888")} data-v-26db9722></rect>`);
        });
        _push(`<!--]--><text x="0" y="79" font-size="8" fill="currentColor" data-v-26db9722>-1</text><text x="96" y="79" font-size="8" fill="currentColor" data-v-26db9722>0</text><text x="190" y="79" font-size="8" fill="currentColor" data-v-26db9722>1</text></svg><p data-v-26db9722> cos &gt; 0.2: <strong${ssrRenderAttr("data-test", "above-" + i)} data-v-26db9722>${ssrInterpolate(r.above)}</strong> of ${ssrInterpolate(r.pairs)} pairs · minimal angle ${ssrInterpolate(r.minAngle.toFixed(1))}° · test accuracy ${ssrInterpolate((r.accuracy * 100).toFixed(1))}% </p></div>`);
      });
      _push(`<!--]--></div></div>`);
    };
  }
});
const _sfc_setup$4 = _sfc_main$4.setup;
_sfc_main$4.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/components/Fig1Demo.vue");
  return _sfc_setup$4 ? _sfc_setup$4(props, ctx) : void 0;
};
const Fig1Demo = /* @__PURE__ */ _export_sfc(_sfc_main$4, [["__scopeId", "data-v-26db9722"]]);
const W = 580, H = 300, L = 70, R = 150, T = 14, B = 40;
const _sfc_main$3 = /* @__PURE__ */ defineComponent({
  __name: "GradientNormPlot",
  __ssrInlineRender: true,
  props: {
    losses: { default: () => ["mma", "cosine", "mhe-s1", "mhe-s2", "mhe-s0"] }
  },
  setup(__props) {
    const props = __props;
    const SPECS = {
      mma: { label: "MMA", options: { loss: "mma" }, color: "#d62728" },
      cosine: { label: "cosine", options: { loss: "cosine" }, color: "#1f77b4" },
      "mhe-s1": { label: "Riesz-Fisher s=1", options: { loss: "mhe", s: 1 }, color: "#2ca02c" },
      "mhe-s2": { label: "Riesz-Fisher s=2", options: { loss: "mhe", s: 2 }, color: "#9467bd" },
      "mhe-s0": { label: "logarithmic", options: { loss: "mhe", s: 0 }, color: "#ff7f0e" },
      orthogonal: { label: "orthogonal", options: { loss: "orthogonal" }, color: "#8c564b" }
    };
    const thetas = Array.from({ length: 179 }, (_, i) => (i + 1) * (Math.PI / 180));
    function gradNorm(options, theta) {
      const r = loss([[1, 0], [Math.cos(theta), Math.sin(theta)]], options);
      return Math.hypot(r.grad[0], r.grad[1]);
    }
    const values = computed(
      () => props.losses.filter((k) => SPECS[k]).map((k) => ({ key: k, ...SPECS[k], v: thetas.map((t) => gradNorm(SPECS[k].options, t)) }))
    );
    const range = computed(() => {
      const all = values.value.flatMap((s) => s.v).filter((v) => Number.isFinite(v) && v > 1e-8);
      const hi = Math.ceil(Math.log10(Math.max(...all, 1)));
      const lo = Math.max(Math.floor(Math.log10(Math.min(...all, 1))), hi - 10);
      return { lo, hi };
    });
    const x = (t) => L + t / Math.PI * (W - L - R);
    const y = (v) => {
      const { lo, hi } = range.value;
      const e = v > 0 ? Math.min(hi, Math.max(lo, Math.log10(v))) : lo;
      return T + (hi - e) / (hi - lo) * (H - T - B);
    };
    const series = computed(
      () => values.value.map((s) => ({
        key: s.key,
        label: s.label,
        color: s.color,
        path: s.v.map((v, i) => `${i ? "L" : "M"}${x(thetas[i]).toFixed(1)},${y(v).toFixed(1)}`).join("")
      }))
    );
    const yTicks = computed(() => {
      const { lo, hi } = range.value;
      const step = hi - lo > 5 ? 2 : 1;
      const out = [];
      for (let e = hi; e >= lo; e -= step) out.push({ v: 10 ** e, label: e >= -2 && e <= 3 ? String(10 ** e) : `10${superscript(e)}` });
      return out;
    });
    function superscript(n) {
      return String(n).replace(/[-0-9]/g, (c) => "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"["-0123456789".indexOf(c)]);
    }
    const xTicks = [0, 30, 60, 90, 120, 150, 180];
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<figure${ssrRenderAttrs(mergeProps({ class: "gn-plot" }, _attrs))} data-v-90f0d671><svg${ssrRenderAttr("viewBox", `0 0 ${W} ${H}`)} role="img" aria-label="gradient norm against pairwise angle" data-v-90f0d671><!--[-->`);
      ssrRenderList(yTicks.value, (t) => {
        _push(`<g data-v-90f0d671><line${ssrRenderAttr("x1", L)}${ssrRenderAttr("x2", W - R)}${ssrRenderAttr("y1", y(t.v))}${ssrRenderAttr("y2", y(t.v))} stroke="currentColor" stroke-opacity="0.12" data-v-90f0d671></line><text${ssrRenderAttr("x", L - 6)}${ssrRenderAttr("y", y(t.v) + 4)} text-anchor="end" font-size="11" fill="currentColor" data-v-90f0d671>${ssrInterpolate(t.label)}</text></g>`);
      });
      _push(`<!--]--><!--[-->`);
      ssrRenderList(xTicks, (t) => {
        _push(`<g data-v-90f0d671><text${ssrRenderAttr("x", x(t * Math.PI / 180))}${ssrRenderAttr("y", H - B + 16)} text-anchor="middle" font-size="11" fill="currentColor" data-v-90f0d671>${ssrInterpolate(t)}°</text></g>`);
      });
      _push(`<!--]--><rect${ssrRenderAttr("x", L)}${ssrRenderAttr("y", T)}${ssrRenderAttr("width", W - L - R)}${ssrRenderAttr("height", H - T - B)} fill="none" stroke="currentColor" stroke-opacity="0.4" data-v-90f0d671></rect><!--[-->`);
      ssrRenderList(series.value, (s) => {
        _push(`<path${ssrRenderAttr("d", s.path)} fill="none"${ssrRenderAttr("stroke", s.color)} stroke-width="2" data-v-90f0d671></path>`);
      });
      _push(`<!--]--><!--[-->`);
      ssrRenderList(series.value, (s, i) => {
        _push(`<g data-v-90f0d671><line${ssrRenderAttr("x1", W - R + 12)}${ssrRenderAttr("x2", W - R + 32)}${ssrRenderAttr("y1", T + 14 + i * 18)}${ssrRenderAttr("y2", T + 14 + i * 18)}${ssrRenderAttr("stroke", s.color)} stroke-width="2" data-v-90f0d671></line><text${ssrRenderAttr("x", W - R + 38)}${ssrRenderAttr("y", T + 18 + i * 18)} font-size="11" fill="currentColor" data-v-90f0d671>${ssrInterpolate(s.label)}</text></g>`);
      });
      _push(`<!--]--><text${ssrRenderAttr("x", (L + W - R) / 2)}${ssrRenderAttr("y", H - 6)} text-anchor="middle" font-size="12" fill="currentColor" data-v-90f0d671>pairwise angle θ</text><text${ssrRenderAttr("x", 14)}${ssrRenderAttr("y", (T + H - B) / 2)} text-anchor="middle" font-size="12" fill="currentColor"${ssrRenderAttr("transform", `rotate(-90 14 ${(T + H - B) / 2})`)} data-v-90f0d671>gradient norm × ‖w‖ (log)</text></svg><figcaption data-v-90f0d671>Gradient norm of the pair term against the angle between two unit rows, computed in your browser by <code data-v-90f0d671>@mmareg/cpu</code> (the paper&#39;s Fig. 2).</figcaption></figure>`);
    };
  }
});
const _sfc_setup$3 = _sfc_main$3.setup;
_sfc_main$3.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/components/GradientNormPlot.vue");
  return _sfc_setup$3 ? _sfc_setup$3(props, ctx) : void 0;
};
const GradientNormPlot = /* @__PURE__ */ _export_sfc(_sfc_main$3, [["__scopeId", "data-v-90f0d671"]]);
var AVAILABLE$1 = {
  cpu: () => true,
  webasm: hasWebAssembly,
  webgl: () => hasWebGL("webgl"),
  webgl2: () => hasWebGL("webgl2"),
  webgpu: hasWebGPU
};
function gpujsDescriptor(mode, description, environments) {
  return {
    name: `gpujs-${mode}`,
    package: "@mmareg/gpujs",
    description,
    dtypes: ["float32"],
    environments,
    install: ["@mmareg/gpujs", "gpu.js"],
    available: AVAILABLE$1[mode],
    async start(options = {}) {
      const { createGpujsBackend } = await import("./createGpujsBackend-QFZ4PJAK.Bhf3xjVy.js");
      return createGpujsBackend({ ...options.settings ?? {}, mode });
    }
  };
}
var gpujsBackends = [
  gpujsDescriptor("webgl", "gpu.js kernels on WebGL 1, float32", ["browser"]),
  gpujsDescriptor("webgl2", "gpu.js kernels on WebGL 2, float32", ["browser"]),
  gpujsDescriptor("webgpu", "gpu.js kernels on WebGPU, float32", ["browser"]),
  gpujsDescriptor("cpu", "gpu.js kernels in its cpu mode (JavaScript, float32)", ["node", "browser"]),
  gpujsDescriptor("webasm", "gpu.js kernels in its webasm mode (WebAssembly SIMD, float32)", ["node", "browser"])
];
function onnxDescriptor(provider, description, environments, available) {
  return {
    name: `onnx-${provider}`,
    package: "@mmareg/onnx",
    description,
    dtypes: ["float32"],
    environments,
    install: ["@mmareg/onnx", "onnxruntime-web"],
    available,
    async start(options = {}) {
      const load = options.load ?? ((s) => import(
        /* @vite-ignore */
        s
      ));
      const mod = await load("onnxruntime-web");
      const ort = mod.InferenceSession ? mod : mod.default;
      const { createOnnxBackend } = await import("./createOnnxBackend-ZP5LL2JU.qOkAgucj.js");
      return createOnnxBackend({ ...options.settings ?? {}, ort, executionProviders: provider === "wasm" ? ["wasm"] : ["webgpu", "wasm"] });
    }
  };
}
var onnxNode = {
  name: "onnx-node",
  package: "@mmareg/onnx",
  description: "ONNX graphs run by onnxruntime-node (native CPU build, float32; settings.numThreads: intra-op threads)",
  dtypes: ["float32"],
  environments: ["node"],
  install: ["@mmareg/onnx", "onnxruntime-node"],
  available: () => {
    var _a;
    return typeof process !== "undefined" && typeof ((_a = process.versions) == null ? void 0 : _a.node) === "string";
  },
  async start(options = {}) {
    const load = options.load ?? ((s) => import(
      /* @vite-ignore */
      s
    ));
    const mod = await load("onnxruntime-node");
    const runtime = mod.InferenceSession ? mod : mod.default;
    const { createOnnxBackend } = await import("./createOnnxBackend-ZP5LL2JU.qOkAgucj.js");
    return createOnnxBackend({ ...options.settings ?? {}, runtime });
  }
};
var onnxBackends = [
  onnxDescriptor("wasm", "ONNX graphs run by onnxruntime-web (WebAssembly, float32)", ["node", "browser"], hasWebAssembly),
  onnxDescriptor("webgpu", "ONNX graphs run by onnxruntime-web's WebGPU execution provider, float32", ["browser"], hasWebGPU),
  onnxNode
];
var BACKEND_PACKAGE = {
  cpu: null,
  webgl: null,
  wasm: "@tensorflow/tfjs-backend-wasm",
  webgpu: "@tensorflow/tfjs-backend-webgpu"
};
var AVAILABLE = {
  cpu: () => true,
  wasm: hasWebAssembly,
  webgl: () => hasWebGL("webgl2"),
  webgpu: hasWebGPU
};
function tfjsDescriptor(kind, description, environments) {
  const extra = BACKEND_PACKAGE[kind];
  return {
    name: `tfjs-${kind}`,
    package: "@mmareg/tfjs",
    description,
    dtypes: ["float32"],
    environments,
    install: ["@mmareg/tfjs", "@tensorflow/tfjs", ...extra ? [extra] : []],
    available: AVAILABLE[kind],
    async start(options = {}) {
      const load = options.load ?? ((s) => import(
        /* @vite-ignore */
        s
      ));
      const mod = await load("@tensorflow/tfjs");
      const tf = typeof mod.tensor === "function" ? mod : mod.default;
      if (extra) await load(extra);
      const { loadTfjsBackend } = await import("./loadTfjsBackend-LJUMLEEM.pvg6-hNp.js");
      return loadTfjsBackend({ ...options.settings ?? {}, tf, backend: kind });
    }
  };
}
var tfjsBackends = [
  tfjsDescriptor("webgl", "TensorFlow.js, webgl backend, float32", ["browser"]),
  tfjsDescriptor("webgpu", "TensorFlow.js, webgpu backend, float32", ["browser"]),
  tfjsDescriptor("wasm", "TensorFlow.js, wasm backend (XNNPACK, SIMD), float32", ["node", "browser"]),
  tfjsDescriptor("cpu", "TensorFlow.js, cpu backend (plain JavaScript kernels), float32", ["node", "browser"])
];
var wasmBackends = [
  {
    name: "wasm",
    package: "@mmareg/wasm",
    description: "WebAssembly SIMD kernels on every core (worker pool over shared memory), float32",
    dtypes: ["float32"],
    environments: ["node", "browser"],
    install: ["@mmareg/wasm"],
    available: () => typeof WebAssembly !== "undefined",
    async start(options = {}) {
      const { createWasmBackend } = await import("./createWasmBackend-2CAXG5WK.CsWVrSum.js");
      return createWasmBackend({ ...options.settings ?? {}, ...options.dtype !== void 0 ? { dtype: options.dtype } : {} });
    }
  }
];
var REGISTRY = [...cpuBackends, ...wasmBackends, ...tfjsBackends, ...gpujsBackends, ...onnxBackends];
const BROWSER = REGISTRY.filter((d) => d.environments.includes("browser"));
const BACKEND_CHOICES = BROWSER.map((d) => ({
  id: d.name,
  label: `${d.name.replace(/-/, " ").replace(/^gpujs/, "gpu.js")}${d.name === "cpu" ? " (@mmareg/cpu)" : d.name === "wasm" ? " (@mmareg/wasm, SIMD)" : ""}`,
  available: () => {
    var _a;
    return ((_a = d.available) == null ? void 0 : _a.call(d)) ?? true;
  }
}));
const _sfc_main$2 = /* @__PURE__ */ defineComponent({
  __name: "TammesDemo",
  __ssrInlineRender: true,
  setup(__props) {
    const LOSSES = [
      { id: "mma", label: "MMA", loss: "mma" },
      { id: "cosine", label: "cosine", loss: "cosine" },
      { id: "mhe-s2", label: "MHE, Riesz-Fisher s=2", loss: "mhe", s: 2 },
      { id: "mhe-s0", label: "MHE, logarithmic", loss: "mhe", s: 0 }
    ];
    const n = ref(30);
    const iterations = ref(1e3);
    const lossId = ref("mma");
    const backendId = ref("cpu");
    const state = ref("idle");
    const message = ref("");
    const step = ref(0);
    const minAngle = ref(null);
    const choices = ref(BACKEND_CHOICES.map((c) => ({ ...c, ok: true })));
    const canvas = ref(null);
    let frame = 0;
    const best = computed(() => Number.isInteger(n.value) && n.value >= 2 ? bestKnownAngleDeg(3, n.value) : null);
    function draw() {
      const c = canvas.value;
      if (c) {
        const g = c.getContext("2d");
        const w = c.width;
        const h2 = c.height;
        const r = Math.min(w, h2) * 0.42;
        g.clearRect(0, 0, w, h2);
        g.beginPath();
        g.arc(w / 2, h2 / 2, r, 0, 2 * Math.PI);
        g.strokeStyle = "rgba(127,127,127,0.5)";
        g.stroke();
      }
      frame = requestAnimationFrame(draw);
    }
    onMounted(() => {
      choices.value = BACKEND_CHOICES.map((c) => ({ ...c, ok: c.available() }));
      frame = requestAnimationFrame(draw);
    });
    onBeforeUnmount(() => {
      cancelAnimationFrame(frame);
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "tammes-demo",
        "data-state": state.value
      }, _attrs))} data-v-f7de773c><div class="controls" data-v-f7de773c><label data-v-f7de773c>points <input${ssrRenderAttr("value", n.value)} data-test="points" type="number" min="3" max="300" data-v-f7de773c></label><label data-v-f7de773c>iterations <input${ssrRenderAttr("value", iterations.value)} data-test="iterations" type="number" min="10" max="20000" step="10" data-v-f7de773c></label><label data-v-f7de773c>loss <select data-test="loss" data-v-f7de773c><!--[-->`);
      ssrRenderList(LOSSES, (l) => {
        _push(`<option${ssrRenderAttr("value", l.id)} data-v-f7de773c${ssrIncludeBooleanAttr(Array.isArray(lossId.value) ? ssrLooseContain(lossId.value, l.id) : ssrLooseEqual(lossId.value, l.id)) ? " selected" : ""}>${ssrInterpolate(l.label)}</option>`);
      });
      _push(`<!--]--></select></label><label data-v-f7de773c>backend <select data-test="backend" data-v-f7de773c><!--[-->`);
      ssrRenderList(choices.value, (c) => {
        _push(`<option${ssrRenderAttr("value", c.id)}${ssrIncludeBooleanAttr(!c.ok) ? " disabled" : ""} data-v-f7de773c${ssrIncludeBooleanAttr(Array.isArray(backendId.value) ? ssrLooseContain(backendId.value, c.id) : ssrLooseEqual(backendId.value, c.id)) ? " selected" : ""}>${ssrInterpolate(c.label)}${ssrInterpolate(c.ok ? "" : " (not in this browser)")}</option>`);
      });
      _push(`<!--]--></select></label><button data-test="run" data-v-f7de773c>${ssrInterpolate(state.value === "running" || state.value === "starting" ? "stop" : "run")}</button></div><canvas width="420" height="420" data-v-f7de773c></canvas><p class="readout" data-v-f7de773c> minimal angle <strong data-test="min-angle" data-v-f7de773c>${ssrInterpolate(minAngle.value === null ? "–" : minAngle.value.toFixed(3))}</strong>° `);
      if (best.value !== null) {
        _push(`<span data-v-f7de773c> · best known ${ssrInterpolate(best.value.toFixed(3))}°</span>`);
      } else {
        _push(`<!---->`);
      }
      _push(` · iteration <span data-test="step" data-v-f7de773c>${ssrInterpolate(step.value)}</span></p><p class="status" data-test="status" data-v-f7de773c>${ssrInterpolate(message.value)}</p></div>`);
    };
  }
});
const _sfc_setup$2 = _sfc_main$2.setup;
_sfc_main$2.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/components/TammesDemo.vue");
  return _sfc_setup$2 ? _sfc_setup$2(props, ctx) : void 0;
};
const TammesDemo = /* @__PURE__ */ _export_sfc(_sfc_main$2, [["__scopeId", "data-v-f7de773c"]]);
const _sfc_main$1 = /* @__PURE__ */ defineComponent({
  __name: "TimingDemo",
  __ssrInlineRender: true,
  setup(__props) {
    const rows = ref([]);
    const state = ref("idle");
    const message = ref("");
    const picked = ref([]);
    const choices = ref(BACKEND_CHOICES.map((c) => ({ ...c, ok: true })));
    onMounted(() => {
      choices.value = BACKEND_CHOICES.map((c) => ({ ...c, ok: c.available() }));
      picked.value = choices.value.filter((c) => c.ok && ["cpu", "tfjs-webgl", "tfjs-wasm", "gpujs-webgl2", "onnx-wasm", "wasm"].includes(c.id)).map((c) => c.id);
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "timing-demo",
        "data-state": state.value
      }, _attrs))} data-v-8c2554e0><div class="choices" data-v-8c2554e0><!--[-->`);
      ssrRenderList(choices.value, (c) => {
        _push(`<label class="${ssrRenderClass({ off: !c.ok })}" data-v-8c2554e0><input${ssrIncludeBooleanAttr(Array.isArray(picked.value) ? ssrLooseContain(picked.value, c.id) : picked.value) ? " checked" : ""} type="checkbox"${ssrRenderAttr("value", c.id)}${ssrIncludeBooleanAttr(!c.ok) ? " disabled" : ""} data-v-8c2554e0> ${ssrInterpolate(c.label)}</label>`);
      });
      _push(`<!--]--></div><button data-test="run"${ssrIncludeBooleanAttr(state.value === "running") ? " disabled" : ""} data-v-8c2554e0>${ssrInterpolate(state.value === "running" ? "timing…" : "time them")}</button><span class="status" data-v-8c2554e0>${ssrInterpolate(message.value)}</span>`);
      if (rows.value.length) {
        _push(`<table data-v-8c2554e0><thead data-v-8c2554e0><tr data-v-8c2554e0><th data-v-8c2554e0>backend</th><th data-v-8c2554e0>n x d</th><th data-v-8c2554e0>MMA loss+grad</th><th data-v-8c2554e0>Gram W Wᵀ</th><th data-v-8c2554e0>ratio</th></tr></thead><tbody data-v-8c2554e0><!--[-->`);
        ssrRenderList(rows.value, (r) => {
          _push(`<tr data-v-8c2554e0><td data-v-8c2554e0>${ssrInterpolate(r.backend)}</td><td data-v-8c2554e0>${ssrInterpolate(r.size)}</td><td data-v-8c2554e0>${ssrInterpolate(r.mma.toFixed(2))} ms</td><td data-v-8c2554e0>${ssrInterpolate(r.gram.toFixed(2))} ms</td><td data-v-8c2554e0>${ssrInterpolate((r.mma / r.gram).toFixed(2))}</td></tr>`);
        });
        _push(`<!--]--></tbody></table>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$1 = _sfc_main$1.setup;
_sfc_main$1.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/components/TimingDemo.vue");
  return _sfc_setup$1 ? _sfc_setup$1(props, ctx) : void 0;
};
const TimingDemo = /* @__PURE__ */ _export_sfc(_sfc_main$1, [["__scopeId", "data-v-8c2554e0"]]);
const _sfc_main = /* @__PURE__ */ defineComponent({
  __name: "HeroInstall",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter } = useData$1();
    const copied = ref(false);
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(frontmatter).install) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "hero-install" }, _attrs))} data-v-e9f3f952><code data-test="install" data-v-e9f3f952><span class="prompt" aria-hidden="true" data-v-e9f3f952>$</span> ${ssrInterpolate(unref(frontmatter).install)}</code><button type="button"${ssrRenderAttr("aria-label", copied.value ? "copied" : "copy the install command")} data-v-e9f3f952>${ssrInterpolate(copied.value ? "copied" : "copy")}</button></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/HeroInstall.vue");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HeroInstall = /* @__PURE__ */ _export_sfc(_sfc_main, [["__scopeId", "data-v-e9f3f952"]]);
const RawTheme = {
  extends: theme,
  // the home hero gets its install line under the tagline
  Layout: () => h(theme.Layout, null, { "home-hero-info-after": () => h(HeroInstall) }),
  enhanceApp({ app }) {
    app.component("GradientNormPlot", GradientNormPlot);
    app.component("TammesDemo", TammesDemo);
    app.component("Fig1Demo", Fig1Demo);
    app.component("TimingDemo", TimingDemo);
  }
};
const ClientOnly = defineComponent({
  setup(_, { slots }) {
    const show = ref(false);
    onMounted(() => {
      show.value = true;
    });
    return () => show.value && slots.default ? slots.default() : null;
  }
});
function useCodeGroups() {
  if (inBrowser) {
    window.addEventListener("click", (e) => {
      var _a;
      const el = e.target;
      if (el.matches(".vp-code-group input")) {
        const group = (_a = el.parentElement) == null ? void 0 : _a.parentElement;
        if (!group)
          return;
        const i = Array.from(group.querySelectorAll("input")).indexOf(el);
        if (i < 0)
          return;
        const blocks = group.querySelector(".blocks");
        if (!blocks)
          return;
        const current = Array.from(blocks.children).find((child) => child.classList.contains("active"));
        if (!current)
          return;
        const next = blocks.children[i];
        if (!next || current === next)
          return;
        current.classList.remove("active");
        next.classList.add("active");
        const label = group == null ? void 0 : group.querySelector(`label[for="${el.id}"]`);
        label == null ? void 0 : label.scrollIntoView({ block: "nearest" });
      }
    });
  }
}
function useCopyCode() {
  if (inBrowser) {
    const timeoutIdMap = /* @__PURE__ */ new WeakMap();
    window.addEventListener("click", (e) => {
      var _a;
      const el = e.target;
      if (el.matches('div[class*="language-"] > button.copy')) {
        const parent = el.parentElement;
        const sibling = (_a = el.nextElementSibling) == null ? void 0 : _a.nextElementSibling;
        if (!parent || !sibling) {
          return;
        }
        const isShell = /language-(shellscript|shell|bash|sh|zsh)/.test(parent.className);
        const ignoredNodes = [".vp-copy-ignore", ".diff.remove"];
        const clone = sibling.cloneNode(true);
        clone.querySelectorAll(ignoredNodes.join(",")).forEach((node) => node.remove());
        let text = clone.textContent || "";
        if (isShell) {
          text = text.replace(/^ *(\$|>) /gm, "").trim();
        }
        copyToClipboard(text).then(() => {
          el.classList.add("copied");
          clearTimeout(timeoutIdMap.get(el));
          const timeoutId = setTimeout(() => {
            el.classList.remove("copied");
            el.blur();
            timeoutIdMap.delete(el);
          }, 2e3);
          timeoutIdMap.set(el, timeoutId);
        });
      }
    });
  }
}
async function copyToClipboard(text) {
  try {
    return navigator.clipboard.writeText(text);
  } catch {
    const element = document.createElement("textarea");
    const previouslyFocusedElement = document.activeElement;
    element.value = text;
    element.setAttribute("readonly", "");
    element.style.contain = "strict";
    element.style.position = "absolute";
    element.style.left = "-9999px";
    element.style.fontSize = "12pt";
    const selection = document.getSelection();
    const originalRange = selection ? selection.rangeCount > 0 && selection.getRangeAt(0) : null;
    document.body.appendChild(element);
    element.select();
    element.selectionStart = 0;
    element.selectionEnd = text.length;
    document.execCommand("copy");
    document.body.removeChild(element);
    if (originalRange) {
      selection.removeAllRanges();
      selection.addRange(originalRange);
    }
    if (previouslyFocusedElement) {
      previouslyFocusedElement.focus();
    }
  }
}
function useUpdateHead(route, siteDataByRouteRef) {
  let isFirstUpdate = true;
  let managedHeadElements = [];
  const updateHeadTags = (newTags) => {
    if (isFirstUpdate) {
      isFirstUpdate = false;
      newTags.forEach((tag) => {
        const headEl = createHeadElement(tag);
        for (const el of document.head.children) {
          if (el.isEqualNode(headEl)) {
            managedHeadElements.push(el);
            return;
          }
        }
      });
      return;
    }
    const newElements = newTags.map(createHeadElement);
    managedHeadElements.forEach((oldEl, oldIndex) => {
      const matchedIndex = newElements.findIndex((newEl) => newEl == null ? void 0 : newEl.isEqualNode(oldEl ?? null));
      if (matchedIndex !== -1) {
        delete newElements[matchedIndex];
      } else {
        oldEl == null ? void 0 : oldEl.remove();
        delete managedHeadElements[oldIndex];
      }
    });
    newElements.forEach((el) => el && document.head.appendChild(el));
    managedHeadElements = [...managedHeadElements, ...newElements].filter(Boolean);
  };
  watchEffect(() => {
    const pageData = route.data;
    const siteData2 = siteDataByRouteRef.value;
    const pageDescription = pageData && pageData.description;
    const frontmatterHead = pageData && pageData.frontmatter.head || [];
    const title = createTitle(siteData2, pageData);
    if (title !== document.title) {
      document.title = title;
    }
    const description = pageDescription || siteData2.description;
    let metaDescriptionElement = document.querySelector(`meta[name=description]`);
    if (metaDescriptionElement) {
      if (metaDescriptionElement.getAttribute("content") !== description) {
        metaDescriptionElement.setAttribute("content", description);
      }
    } else {
      createHeadElement(["meta", { name: "description", content: description }]);
    }
    updateHeadTags(mergeHead(siteData2.head, filterOutHeadDescription(frontmatterHead)));
  });
}
function createHeadElement([tag, attrs, innerHTML]) {
  const el = document.createElement(tag);
  for (const key in attrs) {
    el.setAttribute(key, attrs[key]);
  }
  if (innerHTML) {
    el.innerHTML = innerHTML;
  }
  if (tag === "script" && attrs.async == null) {
    el.async = false;
  }
  return el;
}
function isMetaDescription(headConfig) {
  return headConfig[0] === "meta" && headConfig[1] && headConfig[1].name === "description";
}
function filterOutHeadDescription(head) {
  return head.filter((h2) => !isMetaDescription(h2));
}
const hasFetched = /* @__PURE__ */ new Set();
const createLink = () => document.createElement("link");
const viaDOM = (url) => {
  const link2 = createLink();
  link2.rel = `prefetch`;
  link2.href = url;
  document.head.appendChild(link2);
};
const viaXHR = (url) => {
  const req = new XMLHttpRequest();
  req.open("GET", url, req.withCredentials = true);
  req.send();
};
let link;
const doFetch = inBrowser && (link = createLink()) && link.relList && link.relList.supports && link.relList.supports("prefetch") ? viaDOM : viaXHR;
function usePrefetch() {
  if (!inBrowser) {
    return;
  }
  if (!window.IntersectionObserver) {
    return;
  }
  let conn;
  if ((conn = navigator.connection) && (conn.saveData || /2g/.test(conn.effectiveType))) {
    return;
  }
  const rIC = window.requestIdleCallback || setTimeout;
  let observer = null;
  const observeLinks = () => {
    if (observer) {
      observer.disconnect();
    }
    observer = new IntersectionObserver((entries) => {
      entries.forEach((entry) => {
        if (entry.isIntersecting) {
          const link2 = entry.target;
          observer.unobserve(link2);
          const { pathname } = link2;
          if (!hasFetched.has(pathname)) {
            hasFetched.add(pathname);
            const pageChunkPath = pathToFile(pathname);
            if (pageChunkPath)
              doFetch(pageChunkPath);
          }
        }
      });
    });
    rIC(() => {
      document.querySelectorAll("#app a").forEach((link2) => {
        const { hostname, pathname } = new URL(link2.href instanceof SVGAnimatedString ? link2.href.animVal : link2.href, link2.baseURI);
        const extMatch = pathname.match(/\.\w+$/);
        if (extMatch && extMatch[0] !== ".html") {
          return;
        }
        if (
          // only prefetch same tab navigation, since a new tab will load
          // the lean js chunk instead.
          link2.target !== "_blank" && // only prefetch inbound links
          hostname === location.hostname
        ) {
          if (pathname !== location.pathname) {
            observer.observe(link2);
          } else {
            hasFetched.add(pathname);
          }
        }
      });
    });
  };
  onMounted(observeLinks);
  const route = useRoute();
  watch(() => route.path, observeLinks);
  onUnmounted(() => {
    observer && observer.disconnect();
  });
}
function resolveThemeExtends(theme2) {
  if (theme2.extends) {
    const base = resolveThemeExtends(theme2.extends);
    return {
      ...base,
      ...theme2,
      async enhanceApp(ctx) {
        if (base.enhanceApp)
          await base.enhanceApp(ctx);
        if (theme2.enhanceApp)
          await theme2.enhanceApp(ctx);
      }
    };
  }
  return theme2;
}
const Theme = resolveThemeExtends(RawTheme);
const VitePressApp = defineComponent({
  name: "VitePressApp",
  setup() {
    const { site, lang, dir } = useData$1();
    onMounted(() => {
      watchEffect(() => {
        document.documentElement.lang = lang.value;
        document.documentElement.dir = dir.value;
      });
    });
    if (site.value.router.prefetchLinks) {
      usePrefetch();
    }
    useCopyCode();
    useCodeGroups();
    if (Theme.setup)
      Theme.setup();
    return () => h(Theme.Layout);
  }
});
async function createApp() {
  globalThis.__VITEPRESS__ = true;
  const router = newRouter();
  const app = newApp();
  app.provide(RouterSymbol, router);
  const data = initData(router.route);
  app.provide(dataSymbol, data);
  app.component("Content", Content);
  app.component("ClientOnly", ClientOnly);
  Object.defineProperties(app.config.globalProperties, {
    $frontmatter: {
      get() {
        return data.frontmatter.value;
      }
    },
    $params: {
      get() {
        return data.page.value.params;
      }
    }
  });
  if (Theme.enhanceApp) {
    await Theme.enhanceApp({
      app,
      router,
      siteData: siteDataRef
    });
  }
  return { app, router, data };
}
function newApp() {
  return createSSRApp(VitePressApp);
}
function newRouter() {
  let isInitialPageLoad = inBrowser;
  return createRouter((path) => {
    let pageFilePath = pathToFile(path);
    let pageModule = null;
    if (pageFilePath) {
      if (isInitialPageLoad) {
        pageFilePath = pageFilePath.replace(/\.js$/, ".lean.js");
      }
      if (false) ;
      else {
        pageModule = import(
          /*@vite-ignore*/
          pageFilePath
        );
      }
    }
    if (inBrowser) {
      isInitialPageLoad = false;
    }
    return pageModule;
  }, Theme.NotFound);
}
if (inBrowser) {
  createApp().then(({ app, router, data }) => {
    router.go().then(() => {
      useUpdateHead(router.route, data.site);
      app.mount("#app");
    });
  });
}
async function render(path) {
  const { app, router } = await createApp();
  await router.go(path);
  const ctx = { content: "", vpSocialIcons: /* @__PURE__ */ new Set() };
  ctx.content = await renderToString(app, ctx);
  return ctx;
}
export {
  ASIN_COEFFS as A,
  BINARY_FUNCTIONS as B,
  MMARegError as M,
  UNARY_FUNCTIONS as U,
  ATAN_COEFFS as a,
  compensatedSum as b,
  createCpuBackend as c,
  defineBackend as d,
  createScopeTracker as e,
  polyAtan2 as f,
  tryOnScopeDispose as g,
  useData as h,
  computedAsync as i,
  useSessionStorage as j,
  useLocalStorage as k,
  useRouter as l,
  createSearchTranslate as m,
  notNullish as n,
  onKeyStroke as o,
  polyAcos as p,
  useEventListener as q,
  useScrollLock as r,
  render,
  dataSymbol as s,
  toArray as t,
  unrefElement as u,
  pathToFile as v,
  watchDebounced as w,
  inBrowser as x,
  escapeRegExp as y
};
