import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decode, defaultDecodeLimits, type DecodeLimits } from './decode'
import {
  encodeFeedback,
  encodeOrder,
  encodePayload,
  encodeProduct,
  encodeRatingSubmit,
  encodeTaskBranchReply,
  encodeTaskFormSubmission,
  encodeTransferToHuman,
  encodeTransferToTaskFlow,
  type OutgoingDraft,
} from './encode'
import { deskEdgeExamples, deskExamples, docExamples, edgeExamples } from './examples'
import { aiLabelOf, feedbackTargetOf, readMessageMeta } from './meta'
import { SILENT_SRCS, SRC, type DecodedPayload, type MenuItem, type OrderField, type PayloadKind, type TaskFormVariable } from '../types'

const RUNS = 600
/** Timeout of the heaviest properties: the machine running the suite may be shared and slow. */
const HEAVY = 60_000

/** fc.record, without the null-prototype objects it mixes in by default (toStrictEqual compares prototypes). */
function record<T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> {
  return fc.record(model, { noNullPrototype: true })
}

// ---------------------------------------------------------------------------------------------
// Checks that hold for every decode result

const DECODED_KINDS = new Set<PayloadKind>([
  'start', 'rating', 'ratingSubmit', 'typing', 'botCommand', 'branch', 'sessionEnd', 'sessionTimeout', 'form',
  'product', 'ratingRules', 'ratingRequest', 'seatStatus', 'endSession', 'order', 'welcome', 'clarify', 'richText',
  'stream', 'unknown', 'invalid',
  'taskBranch', 'taskForm', 'transferToTaskFlow', 'thinking', 'concurrencyLimit', 'timeoutWarning', 'agentTips',
  'transferToHuman', 'sessionRestarted', 'feedbackMenu', 'feedback', 'silent',
])

/** Largest nesting depth and total count of the values in a copied free-form value. */
function measure(v: unknown, depth = 0): { depth: number; values: number } {
  if (v === null || typeof v !== 'object') return { depth, values: 1 }
  let deepest = depth
  let values = 1
  for (const child of Object.values(v)) {
    const m = measure(child, depth + 1)
    deepest = Math.max(deepest, m.depth)
    values += m.values
  }
  return { depth: deepest, values }
}

/** Every string in `v`, with the key it sits under. */
function strings(v: unknown, key = ''): { key: string; value: string }[] {
  if (typeof v === 'string') return [{ key, value: v }]
  if (v === null || typeof v !== 'object') return []
  return Object.entries(v).flatMap(([k, child]) => strings(child, Array.isArray(v) ? key : k))
}

/** Asserts the result is a well-formed payload that respects `limits`. */
function expectWellFormed(p: DecodedPayload, limits: DecodeLimits = defaultDecodeLimits): void {
  expect(DECODED_KINDS.has(p.kind)).toBe(true)
  // plain JSON data, stable through a JSON round trip (the engine may persist it)
  expect(JSON.parse(JSON.stringify(p))).toStrictEqual(p)
  if (p.kind === 'invalid') {
    expect(typeof p.reason).toBe('string')
    expect(p.reason.length).toBeGreaterThan(0)
    if ('src' in p) expect(typeof p.src).toBe('string')
    return
  }
  expect(typeof p.src).toBe('string')
  expect(p.src.length).toBeGreaterThan(0)
  expect(p.src.length).toBeLessThanOrEqual(64)

  if (p.kind === 'unknown' || p.kind === 'botCommand' || p.kind === 'taskBranch' || p.kind === 'transferToHuman' || p.kind === 'transferToTaskFlow') {
    const free = p.kind === 'unknown' ? p.data : p.kind === 'taskBranch' ? p.taskInfo : p.content
    if (free !== undefined) {
      const m = measure(free, p.kind === 'unknown' ? 0 : 1)
      expect(m.depth).toBeLessThanOrEqual(limits.maxDepth)
      expect(m.values).toBeLessThanOrEqual(limits.maxCopyValues)
    }
  }
  if (p.kind === 'richText') {
    expect(p.content.length).toBeLessThanOrEqual(limits.maxTextLength)
  } else if (p.kind === 'stream') {
    expect(p.chunks.length).toBeLessThanOrEqual(limits.maxChunks)
    expect(p.chunks.join('').length).toBeLessThanOrEqual(limits.maxTextLength)
  } else {
    for (const s of strings(p)) {
      // kind, src and subtype are ours (src has its own bound above), not copied text
      if (!['kind', 'src', 'subtype'].includes(s.key)) expect(s.value.length).toBeLessThanOrEqual(limits.maxStringLength)
    }
  }
  for (const list of [
    'menu' in p ? p.menu : [],
    'items' in p ? p.items : [],
    'customField' in p ? p.customField ?? [] : [],
    'inputVariables' in p ? p.inputVariables : [],
    'reasons' in p ? p.reasons : [],
    ...('inputVariables' in p ? p.inputVariables.map((v) => v.chooseItemList) : []),
  ]) {
    expect(list.length).toBeLessThanOrEqual(limits.maxItems)
  }
}

