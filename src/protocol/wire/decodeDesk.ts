// Decoders for the newer Desk types (src 32–43) and the fields they added to older ones: task-flow
// menus and forms, thinking, service notices, feedback. Dispatched from decode.ts.
import {
  SRC,
  type FeedbackMenuPayload,
  type FeedbackPayload,
  type TaskBranchPayload,
  type TaskFormPayload,
  type TaskFormVariable,
  type ThinkingPayload,
  type TimeoutWarningPayload,
  type TypingPayload,
  type InvalidPayload,
  type MenuItem,
} from '../types'
import { type DecodeLimits, copyValue, field, heading, invalid, isArray, isRecord, isTruthyFlag, numeric, readList, text, truncate, usable } from './read'

// ---------------------------------------------------------------------------------------------
// Desk additions (PROTOCOL-DESK.md)

export function withLanguage<T extends { language?: string }>(out: T, root: object, L: DecodeLimits): T {
  const language = usable(text(field(field(root, 'triggeredContent'), 'language'), L.maxStringLength))
  if (language !== undefined) out.language = language
  return out
}

export function decodeTyping(root: object): TypingPayload {
  const status = field(root, 'typingStatus')
  if (status === undefined || status === null) return { kind: 'typing', src: SRC.typing }
  // The web kit: 1 shows "typing", anything else clears it.
  return { kind: 'typing', src: SRC.typing, typingStatus: isTruthyFlag(status) ? 1 : 0 }
}

export function decodeTaskBranch(root: object, L: DecodeLimits): TaskBranchPayload | InvalidPayload {
  const c = field(root, 'content')
  if (!isRecord(c)) return invalid('src 32: content must be an object', SRC.taskBranch)
  const rawItems = field(c, 'items')
  const list = readList(rawItems, L.maxItems)
  if (!list && rawItems !== undefined && rawItems !== null) return invalid('src 32: content.items must be an array', SRC.taskBranch)
  const items: MenuItem[] = []
  for (const raw of list ?? []) {
    // Kept even without text: the view shows such an item as "content is abnormal" (web kit).
    const item: MenuItem = { content: text(isRecord(raw) ? field(raw, 'content') : raw, L.maxStringLength) ?? '' }
    const desc = isRecord(raw) ? text(field(raw, 'desc'), L.maxStringLength) : undefined
    if (desc !== undefined) item.desc = desc
    items.push(item)
  }
  const header = heading(c, L)
  if (items.length === 0 && !header.trim()) return invalid('src 32: content has neither a header nor items', SRC.taskBranch)
  const status = numeric(field(root, 'status'))
  const rawOptionType = field(root, 'optionType')
  const out: TaskBranchPayload = {
    kind: 'taskBranch',
    src: SRC.taskBranch,
    status: status !== undefined && Number.isSafeInteger(status) ? status : 0,
    optionType: rawOptionType === 1 || rawOptionType === '1' ? 1 : 0,
    header,
    items,
    tail: text(field(c, 'tail'), L.maxStringLength) ?? '',
  }
  const taskInfo = field(root, 'taskInfo')
  if (isRecord(taskInfo)) {
    const copy = copyValue(taskInfo, 1, { left: L.maxCopyValues }, L)
    if (isRecord(copy)) out.taskInfo = copy as Record<string, unknown>
  }
  const sel = field(c, 'selected')
  const selContent = usable(text(isRecord(sel) ? field(sel, 'content') : sel, L.maxStringLength))
  if (selContent !== undefined) {
    const selected: MenuItem = { content: selContent }
    const desc = isRecord(sel) ? text(field(sel, 'desc'), L.maxStringLength) : undefined
    if (desc !== undefined) selected.desc = desc
    out.selected = selected
  }
  return out
}

