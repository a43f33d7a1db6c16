// The Desk additions (PROTOCOL-DESK.md): every example of the page decoded and re-encoded, the
// customer builders for src 7/22/32/33/34/39/43, and the message-metadata helpers.
import { describe, expect, it } from 'vitest'
import { decode } from './decode'
import {
  encodeEndSession,
  encodeFeedback,
  encodePayload,
  encodeProduct,
  encodeStart,
  encodeTaskBranchReply,
  encodeTaskFormSubmission,
  encodeTransferToHuman,
  encodeTransferToTaskFlow,
  taskFormProblems,
  type OutgoingDraft,
} from './encode'
import { deskEdgeExamples, deskExamples, deskMetaExamples } from './examples'
import { aiLabelOf, branchOptionInfoOf, feedbackTargetOf, readMessageMeta } from './meta'
import { FLAG_KINDS, type DecodedPayload, type TaskBranchPayload, type TaskFormPayload } from '../types'

const dataOf = (draft: OutgoingDraft): unknown => {
  if (draft.body.type !== 'custom') throw new Error('not a custom body')
  return JSON.parse(draft.body.data)
}

const TASK_INFO = { taskID: 4182, nodeID: 'node-7f3a', env: 'prod' }
const PHONE = { name: 'Phone', type: 'string', formType: 0 as const, placeholder: '11 digits', isRequired: true, variableValue: '', chooseItemList: [] }
const BEST_TIME = { name: 'Best time', type: 'string', formType: 1 as const, placeholder: '', isRequired: false, variableValue: '', chooseItemList: ['Morning', 'Afternoon'] }

const decodedDesk: Record<keyof typeof deskExamples & string, DecodedPayload> = {
  taskBranch: {
    kind: 'taskBranch',
    src: '32',
    status: 0,
    optionType: 1,
    taskInfo: TASK_INFO,
    header: 'Which order do you need help with?',
    items: [{ content: 'Order placed this week', desc: '' }, { content: 'An older order', desc: '' }],
    tail: '',
  },
  taskForm: { kind: 'taskForm', src: '33', nodeStatus: 0, tip: 'Please tell us how to reach you', inputVariables: [PHONE, BEST_TIME] },
  taskFormSubmission: {
    kind: 'taskForm',
    src: '33',
    tip: '',
    inputVariables: [
      { name: 'Phone', type: '', formType: 0, placeholder: '', isRequired: true, variableValue: '13800001234', chooseItemList: [] },
      { name: 'Best time', type: '', formType: 0, placeholder: '', isRequired: false, variableValue: 'Afternoon', chooseItemList: [] },
    ],
  },
  transferToTaskFlow: { kind: 'transferToTaskFlow', src: '34', content: { taskFlowID: 4182 } },
  thinking: { kind: 'thinking', src: '35', thinkingStatus: 0 },
  concurrencyLimit: { kind: 'concurrencyLimit', src: '36' },
  timeoutWarning: { kind: 'timeoutWarning', src: '37', content: 'No reply for 3 minutes. This conversation will close in 2 minutes.' },
  transferToHuman: { kind: 'transferToHuman', src: '39', content: { specifiedAgentList: ['agent_01@example.com'], specifiedGroupID: 2473 } },
  startWithLanguage: { kind: 'start', src: '7', language: 'en' },
  productCustomField: {
    kind: 'product',
    src: '22',
    header: 'Trail shoe X2',
    desc: 'Size 42, blue',
    pic: 'https://example.com/x2.png',
    url: 'https://example.com/p/x2',
    customField: [{ name: 'SKU', value: 'X2-42-BL' }],
  },
  feedback: { kind: 'feedback', src: '43', messageID: '<IM ID of the rated bot message>', score: 2, reasons: ['Wrong information'], feedbackContent: 'Price is outdated' },
}

describe('decode: every PROTOCOL-DESK.md example', () => {
  for (const [name, expected] of Object.entries(decodedDesk)) {
    it(name, () => {
      expect(decode(deskExamples[name])).toStrictEqual(expected)
    })
  }

  it('re-encodes each one to data that decodes the same (the page\'s shapes, not only ours)', () => {
    for (const [name, expected] of Object.entries(decodedDesk)) {
      expect(decode(encodePayload(expected)), name).toStrictEqual(expected)
    }
  })

  it('re-encodes the service-side examples field for field', () => {
    for (const name of ['taskBranch', 'taskForm', 'thinking', 'concurrencyLimit', 'timeoutWarning', 'transferToTaskFlow', 'transferToHuman', 'startWithLanguage', 'productCustomField', 'feedback']) {
      expect(JSON.parse(encodePayload(decodedDesk[name])), name).toStrictEqual(JSON.parse(deskExamples[name]))
    }
  })
})