function decodeSafely(data: unknown, limits?: Partial<DecodeLimits>): DecodedPayload {
  let result: DecodedPayload | undefined
  expect(() => { result = decode(data, limits) }).not.toThrow()
  return result as DecodedPayload
}

const TIGHT: DecodeLimits = { maxInputLength: 5_000, maxStringLength: 6, maxTextLength: 12, maxItems: 3, maxChunks: 4, maxDepth: 3, maxCopyValues: 12 }

// ---------------------------------------------------------------------------------------------
// Never throws

const anything = fc.anything({
  withBigInt: true,
  withNullPrototype: true,
  withObjectString: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  stringUnit: 'binary',
  maxDepth: 4,
})

const knownSrc = fc.constantFrom(...Object.values(SRC), ...SILENT_SRCS)
const srcLike = fc.oneof(knownSrc, knownSrc.map(Number), fc.string({ maxLength: 4 }), fc.integer(), anything)

/** Something shaped like a customer-service message, with anything inside. */
const envelope = fc.record(
  {
    customerServicePlugin: fc.oneof(fc.constant(0), fc.constant('0'), anything),
    chatbotPlugin: fc.oneof(fc.constant(1), anything),
    src: srcLike,
    subtype: fc.oneof(fc.constantFrom('welcome_msg', 'clarify_msg'), anything),
    content: anything,
    menuContent: anything,
    menuSelected: anything,
    chunks: anything,
    isFinished: anything,
    menu: anything,
    selected: anything,
    // Desk top-level fields
    status: fc.oneof(fc.constantFrom(0, 1, 2, '0'), anything),
    optionType: fc.oneof(fc.constantFrom(0, 1, '1'), anything),
    taskInfo: fc.oneof(fc.constant({ taskID: 1, nodeID: 'n', env: 'prod' }), anything),
    nodeStatus: fc.oneof(fc.constantFrom(0, 2, '1'), anything),
    thinkingStatus: fc.oneof(fc.constantFrom(0, 1, '0'), anything),
    typingStatus: fc.oneof(fc.constantFrom(0, 1, '1'), anything),
    triggeredContent: fc.oneof(fc.record({ language: fc.oneof(fc.constantFrom('en', 'zh'), anything) }), anything),
    allowClientSendRating: anything,
  },
  { requiredKeys: ['src'], noNullPrototype: true },
)

