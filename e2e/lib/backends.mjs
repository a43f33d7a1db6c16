// How a test plays the service side. The customer side is always the kit in the page; the
// agent, the queue and the faults are steered either through the playground's agent panel (its
// documented test ids, with a mouse: it is the agent's screen, not the customer's) or straight
// through the simulator on `window.__kefu.simulator` (host apps, and the keyboard-only run, where
// a click elsewhere would steal the customer's focus).
import assert from 'node:assert/strict'
import { until } from './chat.mjs'

/** The simulator's API, through page.evaluate. Results that are `{ ok: false }` fail the test. */
export function apiBackend(page, { queue = 'agents' } = {}) {
  const call = async (method, ...args) => {
    const r = await page.evaluate(
      ([m, a]) => {
        const sim = window.__kefu && window.__kefu.simulator
        if (!sim) throw new Error('window.__kefu.simulator is missing')
        const out = sim[m](...a)
        return out === undefined ? null : JSON.parse(JSON.stringify(out))
      },
      [method, args],
    )
    if (r && r.ok === false) throw new Error(`simulator.${method}(${args.map((a) => JSON.stringify(a)).join(', ')}) refused: ${r.error.code} ${r.error.message}`)
    return r
  }
  return {
    name: 'simulator API',
    /** positions the customer should see, in order, after asking for a human */
    queuePositions: queue === 'virtual' ? [2, 1] : [1],
    async prepareQueue() {
      // 'virtual': the host configured virtual customers (simulator option virtualLoad)
      if (queue === 'agents') {
        await call('setAgentStatus', 'agent-ann', 'busy')
        await call('setAgentStatus', 'agent-ben', 'busy')
      }
    },
    async advanceQueue() {
      if (queue === 'agents') await call('setAgentStatus', 'agent-ann', 'free')
    },
    async resetAgents() {
      if (queue === 'agents') await call('setAgentStatus', 'agent-ben', 'free')
    },
    agentTyping: () => call('agentTyping'),
    agentReply: (text) => call('agentReply', text),
    setOnline: (online) => call('setOnline', online),
    failNextSends: (n, code) => call('failNextSends', n, code),
    sendPayload: (payload) => call('agentSendPayload', payload),
    phase: () => page.evaluate(() => window.__kefu.simulator.session.phase),
    /** resolves once the simulator has sent everything it scheduled (it delivers synchronously) */
    idle: () => page.evaluate(() => window.__kefu.simulator.idle()),
  }
}

/** The playground's agent panel, by its test ids (playground/TESTIDS.md). */
export function panelBackend(page) {
  const api = apiBackend(page)
  const byId = (id) => page.getByTestId(id)
  const feedback = async (expected) => {
    await until(async () => {
      const text = (await byId('agent-feedback').textContent()) || ''
      return expected.test(text) ? text : undefined
    }, { what: `the agent panel's feedback to match ${expected}`, detail: async () => `feedback: ${await byId('agent-feedback').textContent()}` })
  }
  const status = async (id, value) => {
    await byId(`agent-status-${id}`).selectOption(value)
    await feedback(/done\./)
    assert.equal(await byId(`agent-status-${id}`).inputValue(), value, `agent panel: ${id}'s status select`)
  }
  return {
    ...api,
    name: 'agent panel',
    queuePositions: [1],
    async prepareQueue() {
      await status('agent-ann', 'busy')
      await status('agent-ben', 'busy')
    },
    async advanceQueue() {
      await status('agent-ann', 'free')
    },
    async resetAgents() {
      await status('agent-ben', 'free')
    },
    async agentTyping() {
      await byId('agent-typing').click()
      await feedback(/^Typing: done\./)
    },
    async agentReply(text) {
      await byId('agent-reply-input').fill(text)
      await byId('agent-reply-send').click()
      await feedback(/^Reply: done\./)
      assert.equal(await byId('agent-reply-input').inputValue(), '', 'agent panel: the reply box empties after sending')
    },
    async setOnline(online) {
      await byId(online ? 'fault-online' : 'fault-offline').click()
      await feedback(online ? /connection is back/ : /connection is down/)
    },
    async failNextSends(n, code) {
      await byId('fault-fail-count').fill(String(n))
      await byId('fault-fail-code').selectOption(code)
      await byId('fault-fail-next').click()
      await feedback(new RegExp(`next ${n} send\\(s\\) will fail`))
    },
    async phase() {
      return (await byId('agent-session-phase').getAttribute('data-phase')) || ''
    },
  }
}
