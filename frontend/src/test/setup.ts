// jsdom lacks a few browser APIs that Element Plus touches.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList
}
if (!('ResizeObserver' in window)) {
  ;(window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
}

// jsdom has no layout, so el-form's label-width="auto" measures NaN; that warning is noise here.
const warn = console.warn.bind(console)
console.warn = (...args: unknown[]) => {
  if (String(args[0]).includes('[ElForm] unexpected width')) return
  warn(...args)
}