describe('decode never throws', () => {
  it('on anything at all', () => {
    fc.assert(fc.property(anything, (data) => expectWellFormed(decodeSafely(data))), { numRuns: RUNS })
  }, HEAVY)

  it('on any string, UTF-16 soup included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (data) => expectWellFormed(decodeSafely(data))), { numRuns: RUNS })
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '0', '\\', 'src', 'content') }), (data) => {
      expectWellFormed(decodeSafely(data))
    }), { numRuns: RUNS })
  })

  it('on any JSON text', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 5, stringUnit: 'binary' }), (data) => expectWellFormed(decodeSafely(data))), { numRuns: RUNS })
  }, HEAVY)

  it('on message-shaped objects with anything inside, as objects and as JSON', () => {
    fc.assert(fc.property(envelope, (data) => {
      expectWellFormed(decodeSafely(data))
      let json: string | undefined
      try {
        json = JSON.stringify(data)
      } catch {
        // BigInt and friends: only the object form applies
      }
      if (json !== undefined) expectWellFormed(decodeSafely(json))
    }), { numRuns: RUNS })
  }, HEAVY)

  it('and respects tight limits on message-shaped input', () => {
    fc.assert(fc.property(envelope, (data) => expectWellFormed(decodeSafely(data, TIGHT), TIGHT)), { numRuns: RUNS })
  }, HEAVY)
})

// ---------------------------------------------------------------------------------------------
// Examples with one field replaced

type Path = (string | number)[]

function pathsOf(v: unknown, prefix: Path = []): Path[] {
  if (v === null || typeof v !== 'object') return [prefix]
  const children = Object.entries(v).flatMap(([k, child]) => pathsOf(child, [...prefix, Array.isArray(v) ? Number(k) : k]))
  return prefix.length === 0 ? children : [prefix, ...children]
}

function replaceAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value
  const [head, ...rest] = path
  const copy: Record<string | number, unknown> = Array.isArray(root) ? [...root] as unknown as Record<number, unknown> : { ...(root as object) }
  copy[head] = replaceAt((root as Record<string | number, unknown>)[head], rest, value)
  return copy
}

const parsedExamples: unknown[] = [
  ...Object.values(docExamples).map((s) => JSON.parse(s) as unknown),
  ...Object.values(deskExamples).map((s) => JSON.parse(s) as unknown),
  ...[...Object.values(edgeExamples), ...Object.values(deskEdgeExamples)].flatMap((v) => {
    if (typeof v !== 'string') return [v]
    try {
      return [JSON.parse(v) as unknown]
    } catch {
      return []
    }
  }),
].filter((v) => v !== null && typeof v === 'object')

const mutatedExample = fc.constantFrom(...parsedExamples).chain((example) =>
  fc.tuple(fc.constantFrom(...pathsOf(example)), fc.jsonValue({ maxDepth: 3 }), fc.boolean()).map(([path, value, remove]) =>
    remove ? replaceAt(example, path, undefined) : replaceAt(example, path, value)),
)

describe('decode on documented and edge examples with a field replaced', () => {
  it('never throws and stays well formed', () => {
    fc.assert(fc.property(mutatedExample, (data) => {
      expectWellFormed(decodeSafely(data))
      expectWellFormed(decodeSafely(JSON.stringify(data)))
    }), { numRuns: 2_000 })
  }, HEAVY)

  it('gives the same result for the object and its JSON', () => {
    fc.assert(fc.property(mutatedExample, (data) => {
      expect(decode(JSON.stringify(data))).toStrictEqual(decode(JSON.parse(JSON.stringify(data))))
    }), { numRuns: RUNS })
  }, HEAVY)
})

// ---------------------------------------------------------------------------------------------
// Round trips: one arbitrary per known kind, within the default limits