describe('decode: Desk edge cases', () => {
  const d = (name: string) => decode(deskEdgeExamples[name])

  it('src 32: numeric src, missing optionType → 0, locked status and the selected item kept', () => {
    expect(d('taskBranchAnswered')).toStrictEqual({
      kind: 'taskBranch', src: '32', status: 2, optionType: 0, header: 'Pick one', items: [{ content: 'A' }, { content: 'B' }], tail: '', selected: { content: 'B' },
    })
  })

  it('src 32: items without text are kept (the "content is abnormal" notice), string optionType read', () => {
    const p = d('taskBranchAbnormalItem') as TaskBranchPayload
    expect(p.optionType).toBe(1)
    expect(p.taskInfo).toStrictEqual({ taskID: '7', nodeID: 'n', env: 'test' })
    expect(p.items).toStrictEqual([{ content: 'Fine' }, { content: '', desc: 'no content' }, { content: '   ' }])
  })

  it('src 32: junk controls default to 0, a non-object taskInfo is dropped, title and string items read', () => {
    expect(d('taskBranchJunkControls')).toStrictEqual({
      kind: 'taskBranch', src: '32', status: 0, optionType: 0, header: 'Fallback title', items: [{ content: 'Yes' }, { content: 'No' }], tail: '',
    })
  })

  it('src 32: invalid without header and items, or with items not a list', () => {
    expect(d('taskBranchEmpty')).toMatchObject({ kind: 'invalid', src: '32' })
    expect(d('taskBranchItemsNotArray')).toMatchObject({ kind: 'invalid', src: '32', reason: 'src 32: content.items must be an array' })
    expect(decode({ customerServicePlugin: 0, src: '32', content: 'x' })).toMatchObject({ kind: 'invalid', src: '32' })
  })

  it('src 33: loose types, duplicate and nameless fields dropped, blank choices dropped', () => {
    expect(d('taskFormLoose')).toStrictEqual({
      kind: 'taskForm',
      src: '33',
      nodeStatus: 2,
      tip: 'Contact',
      inputVariables: [{ name: 'City', type: '', formType: 1, placeholder: '', isRequired: true, variableValue: 'Paris', chooseItemList: ['Paris', '3'] }],
    })
    expect(d('taskFormNoFields')).toMatchObject({ kind: 'invalid', src: '33' })
    expect(decode({ customerServicePlugin: 0, src: '33', content: { inputVariables: {} } })).toMatchObject({ kind: 'invalid', reason: 'src 33: content.inputVariables must be an array' })
  })

  it('src 35: only an explicit 0 means thinking', () => {
    expect(d('thinkingDone')).toStrictEqual({ kind: 'thinking', src: '35', thinkingStatus: 1 })
    expect(d('thinkingNoStatus')).toStrictEqual({ kind: 'thinking', src: '35', thinkingStatus: 1 })
    expect(decode({ customerServicePlugin: 0, src: '35', thinkingStatus: '0' })).toStrictEqual({ kind: 'thinking', src: '35', thinkingStatus: 0 })
  })

  it('src 37: a nested line is read; no line gives an empty content for the view\'s default', () => {
    expect(d('timeoutWarningObject')).toStrictEqual({ kind: 'timeoutWarning', src: '37', content: 'Closing soon' })
    expect(d('timeoutWarningEmpty')).toStrictEqual({ kind: 'timeoutWarning', src: '37', content: '' })
  })

  it('flags: 38, 40, 42 (blank reasons dropped), 25 silent, 39 with a non-object content', () => {
    expect(d('agentTips')).toStrictEqual({ kind: 'agentTips', src: '38' })
    expect(d('sessionRestarted')).toStrictEqual({ kind: 'sessionRestarted', src: '40' })
    expect(d('feedbackMenu')).toStrictEqual({ kind: 'feedbackMenu', src: '42', menu: ['答非所问', '信息错误'] })
    expect(d('botStatus')).toStrictEqual({ kind: 'silent', src: '25' })
    expect(d('transferToHumanBare')).toStrictEqual({ kind: 'transferToHuman', src: '39', content: {} })
    for (const name of ['agentTips', 'sessionRestarted', 'feedbackMenu', 'botStatus', 'transferToHumanBare']) {
      expect(FLAG_KINDS.has(d(name).kind), name).toBe(true)
    }
    for (const name of ['taskBranchAnswered', 'taskFormLoose', 'thinkingDone', 'timeoutWarningObject']) {
      expect(FLAG_KINDS.has(d(name).kind), name).toBe(false)
    }
    expect(FLAG_KINDS.has('concurrencyLimit')).toBe(false)
  })

  it('src 43: the rated message is required, and the score must be 0, 1 or 2', () => {
    expect(d('feedbackNoMessage')).toMatchObject({ kind: 'invalid', src: '43', reason: 'src 43: content.messageID must be a non-empty string' })
    expect(decode({ customerServicePlugin: 0, src: '43', content: { messageID: 'm', score: 3 } })).toMatchObject({ kind: 'invalid', src: '43' })
    expect(decode({ customerServicePlugin: 0, src: '43', content: { messageID: 'm', score: '1' } }))
      .toStrictEqual({ kind: 'feedback', src: '43', messageID: 'm', score: 1, reasons: [], feedbackContent: '' })
  })

  it('changed fields: typingStatus, allowClientSendRating, 27 language', () => {
    expect(d('typingStopped')).toStrictEqual({ kind: 'typing', src: '12', typingStatus: 0 })
    expect(d('typingStarted')).toStrictEqual({ kind: 'typing', src: '12', typingStatus: 1 })
    expect(decode({ customerServicePlugin: 0, src: '12', typingStatus: 'yes' })).toStrictEqual({ kind: 'typing', src: '12', typingStatus: 0 })
    expect(decode({ customerServicePlugin: 0, src: '12' })).toStrictEqual({ kind: 'typing', src: '12' })
    expect(d('ratingAllowFlag')).toMatchObject({ kind: 'rating', allowClientSendRating: false })
    expect(decode({ customerServicePlugin: 0, src: '9', menu: [{ id: '1', content: 'ok' }], allowClientSendRating: 'maybe' })).not.toHaveProperty('allowClientSendRating')
    expect(d('endSessionWithLanguage')).toStrictEqual({ kind: 'endSession', src: '27', language: 'zh' })
    expect(decode({ customerServicePlugin: 0, src: '7', triggeredContent: { language: '  ' } })).toStrictEqual({ kind: 'start', src: '7' })
  })

  it('src 22: customField rows without name and value are dropped; no list, no key', () => {
    expect(decode({ customerServicePlugin: 0, src: '22', content: { header: 'h', customField: [{ name: 'a', value: 1 }, { name: ' ', value: '' }, 'x'] } }))
      .toMatchObject({ customField: [{ name: 'a', value: '1' }] })
    expect(decode({ customerServicePlugin: 0, src: '22', content: { header: 'h' } })).not.toHaveProperty('customField')
  })
})

