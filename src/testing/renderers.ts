// Test helpers for the renderer suites. Only test files import this module. Everything here works
// with @vue/test-utils v2 (Vue 3) and v1 (Vue 2.7), so the same suites run on both runtimes.
import { vi } from 'vitest'
import { nextTick } from 'vue-demi'
import { translate } from '../i18n'
import { bindMessageActions, type MessageActions, type RenderContext } from '../messages/types'
import { mountCompat } from './mount'
import type { ChatMessage } from '../protocol/engine/types'

/** The clock every renderer test runs at: 2025-01-15 10:30 Beijing, like the fixtures. */
export const FIXED_NOW = Date.UTC(2025, 0, 15, 2, 30)

const ok = () => ({ ok: true as const, value: undefined })

/** Actions that succeed and record their calls. */
export function fakeActions(): { [K in keyof MessageActions]: ReturnType<typeof vi.fn> } & MessageActions {
  return {
    chooseBranchItem: vi.fn(ok),
    chooseSuggestion: vi.fn(ok),
    answerForm: vi.fn(ok),
    submitRating: vi.fn(ok),
    retry: vi.fn(ok),
    sendText: vi.fn(ok),
    chooseTaskBranchItem: vi.fn(ok),
    submitTaskForm: vi.fn(ok),
    sendFeedback: vi.fn(ok),
    cancelUpload: vi.fn(ok),
    retryUpload: vi.fn(ok),
  } as any
}

/** An English context with fake actions and a fixed clock. */
export function makeContext(overrides: Partial<RenderContext> = {}): RenderContext & { actions: ReturnType<typeof fakeActions> } {
  return {
    actions: fakeActions(),
    t: (k: string, p?: Record<string, string | number>) => translate('en', k, p),
    locale: 'en',
    now: () => FIXED_NOW,
    ...overrides,
  } as any
}

/** Mounts a renderer with a message and a context (attached to the document, so focus works). */
export function mountRenderer(component: any, message: ChatMessage, context: RenderContext = makeContext()): any {
  const host = document.createElement('div')
  document.body.appendChild(host)
  return mountCompat(component, { props: { message, context }, attachTo: host })
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

/**
 * Dispatches a real KeyboardEvent (test-utils v1 cannot set read-only fields such as
 * `isComposing` or `keyCode`), then waits for Vue to re-render.
 */
export async function key(el: Element, type: 'keydown' | 'keyup', init: KeyboardEventInit & { keyCode?: number }): Promise<KeyboardEvent> {
  const event = new KeyboardEvent(type, { bubbles: true, cancelable: true, ...init })
  if (init.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: init.keyCode })
  el.dispatchEvent(event)
  await nextTick()
  return event
}

/** Dispatches a plain event by name and waits for the re-render. */
export async function fire(el: Element, type: string): Promise<void> {
  el.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }))
  await nextTick()
}

/** A renderer mounted on a real engine over the fake transport. */
export interface LiveRenderer {
  wrapper: any
  transport: import('./fakeTransport').FakeTransport
  engine: import('../protocol/engine/types').ConversationEngine
  /** the message as the engine holds it now */
  message(): ChatMessage
  /** lets the engine and transport settle, then hands the renderer the engine's current message */
  settle(): Promise<void>
}

/**
 * Starts a real engine (`createConversation`) on `createFakeTransport()`, receives `data` (a
 * customer-service object) from the fake server, and mounts `component` with that message and
 * a context whose actions are the engine's. The renderer follows the engine like the shell
 * would: every engine change is passed down as the new `message` prop.
 */
export async function mountLive(component: any, data: Record<string, unknown>, contextOverrides: Partial<RenderContext> = {}): Promise<LiveRenderer> {
  const { createFakeTransport, flush } = await import('./fakeTransport')
  const { createConversation } = await import('../protocol/engine')
  const transport = createFakeTransport()
  const engine = createConversation({ transport })
  await engine.start()
  await flush()
  const incoming = transport.receiveCustom(data)
  await flush()
  const current = (): ChatMessage => {
    const found = engine.getState().messages.find((m) => m.serverId === incoming.id || m.id === incoming.id)
    if (!found) throw new Error('the engine did not keep the received message')
    return found
  }
  const actions: MessageActions = bindMessageActions(engine)
  const wrapper = mountRenderer(component, current(), makeContext({ actions, ...contextOverrides }) as RenderContext)
  return {
    wrapper,
    transport,
    engine,
    message: current,
    async settle() {
      await flush()
      const next = current()
      // test-utils v1 refuses setProps with the object it already has (the engine keeps a
      // message's object when nothing about it changed)
      if (next !== wrapper.props('message')) await wrapper.setProps({ message: next })
      await nextTick()
    },
  }
}