const text = fc.string({ unit: 'binary', maxLength: 24 })
const visible = text.filter((s) => s.trim() !== '')
const longText = fc.string({ unit: 'binary', maxLength: 400 })
const menuItem: fc.Arbitrary<MenuItem> = fc.record({ content: visible, desc: text }, { requiredKeys: ['content'], noNullPrototype: true })
const items = (min: number, max: number): fc.Arbitrary<MenuItem[]> => fc.array(menuItem, { minLength: min, maxLength: max })
const option = record({ id: visible, content: visible })
const finite = fc.oneof(
  fc.integer({ min: 0, max: 2 ** 40 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
)
const jsonRecord = fc.dictionary(
  fc.string({ maxLength: 8 }).filter((k) => k !== '__proto__' && k !== 'command'),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
  { maxKeys: 6, noNullPrototype: true },
  // a nested `__proto__` key is dropped by the decoder's copy, by design (as in plainRecord)
).filter((r) => !JSON.stringify(r).includes('"__proto__"'))
/** A JSON object without `__proto__` keys, in the form a JSON round trip gives back. */
const plainRecord = fc.dictionary(
  fc.string({ maxLength: 8 }).filter((k) => k !== '__proto__'),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
  { maxKeys: 6, noNullPrototype: true },
  // a nested `__proto__` key is dropped by the decoder's copy, by design
).filter((r) => !JSON.stringify(r).includes('"__proto__"'))
const productField = record({ name: text, value: text }).filter((f) => f.name.trim() !== '' || f.value.trim() !== '')
const taskFormVariable: fc.Arbitrary<TaskFormVariable> = record({
  name: visible,
  type: text,
  formType: fc.constantFrom(0 as const, 1 as const),
  placeholder: text,
  isRequired: fc.boolean(),
  variableValue: text,
  chooseItemList: fc.array(visible, { maxLength: 5 }),
})
const orderField: fc.Arbitrary<OrderField> = fc.record({ name: text, value: text, customerValue: text }, { requiredKeys: ['name', 'value'], noNullPrototype: true })
  .filter((f) => f.name.trim() !== '' || f.value.trim() !== '')

const arbitraries: Record<Exclude<DecodedPayload['kind'], 'unknown' | 'invalid'>, fc.Arbitrary<DecodedPayload>> = {
  start: fc.oneof(fc.constant({ kind: 'start' as const, src: '7' as const }), visible.map((language) => ({ kind: 'start' as const, src: '7' as const, language }))),
  typing: fc.oneof(fc.constant({ kind: 'typing' as const, src: '12' as const }), fc.constantFrom(0 as const, 1 as const).map((typingStatus) => ({ kind: 'typing' as const, src: '12' as const, typingStatus }))),
  sessionEnd: fc.constant({ kind: 'sessionEnd', src: '19' }),
  sessionTimeout: fc.constant({ kind: 'sessionTimeout', src: '20' }),
  ratingRequest: fc.constant({ kind: 'ratingRequest', src: '24' }),
  endSession: fc.oneof(fc.constant({ kind: 'endSession' as const, src: '27' as const }), visible.map((language) => ({ kind: 'endSession' as const, src: '27' as const, language }))),
  rating: fc.record(
    {
      kind: fc.constant('rating' as const),
      src: fc.constant('9' as const),
      head: text,
      tail: text,
      menu: fc.uniqueArray(option, { minLength: 1, maxLength: 8, selector: (o) => o.id }),
      type: fc.constantFrom(1 as const, 2 as const),
      sessionId: text,
      effectiveHour: finite,
      expireTime: finite,
      selected: option,
      allowClientSendRating: fc.boolean(),
    },
    { requiredKeys: ['kind', 'src', 'head', 'tail', 'menu', 'type', 'sessionId'], noNullPrototype: true },
  ),
  ratingSubmit: record({
    kind: fc.constant('ratingSubmit' as const),
    src: fc.constant('10' as const),
    menuSelected: record({ id: visible, content: text, sessionId: visible }),
  }),
  botCommand: fc.oneof(
    fc.constant({ kind: 'botCommand' as const, src: '13' as const, command: '' }),
    fc.tuple(text, jsonRecord).map(([command, rest]) => ({ kind: 'botCommand' as const, src: '13' as const, command, content: { ...rest, command } })),
    fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 4 }))
      .map((content) => ({ kind: 'botCommand' as const, src: '13' as const, command: '', content })),
  ),
  branch: fc.record(
    {
      kind: fc.constant('branch' as const),
      src: fc.constant('15' as const),
      header: text,
      items: items(1, 10),
      tail: text,
      selected: record({ content: visible }),
    },
    { requiredKeys: ['kind', 'src', 'header', 'items', 'tail'], noNullPrototype: true },
  ),
  form: fc.oneof(
    fc.record(
      { kind: fc.constant('form' as const), src: fc.constant('21' as const), header: text, type: fc.constant(1 as const), items: items(1, 10), selected: record({ content: visible }) },
      { requiredKeys: ['kind', 'src', 'header', 'type', 'items'], noNullPrototype: true },
    ),
    fc.record(
      { kind: fc.constant('form' as const), src: fc.constant('21' as const), header: text, type: fc.constant(0 as const), items: items(0, 3), selected: record({ content: visible }) },
      { requiredKeys: ['kind', 'src', 'header', 'type', 'items'], noNullPrototype: true },
    ),
  ),
  product: fc.record(
    { kind: fc.constant('product' as const), src: fc.constant('22' as const), header: text, desc: text, pic: text, url: text, customField: fc.array(productField, { maxLength: 5 }) },
    { requiredKeys: ['kind', 'src', 'header', 'desc', 'pic', 'url'], noNullPrototype: true },
  )
    .filter((p) => [p.header, p.desc, p.pic, p.url].some((s) => s.trim() !== '')),
  ratingRules: record({ kind: fc.constant('ratingRules' as const), src: fc.constant('23' as const), menuSendRuleFlag: fc.maxSafeNat() }),
  seatStatus: record({ kind: fc.constant('seatStatus' as const), src: fc.constant('26' as const), inSeat: fc.boolean() }),
  order: record({
    kind: fc.constant('order' as const),
    src: fc.constant('28' as const),
    guide: text,
    name: text,
    desc: text,
    pic: text,
    customField: fc.array(orderField, { maxLength: 5 }),
  }).filter((o) => [o.guide, o.name, o.desc, o.pic].some((s) => s.trim() !== '') || o.customField.length > 0),
  welcome: record({
    kind: fc.constant('welcome' as const), src: fc.constant('29' as const), subtype: fc.constant('welcome_msg' as const), title: text, content: text, items: items(1, 25),
  }),
  clarify: record({
    kind: fc.constant('clarify' as const), src: fc.constant('29' as const), subtype: fc.constant('clarify_msg' as const), title: text, content: text, items: items(1, 10),
  }),
  richText: record({ kind: fc.constant('richText' as const), src: fc.constant('30' as const), content: longText }),
  stream: record({ kind: fc.constant('stream' as const), src: fc.constant('31' as const), chunks: fc.array(text, { maxLength: 12 }), isFinished: fc.boolean() }),
  taskBranch: fc.record(
    {
      kind: fc.constant('taskBranch' as const),
      src: fc.constant('32' as const),
      status: fc.integer({ min: -5, max: 5 }),
      optionType: fc.constantFrom(0 as const, 1 as const),
      taskInfo: plainRecord,
      header: visible,
      // blank and empty items are kept (drawn as "content is abnormal")
      items: fc.array(fc.record({ content: text, desc: text }, { requiredKeys: ['content'], noNullPrototype: true }), { maxLength: 8 }),
      tail: text,
      selected: fc.record({ content: visible, desc: text }, { requiredKeys: ['content'], noNullPrototype: true }),
    },
    { requiredKeys: ['kind', 'src', 'status', 'optionType', 'header', 'items', 'tail'], noNullPrototype: true },
  ),
  taskForm: fc.record(
    {
      kind: fc.constant('taskForm' as const),
      src: fc.constant('33' as const),
      nodeStatus: fc.integer({ min: 0, max: 3 }),
      tip: text,
      inputVariables: fc.uniqueArray(taskFormVariable, { minLength: 1, maxLength: 6, selector: (v) => v.name }),
    },
    { requiredKeys: ['kind', 'src', 'tip', 'inputVariables'], noNullPrototype: true },
  ),
  transferToTaskFlow: record({ kind: fc.constant('transferToTaskFlow' as const), src: fc.constant('34' as const), content: plainRecord }),
  thinking: record({ kind: fc.constant('thinking' as const), src: fc.constant('35' as const), thinkingStatus: fc.constantFrom(0 as const, 1 as const) }),
  concurrencyLimit: fc.constant({ kind: 'concurrencyLimit' as const, src: '36' as const }),
  timeoutWarning: record({ kind: fc.constant('timeoutWarning' as const), src: fc.constant('37' as const), content: text }),
  agentTips: fc.constant({ kind: 'agentTips' as const, src: '38' as const }),
  transferToHuman: record({ kind: fc.constant('transferToHuman' as const), src: fc.constant('39' as const), content: plainRecord }),
  sessionRestarted: fc.constant({ kind: 'sessionRestarted' as const, src: '40' as const }),
  feedbackMenu: record({ kind: fc.constant('feedbackMenu' as const), src: fc.constant('42' as const), menu: fc.array(visible, { maxLength: 8 }) }),
  feedback: record({
    kind: fc.constant('feedback' as const),
    src: fc.constant('43' as const),
    messageID: visible,
    score: fc.constantFrom(0 as const, 1 as const, 2 as const),
    reasons: fc.array(visible, { maxLength: 6 }),
    feedbackContent: text,
  }),
  silent: fc.constantFrom(...SILENT_SRCS).map((src) => ({ kind: 'silent' as const, src })),
}

