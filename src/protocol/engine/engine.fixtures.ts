// Shared builders for the engine tests: wire objects as a backend sends them, and a started
// engine over the fake transport with predictable client ids.
import { createFakeTransport, flush, type FakeTransport, type FakeTransportOptions } from '../../testing/fakeTransport'
import { createConversation } from './engine'
import type { ChatMessage, ConversationEngine, ConversationOptions, ConversationState } from './types'

export const cs = (src: string | number, rest: Record<string, unknown> = {}): Record<string, unknown> => ({
  customerServicePlugin: 0,
  src: String(src),
  ...rest,
})

export const rules = (flag: number) => cs(23, { content: { menuSendRuleFlag: flag } })
export const seat = (inSeat: boolean) => cs(26, { content: { command: 'updateSeatStatus', content: inSeat ? 'inSeat' : 'outSeat' } })
export const typingFlag = () => cs(12)
export const botCommand = () => cs(13, { content: { command: 'updateBotStatus' } })
export const sessionEnd = () => cs(19)
export const sessionTimeout = () => cs(20)
export const branch = (items: string[], selected?: string) =>
  cs(15, { content: { header: '请选择', items: items.map((content) => ({ content, desc: '' })), tail: '', ...(selected ? { selected: { content: selected } } : {}) } })
export const optionsForm = (items: string[], selected?: string) =>
  cs(21, { content: { header: '你喜欢吃什么?', type: 1, items: items.map((content) => ({ content })), ...(selected ? { selected: { content: selected } } : {}) } })
export const textForm = (selected?: string) => cs(21, { content: { header: '你的名字?', type: 0, ...(selected ? { selected: { content: selected } } : {}) } })
export const welcome = (items: string[]) => cs(29, { subtype: 'welcome_msg', content: { title: '猜你想问', content: '', items: items.map((content) => ({ content })) } })
export const clarify = (items: string[]) => cs(29, { subtype: 'clarify_msg', content: { title: '您可能想问', content: '', items: items.map((content) => ({ content })) } })
export const stream = (chunks: string[], finished = false) => cs(31, { chunks, isFinished: finished ? 1 : 0 })
export const RATING_MENU = [
  { id: '101', content: '非常不满意' },
  { id: '102', content: '不满意' },
  { id: '103', content: '一般' },
  { id: '104', content: '满意' },
  { id: '105', content: '非常满意' },
]
export const rating = (opts: { expireTime?: number; selected?: string; sessionId?: string } = {}) =>
  cs(9, {
    menuContent: {
      head: '请评价',
      tail: '谢谢',
      menu: RATING_MENU,
      type: 1,
      sessionId: opts.sessionId ?? 'session-1',
      ...(opts.expireTime !== undefined ? { expireTime: opts.expireTime } : {}),
      ...(opts.selected ? { selected: RATING_MENU.find((o) => o.id === opts.selected) } : {}),
    },
  })

export interface Harness {
  t: FakeTransport
  engine: ConversationEngine
  state(): ConversationState
  messages(): readonly ChatMessage[]
  /** the `kind` of every drawn message, in order */
  kinds(): string[]
  /** text of every drawn text/notice message, in order */
  texts(): string[]
  /** the last drawn message */
  last(): ChatMessage
}

export interface SetupOptions {
  transport?: FakeTransportOptions
  engine?: Partial<ConversationOptions>
  /** call start() and let it settle @default true */
  start?: boolean
}

export async function setup(opts: SetupOptions = {}): Promise<Harness> {
  const t = createFakeTransport(opts.transport)
  let ids = 0
  const engine = createConversation({ transport: t, createId: () => `c${++ids}`, ...opts.engine })
  if (opts.start !== false) {
    await engine.start()
    await flush()
  }
  const messages = () => engine.getState().messages
  return {
    t,
    engine,
    state: () => engine.getState(),
    messages,
    kinds: () => messages().map((m) => m.payload.kind),
    texts: () => messages().flatMap((m) => (m.payload.kind === 'text' || m.payload.kind === 'notice' ? [m.payload.text] : [])),
    last: () => messages()[messages().length - 1],
  }
}

/** The src of every delivered custom message. */
export function deliveredSrcs(t: FakeTransport): string[] {
  return t.deliveredCustom().map((d) => String(d.src))
}
