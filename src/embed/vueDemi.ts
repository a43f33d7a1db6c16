// The embed build's stand-in for `vue-demi` (aliased in vite.embed.config.ts): the embed carries
// its own Vue 3, so the kit's compat layer takes its Vue 3 paths, whatever Vue the page has on
// `window`. (vue-demi's own v3 entry re-exports Vue as a namespace object, which would keep all of
// Vue in the bundle.)
export * from 'vue'
export const isVue2 = false
export const isVue3 = true
export const Vue2 = undefined
export function install(): void {}