describe('round trip: decode(encodePayload(p)) equals p', () => {
  for (const [kind, arbitrary] of Object.entries(arbitraries)) {
    it(`for every ${kind}`, () => {
      fc.assert(fc.property(arbitrary, (p) => {
        expect(decode(encodePayload(p))).toStrictEqual(p)
      }), { numRuns: ['sessionEnd', 'sessionTimeout', 'ratingRequest', 'concurrencyLimit', 'agentTips', 'sessionRestarted'].includes(kind) ? 1 : 300 })
    })
  }

  it('at the edge of the limits', () => {
    const limits: Partial<DecodeLimits> = { maxStringLength: 24, maxItems: 10, maxTextLength: 400 }
    const atLimit = record({
      kind: fc.constant('branch' as const),
      src: fc.constant('15' as const),
      header: fc.string({ unit: 'grapheme-ascii', minLength: 24, maxLength: 24 }),
      items: fc.array(record({ content: fc.string({ unit: 'grapheme-ascii', minLength: 24, maxLength: 24 }).filter((s) => s.trim() !== '') }), { minLength: 10, maxLength: 10 }),
      tail: fc.constant(''),
    })
    fc.assert(fc.property(atLimit, (p) => {
      expect(decode(encodePayload(p), limits)).toStrictEqual(p)
      // one more of anything is cut back to the limit
      const over = { ...p, header: `${p.header}x`, items: [...p.items, { content: 'extra' }] }
      expect(decode(encodePayload(over), limits)).toStrictEqual(p)
    }), { numRuns: 100 })
  })
})

