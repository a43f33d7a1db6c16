// Helpers for the shell's component tests (test files only). Everything works with
// @vue/test-utils v2 (Vue 3) and v1 (Vue 2.7), so each suite runs unchanged on both runtimes.
import { vi } from 'vitest'
import { nextTick } from 'vue-demi'
import { createConversation } from '../protocol/engine'
import type { ConversationEngine, ConversationOptions } from '../protocol/engine/types'
import { createFakeTransport, flush, type FakeTransport, type FakeTransportOptions } from './fakeTransport'
import { mountCompat } from './mount'

/** Lets the engine's promise chains settle and Vue re-render (twice: renders may schedule renders). */
export async function settle(): Promise<void> {
  await flush()
  await nextTick()
  await flush()
  await nextTick()
}

/** How long a test waits for a dynamic import (below the suite's 30 s test timeout, vitest.config.ts). */
export const LOAD_BUDGET_MS = 20_000

/**
 * Waits until `check` passes when what it waits for is a dynamic import (a lazy chunk, a locale):
 * for as long as a cold import may take when the suite runs on every core of a loaded machine,
 * which is longer than `vi.waitFor`'s default second (a chunk load measured 0.8 s on a quiet
 * moment). The wait is for the state, polled; the test's own timeout still bounds it.
 */
export function untilLoaded<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: LOAD_BUDGET_MS, interval: 10 })
}

/** `findAll` as a plain array (test-utils v1 returns a WrapperArray). */
export function all(wrapper: any, selector: string): any[] {
  const found = wrapper.findAll(selector)
  return Array.isArray(found) ? found : found.wrappers
}

/** Unmounts on both test-utils versions. */
export function unmount(wrapper: any): void {
  if (typeof wrapper.unmount === 'function') wrapper.unmount()
  else wrapper.destroy()
}

/** A fresh element in the document, so focus and `document.activeElement` work. */
export function host(): HTMLElement {
  const el = document.createElement('div')
  document.body.appendChild(el)
  return el
}

/**
 * Dispatches a real KeyboardEvent: test-utils v1 cannot set read-only fields such as
 * `isComposing` or `keyCode`. Returns whether the default was prevented.
 */
export async function keydown(el: Element, init: KeyboardEventInit & { keyCode?: number }): Promise<boolean> {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })
  if (init.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: init.keyCode })
  el.dispatchEvent(event)
  await nextTick()
  return event.defaultPrevented
}

/** Types into a textarea the way a browser does (value, then an input event). */
export async function type(el: HTMLTextAreaElement, value: string): Promise<void> {
  el.value = value
  el.dispatchEvent(new Event('input', { bubbles: true }))
  await nextTick()
}

export interface ChatHarness {
  transport: FakeTransport
  engine: ConversationEngine
}

/** A real engine over the fake transport. */
export function realEngine(transportOptions: FakeTransportOptions = {}, engineOptions: Partial<ConversationOptions> = {}): ChatHarness {
  const transport = createFakeTransport(transportOptions)
  const engine = createConversation({ transport, ...engineOptions })
  return { transport, engine }
}

/** Parsed `src` values of the custom messages the transport was asked to send, in order. */
export function sentSrcs(transport: FakeTransport): string[] {
  return transport.sent.flatMap((m) => {
    if (m.body.type !== 'custom') return []
    const data = JSON.parse(m.body.data) as { src?: unknown }
    return [String(data.src)]
  })
}

/** Texts the transport was asked to send (attempts, in order). */
export function sentTexts(transport: FakeTransport): string[] {
  return transport.sent.flatMap((m) => (m.body.type === 'text' ? [m.body.text] : []))
}

export { mountCompat, flush }