describe('Desk customer builders', () => {
  const menu = decode(deskExamples.taskBranch) as TaskBranchPayload
  const form = decode(deskExamples.taskForm) as TaskFormPayload

  it('src 32 reply: text with BranchOptionInfo metadata for fixed buttons (optionType 1)', () => {
    const draft = encodeTaskBranchReply(menu, menu.items[1])
    expect(draft).toStrictEqual({ body: { type: 'text', text: 'An older order' }, cloudCustomData: { BranchOptionInfo: TASK_INFO } })
    // exactly the page's metadata example once serialised
    expect(JSON.stringify(draft.cloudCustomData)).toBe(deskMetaExamples.branchOptionInfo)
  })

  it('src 32 reply: plain text for quick options (optionType 0) or without taskInfo', () => {
    expect(encodeTaskBranchReply({ ...menu, optionType: 0 }, 'Order placed this week')).toStrictEqual({ body: { type: 'text', text: 'Order placed this week' } })
    expect(encodeTaskBranchReply({ optionType: 1 }, 'x')).toStrictEqual({ body: { type: 'text', text: 'x' } })
  })

  it('src 32 reply: an abnormal (empty) item cannot be sent', () => {
    expect(() => encodeTaskBranchReply(menu, { content: '  ' })).toThrow(/no content/)
  })

  it('src 33 submission: every field with its value, as a stored src 33', () => {
    const draft = encodeTaskFormSubmission(form, { Phone: '13800001234', 'Best time': 'Afternoon' })
    expect(draft.options).toBeUndefined()
    expect(dataOf(draft)).toStrictEqual({
      customerServicePlugin: 0,
      src: '33',
      content: {
        inputVariables: [
          { name: 'Phone', type: 'string', formType: 0, placeholder: '11 digits', isRequired: 1, variableValue: '13800001234', chooseItemList: [] },
          { name: 'Best time', type: 'string', formType: 1, placeholder: '', isRequired: 0, variableValue: 'Afternoon', chooseItemList: ['Morning', 'Afternoon'] },
        ],
      },
    })
    // what the page lists as the common part survives decoding
    const back = decode((draft.body as { data: string }).data) as TaskFormPayload
    expect(back.inputVariables.map((v) => [v.name, v.variableValue])).toStrictEqual([['Phone', '13800001234'], ['Best time', 'Afternoon']])
  })

  it('src 33: problems name the required and the off-list fields; prefilled values count', () => {
    expect(taskFormProblems(form, {})).toStrictEqual([{ name: 'Phone', problem: 'required' }])
    expect(taskFormProblems(form, { Phone: '1', 'Best time': 'Night' })).toStrictEqual([{ name: 'Best time', problem: 'notAChoice' }])
    expect(taskFormProblems(form, { Phone: '1', 'Best time': 'Morning' })).toStrictEqual([])
    const prefilled = { inputVariables: [{ ...PHONE, variableValue: '555' }] }
    expect(taskFormProblems(prefilled)).toStrictEqual([])
    expect(dataOf(encodeTaskFormSubmission(prefilled))).toMatchObject({ content: { inputVariables: [{ variableValue: '555' }] } })
    // inherited names are not values
    expect(taskFormProblems({ inputVariables: [{ ...PHONE, name: 'toString' }] }, {})).toStrictEqual([{ name: 'toString', problem: 'required' }])
  })

  it('src 34 and 39: the (inferred) transfer bodies, stored, extra fields kept', () => {
    const flow = encodeTransferToTaskFlow({ taskFlowID: 4182 })
    expect(flow.options).toBeUndefined()
    expect(dataOf(flow)).toStrictEqual(JSON.parse(deskExamples.transferToTaskFlow))
    expect(dataOf(encodeTransferToHuman({ specifiedAgentList: ['agent_01@example.com'], specifiedGroupID: 2473 }))).toStrictEqual(JSON.parse(deskExamples.transferToHuman))
    expect(dataOf(encodeTransferToHuman({ specifiedGroupID: 'g', specifiedAgentList: [' '], extra: { reason: 'vip' } })))
      .toStrictEqual({ customerServicePlugin: 0, src: '39', content: { reason: 'vip', specifiedGroupID: 'g' } })
    expect(() => encodeTransferToTaskFlow({ taskFlowID: '' })).toThrow(/taskFlowID/)
  })

  it('src 43: a flag in the page\'s shape; bad input is refused', () => {
    const draft = encodeFeedback({ messageID: '<IM ID of the rated bot message>', score: 2, reasons: ['Wrong information'], feedbackContent: 'Price is outdated' })
    expect(draft.options).toStrictEqual({ onlineUserOnly: true })
    expect(dataOf(draft)).toStrictEqual(JSON.parse(deskExamples.feedback))
    expect(dataOf(encodeFeedback({ messageID: 'm', score: 1 }))).toStrictEqual({ customerServicePlugin: 0, src: '43', content: { messageID: 'm', score: 1, reasons: [], feedbackContent: '' } })
    expect(() => encodeFeedback({ messageID: ' ', score: 1 })).toThrow(/messageID/)
    expect(() => encodeFeedback({ messageID: 'm', score: 3 as 1 })).toThrow(/score/)
  })

  it('src 7 and 27 carry the language when given; 22 carries customField', () => {
    expect(encodeStart({ language: 'en' })).toStrictEqual({ body: { type: 'custom', data: deskExamples.startWithLanguage }, options: { onlineUserOnly: true } })
    expect(dataOf(encodeStart({ language: '' }))).toStrictEqual({ customerServicePlugin: 0, src: '7' })
    expect(dataOf(encodeEndSession({ language: 'zh' }))).toStrictEqual({ customerServicePlugin: 0, src: '27', triggeredContent: { language: 'zh' } })
    const { kind: _k, src: _s, ...card } = decodedDesk.productCustomField as Extract<DecodedPayload, { kind: 'product' }>
    expect(dataOf(encodeProduct(card))).toStrictEqual(JSON.parse(deskExamples.productCustomField))
  })
})

