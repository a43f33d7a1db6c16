// The backend's configurable texts use two placeholder syntaxes (see the product docs):
// `${QueuePosition}` / `${WaitNo}` in the queueing text and `$(StaffName)` in the transfer text.
// The simulator fills them; the engine matches incoming texts against the same templates to
// recognise queue updates and transfer results, which the real backend sends as plain text.

export type TemplateVars = Record<string, string | number>

const PLACEHOLDER = /\$\{(\w+)\}|\$\((\w+)\)/g

/** Replaces `${Name}` and `$(Name)` with `vars.Name`; unknown placeholders are left as they are. */
export function fillTemplate(template: string, vars: TemplateVars): string {
  return template.replace(PLACEHOLDER, (m, a: string | undefined, b: string | undefined) => {
    const name = (a ?? b) as string
    return name in vars ? String(vars[name]) : m
  })
}

const cache = new Map<string, { re: RegExp; names: string[] }>()

function compile(template: string): { re: RegExp; names: string[] } {
  let hit = cache.get(template)
  if (hit) return hit
  const names: string[] = []
  let source = ''
  let last = 0
  for (const m of template.matchAll(PLACEHOLDER)) {
    source += escapeRegExp(template.slice(last, m.index))
    const name = (m[1] ?? m[2]) as string
    names.push(name)
    // numbers for the queue counters; anything (lazily) for names
    source += name === 'QueuePosition' || name === 'WaitNo' ? '(\\d+)' : '(.+?)'
    last = (m.index as number) + m[0].length
  }
  source += escapeRegExp(template.slice(last))
  hit = { re: new RegExp(`^\\s*${source}\\s*$`, 's'), names }
  cache.set(template, hit)
  return hit
}

/** Matches `text` against a template; returns the placeholder values, or null. */
export function matchTemplate(template: string, text: string): Record<string, string> | null {
  if (!template) return null
  const { re, names } = compile(template)
  const m = re.exec(text)
  if (!m) return null
  const out: Record<string, string> = {}
  names.forEach((n, i) => { out[n] = m[i + 1] as string })
  return out
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The simulator's default texts, which are also what the engine recognises by default.
 * A team whose backend is configured with other texts passes its own to `createConversation`.
 */
export const DEFAULT_TEMPLATES = {
  queue: [
    '当前排队人数较多，您排在第${QueuePosition}位，前面还有${WaitNo}人，请耐心等待。',
    'You are number ${QueuePosition} in the queue, with ${WaitNo} ahead of you. Please wait.',
  ],
  transferSucceeded: [
    '转人工成功，$(StaffName)为您服务。',
    'You are now connected to $(StaffName).',
  ],
  transferFailed: [
    '抱歉，暂时没有可以接待的客服，请稍后再试。',
    'Sorry, no agent is available right now. Please try again later.',
  ],
  offHours: [
    '现在是非工作时间，人工客服的工作时间为周一至周五 9:00-18:00，请在工作时间联系我们。',
    'Our agents are available Monday to Friday, 9:00-18:00. Please contact us during working hours.',
  ],
}