describe("round trip: decoding the customer builders' data", () => {
  const dataOf = (draft: OutgoingDraft): string => (draft.body.type === 'custom' ? draft.body.data : '')

  it('for rating submissions', () => {
    fc.assert(fc.property(record({ id: visible, content: visible, sessionId: visible }), (selected) => {
      expect(decode(dataOf(encodeRatingSubmit(selected)))).toStrictEqual({ kind: 'ratingSubmit', src: '10', menuSelected: selected })
    }), { numRuns: RUNS })
  })

  it('for product cards', () => {
    const card = record({ header: text, desc: text, pic: text, url: text }).filter((c) => [c.header, c.desc, c.pic, c.url].some((s) => s.trim() !== ''))
    fc.assert(fc.property(card, (c) => {
      expect(decode(dataOf(encodeProduct(c)))).toStrictEqual({ kind: 'product', src: '22', ...c })
    }), { numRuns: RUNS })
  })

  it('for order cards', () => {
    const order = record({ guide: visible, name: text, desc: text, pic: text, customField: fc.array(orderField, { maxLength: 5 }) })
    fc.assert(fc.property(order, (o) => {
      expect(decode(dataOf(encodeOrder(o)))).toStrictEqual({ kind: 'order', src: '28', ...o })
    }), { numRuns: RUNS })
  })
})