export function decodeTaskForm(root: object, L: DecodeLimits): TaskFormPayload | InvalidPayload {
  const c = field(root, 'content')
  if (!isRecord(c)) return invalid('src 33: content must be an object', SRC.taskForm)
  const list = readList(field(c, 'inputVariables'), L.maxItems)
  if (!list) return invalid('src 33: content.inputVariables must be an array', SRC.taskForm)
  const inputVariables: TaskFormVariable[] = []
  const names = new Set<string>()
  for (const raw of list) {
    if (!isRecord(raw)) continue
    // The name is the key the answer goes back under: without one (or a second one) it cannot be answered.
    const name = usable(text(field(raw, 'name'), L.maxStringLength))
    if (name === undefined || names.has(name)) continue
    names.add(name)
    const rawFormType = field(raw, 'formType')
    const choices: string[] = []
    for (const choiceRaw of readList(field(raw, 'chooseItemList'), L.maxItems) ?? []) {
      const choice = usable(text(isRecord(choiceRaw) ? field(choiceRaw, 'content') : choiceRaw, L.maxStringLength))
      if (choice !== undefined) choices.push(choice)
    }
    inputVariables.push({
      name,
      type: text(field(raw, 'type'), L.maxStringLength) ?? '',
      formType: rawFormType === 1 || rawFormType === '1' ? 1 : 0,
      placeholder: text(field(raw, 'placeholder'), L.maxStringLength) ?? '',
      isRequired: isTruthyFlag(field(raw, 'isRequired')),
      variableValue: text(field(raw, 'variableValue'), L.maxStringLength) ?? '',
      chooseItemList: choices,
    })
  }
  if (inputVariables.length === 0) return invalid('src 33: content.inputVariables has no field with a usable name', SRC.taskForm)
  const out: TaskFormPayload = { kind: 'taskForm', src: SRC.taskForm, tip: text(field(c, 'tip'), L.maxStringLength) ?? '', inputVariables }
  const nodeStatus = numeric(field(root, 'nodeStatus'))
  if (nodeStatus !== undefined && Number.isSafeInteger(nodeStatus)) out.nodeStatus = nodeStatus
  return out
}

export function decodeThinking(root: object): ThinkingPayload {
  const status = field(root, 'thinkingStatus')
  // The kits show the indicator only while the status is exactly 0; anything else hides it.
  return { kind: 'thinking', src: SRC.thinking, thinkingStatus: status === 0 || status === '0' ? 0 : 1 }
}

export function decodeTimeoutWarning(root: object, L: DecodeLimits): TimeoutWarningPayload {
  const c = field(root, 'content')
  // Seen as a plain string; an object with a string `content` is read too. Otherwise the view
  // falls back to its own localized line.
  const line = typeof c === 'string' ? c : isRecord(c) ? field(c, 'content') : undefined
  return { kind: 'timeoutWarning', src: SRC.timeoutWarning, content: typeof line === 'string' ? truncate(line, L.maxStringLength) : '' }
}

export function decodeFeedbackMenu(root: object, L: DecodeLimits): FeedbackMenuPayload {
  const c = field(root, 'content')
  const raw = [field(c, 'menu'), field(root, 'menu'), c].find((v) => isArray(v))
  return { kind: 'feedbackMenu', src: SRC.feedbackMenu, menu: stringList(raw, L) }
}

export function decodeFeedback(root: object, L: DecodeLimits): FeedbackPayload | InvalidPayload {
  const c = field(root, 'content')
  if (!isRecord(c)) return invalid('src 43: content must be an object', SRC.feedback)
  const messageID = usable(text(field(c, 'messageID'), L.maxStringLength))
  if (messageID === undefined) return invalid('src 43: content.messageID must be a non-empty string', SRC.feedback)
  const score = numeric(field(c, 'score'))
  if (score !== 0 && score !== 1 && score !== 2) return invalid('src 43: content.score must be 0, 1 or 2', SRC.feedback)
  return {
    kind: 'feedback',
    src: SRC.feedback,
    messageID,
    score,
    reasons: stringList(field(c, 'reasons'), L),
    feedbackContent: text(field(c, 'feedbackContent'), L.maxStringLength) ?? '',
  }
}

/** `content` as a bounded JSON copy when it is an object, else `{}` (for the inferred-shape 34/39). */
export function contentCopy(root: object, L: DecodeLimits): Record<string, unknown> {
  const c = field(root, 'content')
  if (!isRecord(c)) return {}
  const copy = copyValue(c, 1, { left: L.maxCopyValues }, L)
  return isRecord(copy) ? (copy as Record<string, unknown>) : {}
}

/** The usable strings (or numbers) of a list, bounded. */
export function stringList(v: unknown, L: DecodeLimits): string[] {
  const out: string[] = []
  for (const raw of readList(v, L.maxItems) ?? []) {
    const s = usable(text(isRecord(raw) ? field(raw, 'content') : raw, L.maxStringLength))
    if (s !== undefined) out.push(s)
  }
  return out
}