describe('message metadata', () => {
  it('reads JSON objects, keeps non-JSON as raw only, and never throws', () => {
    expect(readMessageMeta(deskMetaExamples.aiReply)).toStrictEqual({ raw: deskMetaExamples.aiReply, data: { role: 'robot', messageType: 'aiReply' } })
    expect(readMessageMeta('plain words')).toStrictEqual({ raw: 'plain words' })
    expect(readMessageMeta('{broken')).toStrictEqual({ raw: '{broken' })
    expect(readMessageMeta('[1]')).toStrictEqual({ raw: '[1]' })
    expect(readMessageMeta('')).toBeUndefined()
    expect(readMessageMeta(42)).toBeUndefined()
    expect(readMessageMeta({ role: 'robot' })).toStrictEqual({ raw: '{"role":"robot"}', data: { role: 'robot' } })
    const hostile = new Proxy({}, { ownKeys() { throw new Error('x') } })
    expect(() => readMessageMeta(hostile)).not.toThrow()
  })

  it('bounds what it keeps and leaves out the given keys', () => {
    expect(readMessageMeta('{"a":1}'.padEnd(50, ' '), { limits: { maxInputLength: 10 } })).toStrictEqual({ raw: '{"a":1}   ' })
    const deep = JSON.stringify({ a: { b: { c: { d: 1 } } } })
    expect(readMessageMeta(deep, { limits: { maxDepth: 3 } })?.data).toStrictEqual({ a: { b: {} } })
    expect(readMessageMeta('{"kefuClientId":"c1","x":1}', { omitKeys: ['kefuClientId'] })).toStrictEqual({ raw: '{"kefuClientId":"c1","x":1}', data: { x: 1 } })
  })

  it('aiLabelOf: role robot with fallback, aiReply or faq only', () => {
    for (const messageType of ['fallback', 'aiReply', 'faq']) {
      expect(aiLabelOf({ role: 'robot', messageType }), messageType).toBe(true)
    }
    expect(aiLabelOf(readMessageMeta(deskMetaExamples.aiReply))).toBe(true)
    expect(aiLabelOf(deskMetaExamples.aiReply)).toBe(true)
    expect(aiLabelOf({ role: 'robot', messageType: 'welcome' })).toBe(false)
    expect(aiLabelOf({ role: 'agent', messageType: 'aiReply' })).toBe(false)
    expect(aiLabelOf({ raw: 'not json' })).toBe(false)
    expect(aiLabelOf(undefined)).toBe(false)
  })

  it('branchOptionInfoOf reads a reply\'s task node', () => {
    expect(branchOptionInfoOf(deskMetaExamples.branchOptionInfo)).toStrictEqual(TASK_INFO)
    expect(branchOptionInfoOf({ BranchOptionInfo: 'x' })).toBeUndefined()
  })

  it('feedbackTargetOf: incoming AI answers of an answer kind, finished, not revoked', () => {
    const meta = readMessageMeta(deskMetaExamples.aiReply)
    const answer = { id: 'm1', from: 'service' as const, payload: { kind: 'richText' }, cloudCustomData: meta }
    expect(feedbackTargetOf(answer)).toStrictEqual({ messageID: 'm1' })
    expect(feedbackTargetOf({ ...answer, serverId: 's1' })).toStrictEqual({ messageID: 's1' })
    expect(feedbackTargetOf({ ...answer, from: 'customer' })).toBeUndefined()
    expect(feedbackTargetOf({ ...answer, revoked: true })).toBeUndefined()
    expect(feedbackTargetOf({ ...answer, cloudCustomData: undefined })).toBeUndefined()
    expect(feedbackTargetOf({ ...answer, payload: { kind: 'welcome' } })).toBeUndefined()
    expect(feedbackTargetOf({ ...answer, payload: { kind: 'concurrencyLimit' } })).toBeUndefined()
    expect(feedbackTargetOf({ ...answer, payload: { kind: 'stream', isFinished: false } })).toBeUndefined()
    expect(feedbackTargetOf({ ...answer, payload: { kind: 'stream', isFinished: true } })).toStrictEqual({ messageID: 'm1' })
    expect(feedbackTargetOf(null)).toBeUndefined()
  })
})