describe('Desk customer builders round trip through decode', () => {
  const dataOf = (draft: OutgoingDraft): string => (draft.body.type === 'custom' ? draft.body.data : '')

  it('for task-form submissions: every name and value comes back', () => {
    const form = fc.uniqueArray(taskFormVariable, { minLength: 1, maxLength: 6, selector: (v) => v.name })
    fc.assert(fc.property(form, fc.dictionary(visible, text, { noNullPrototype: true }), (inputVariables, values) => {
      const back = decode(dataOf(encodeTaskFormSubmission({ inputVariables }, values)))
      expect(back.kind).toBe('taskForm')
      if (back.kind !== 'taskForm') return
      expect(back.inputVariables.map((v) => v.name)).toStrictEqual(inputVariables.map((v) => v.name))
      expect(back.inputVariables.map((v) => v.variableValue)).toStrictEqual(
        inputVariables.map((v) => (Object.prototype.hasOwnProperty.call(values, v.name) ? values[v.name] : v.variableValue)))
    }), { numRuns: RUNS })
  })

  it('for feedback', () => {
    const feedback = record({ messageID: visible, score: fc.constantFrom(0 as const, 1 as const, 2 as const), reasons: fc.array(visible, { maxLength: 6 }), feedbackContent: text })
    fc.assert(fc.property(feedback, (f) => {
      expect(decode(dataOf(encodeFeedback(f)))).toStrictEqual({ kind: 'feedback', src: '43', ...f })
    }), { numRuns: RUNS })
  })

  it('for transfers', () => {
    fc.assert(fc.property(fc.oneof(fc.integer(), visible), plainRecord, (taskFlowID, extra) => {
      const back = decode(dataOf(encodeTransferToTaskFlow({ taskFlowID, extra })))
      expect(back).toStrictEqual({ kind: 'transferToTaskFlow', src: '34', content: { ...extra, taskFlowID } })
    }), { numRuns: RUNS })
    fc.assert(fc.property(fc.array(visible, { maxLength: 4 }), fc.option(fc.oneof(fc.integer(), visible), { nil: undefined }), (agents, group) => {
      const back = decode(dataOf(encodeTransferToHuman({ specifiedAgentList: agents, specifiedGroupID: group })))
      expect(back.kind).toBe('transferToHuman')
      if (back.kind !== 'transferToHuman') return
      if (agents.length > 0) expect(back.content.specifiedAgentList).toStrictEqual(agents)
      expect(back.content.specifiedGroupID).toStrictEqual(group)
    }), { numRuns: RUNS })
  })

  it('for src 32 replies: the metadata names the decoded taskInfo exactly', () => {
    fc.assert(fc.property(arbitraries.taskBranch, (p) => {
      const menu = decode(encodePayload(p))
      if (menu.kind !== 'taskBranch') throw new Error('not a task branch')
      for (const item of menu.items.filter((i) => i.content.trim() !== '')) {
        const draft = encodeTaskBranchReply(menu, item)
        expect(draft.body).toStrictEqual({ type: 'text', text: item.content })
        if (menu.optionType === 1 && menu.taskInfo) {
          expect(readMessageMeta(JSON.stringify(draft.cloudCustomData))?.data).toStrictEqual({ BranchOptionInfo: menu.taskInfo })
        } else {
          expect(draft.cloudCustomData).toBeUndefined()
        }
      }
    }), { numRuns: RUNS })
  })
})

describe('message metadata never throws', () => {
  it('on anything, as a value or its JSON, and stays plain data', () => {
    fc.assert(fc.property(anything, (v) => {
      for (const input of [v, (() => { try { return JSON.stringify(v) } catch { return undefined } })()]) {
        let meta: ReturnType<typeof readMessageMeta>
        expect(() => { meta = readMessageMeta(input) }).not.toThrow()
        if (meta !== undefined) {
          expect(typeof meta.raw).toBe('string')
          expect(JSON.parse(JSON.stringify(meta))).toStrictEqual(meta)
        }
        expect(() => aiLabelOf(input as string)).not.toThrow()
        expect(() => feedbackTargetOf(input as never)).not.toThrow()
      }
    }), { numRuns: RUNS })
  })
})
