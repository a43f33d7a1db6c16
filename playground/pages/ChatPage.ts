// The live conversation: KefuChat on the simulator (or a real Tencent Cloud Chat app), the agent
// panel beside it, and the transport log below. `#/chat?mode=manual` starts with a human playing
// the agent; the simulator speaks the toolbar's language (zh-CN, or English).
import { defineComponent, h, nextTick, onBeforeUnmount, onMounted, ref, shallowRef, watch } from 'vue'
import { KefuChat } from 'kefu-kit'
import { isSimulatorLocaleLoaded, loadSimulatorLocale, simulatorLocaleOptions, type BuiltInKnowledge, type SimulatorLocale } from 'kefu-kit/simulator'
import { AgentPanel } from './AgentPanel'
import { TransportLog } from '../parts/TransportLog'
import { createSimulatorSession, currentSession, useSession, type SimulatorMode, type TransportKind } from '../lib/session'
import { connectTencent, TencentConnectError, type TencentLogin } from '../lib/tencent'
import { route, setQueryParam, settings } from '../state'

// the simulator speaks Chinese for the Chinese locales, English for the others (its demo texts follow the kit's language)
const simLocale = (): SimulatorLocale => (settings.locale.startsWith('zh') ? 'zh-CN' : 'en')
/** a non-negative whole number from the address, or undefined */
const numberFromUrl = (key: string): number | undefined => {
  const n = Number(route.query[key])
  return route.query[key] !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined
}
/**
 * Also the Desk knobs: `noReply=<s>` ends a silent session (src 20) after that many seconds,
 * `noReplyWarn=<ms>` warns (src 37) that long before, `concurrency=<n>` limits model answers (src 36).
 */
const tuningFromUrl = () => {
  const concurrency = numberFromUrl('concurrency')
  return {
    latency: numberFromUrl('latency'),
    history: numberFromUrl('history'),
    // bytes per second of the simulated uploads (`uploadRate=20000` makes progress easy to watch)
    uploadRate: numberFromUrl('uploadRate') || undefined,
    noReplyTimeout: numberFromUrl('noReply'),
    noReplyWarningMs: numberFromUrl('noReplyWarn'),
    modelConcurrency: concurrency === undefined ? undefined : { limit: concurrency },
  }
}
/** The bot's library: `kb=kit` (questions about the kit), else the online shop (the default). */
const kbFromUrl = (): BuiltInKnowledge => (route.query.kb === 'kit' ? 'kit' : 'shop')
const KB_LABELS: Record<BuiltInKnowledge, string> = { shop: 'Online shop', kit: 'Kefu Kit itself' }
/** the library of the simulator running now */
const startedKb = ref<BuiltInKnowledge | null>(null)
/** the kit locale the running simulator's texts and shop library were made for */
const startedKitLocale = ref<string | null>(null)
const modeFromUrl = (): SimulatorMode | undefined =>
  route.query.mode === 'manual' ? 'manual' : route.query.mode === 'auto' ? 'auto' : undefined

/** Page-level choices that outlive a visit to another page. */
const transportKind = ref<TransportKind>('simulator')
const login = ref<TencentLogin>({ SDKAppID: '', userID: '', userSig: '', serviceUserID: '@customer_service_account' })

export const ChatPage = defineComponent({
  name: 'PgChatPage',
  setup() {
    const notice = ref('')
    const connecting = ref(false)
    const connectError = shallowRef<{ step: string; message: string; code?: string | number } | null>(null)

    const startSimulator = (mode: SimulatorMode, why?: string) => {
      // the kit locale's simulator texts are their own chunk: load them first (once)
      const kitLocale = settings.locale
      if (!isSimulatorLocaleLoaded(kitLocale)) {
        void loadSimulatorLocale(kitLocale).then(() => { if (settings.locale === kitLocale) startSimulator(mode, why) })
        return
      }
      const kb = kbFromUrl()
      // the welcome, fallback, rating and agents' texts, the shop's name and its library in the kit's
      // language (fixed for this conversation), on the simulator's zh-CN or en
      const localized = simulatorLocaleOptions(kitLocale, kb)
      // the conversation is kept in localStorage: a reload continues it, a restart begins anew
      const persist = { key: `${mode}.${simLocale()}.${kb}`, fresh: why !== undefined }
      useSession(createSimulatorSession(mode, simLocale(), { ...tuningFromUrl(), ...localized }, persist))
      startedKb.value = kb
      startedKitLocale.value = settings.locale
      if (why) notice.value = why
    }

    onMounted(() => {
      const s = currentSession.value
      const wanted = modeFromUrl()
      if (transportKind.value === 'simulator') {
        if (!s || s.kind !== 'simulator' || s.options.locale !== simLocale() || (wanted && wanted !== s.options.mode) || startedKb.value !== kbFromUrl() || startedKitLocale.value !== settings.locale) {
          startSimulator(wanted ?? s?.options.mode ?? 'auto')
        }
      }
    })

    // the simulator's language follows the toolbar; it is fixed per simulator, so restart
    watch(simLocale, (locale) => {
      const s = currentSession.value
      if (s && s.kind === 'simulator' && s.options.locale !== locale) {
        startSimulator(s.options.mode, `The simulator now speaks ${locale === 'en' ? 'English' : 'Chinese'}: the conversation restarted.`)
      }
    })
    // Within one simulator language (en for ja, de, ar…) a switch of the kit's locale keeps the
    // conversation and the draft (the kit re-renders in place); the bot's localized welcome card and
    // library follow on the next reset or visit of this page.
    watch(modeFromUrl, (mode) => {
      const s = currentSession.value
      if (mode && s && s.kind === 'simulator' && s.options.mode !== mode) startSimulator(mode, `Agents: ${mode}. The conversation restarted.`)
    })

    watch(kbFromUrl, (kb) => {
      const s = currentSession.value
      if (s && s.kind === 'simulator' && startedKb.value !== kb) startSimulator(s.options.mode, `Bot knowledge: ${KB_LABELS[kb]}. The conversation restarted.`)
    })

    const setMode = (mode: SimulatorMode) => {
      setQueryParam('mode', mode === 'manual' ? 'manual' : undefined)
      startSimulator(mode, mode === 'manual' ? 'You play the agent now: the conversation restarted.' : 'Scripted agents: the conversation restarted.')
    }

    const reset = () => {
      const s = currentSession.value
      if (transportKind.value === 'simulator') {
        startSimulator(s && s.kind === 'simulator' ? s.options.mode : 'auto', 'The conversation restarted.')
      } else {
        if (s) s.dispose()
        currentSession.value = null
        notice.value = 'Disconnected from Tencent Cloud Chat.'
      }
    }

    const switchTransport = (kind: TransportKind) => {
      if (kind === transportKind.value) return
      transportKind.value = kind
      connectError.value = null
      if (kind === 'simulator') startSimulator(modeFromUrl() ?? 'auto', 'Back on the simulator.')
      else {
        currentSession.value?.dispose()
        currentSession.value = null
        notice.value = 'Enter your Tencent Cloud Chat app’s details to connect.'
      }
    }

    const connect = async (e: Event) => {
      e.preventDefault()
      if (connecting.value) return
      connecting.value = true
      connectError.value = null
      notice.value = 'Logging in to Tencent Cloud Chat…'
      try {
        const session = await connectTencent({ ...login.value })
        if (transportKind.value !== 'tencent') {
          session.dispose()
          return
        }
        useSession(session)
        notice.value = 'Connected to Tencent Cloud Chat.'
      } catch (err) {
        const ce = err instanceof TencentConnectError ? err : new TencentConnectError(String(err), 'login')
        connectError.value = { step: ce.step, message: ce.message, code: ce.code }
        notice.value = ''
      } finally {
        connecting.value = false
      }
    }

    const field = (key: keyof TencentLogin, label: string, hint: string, type = 'text') =>
      h('div', { class: 'pg-field' }, [
        h('label', { for: `pg-tc-${key}` }, label),
        h('input', {
          id: `pg-tc-${key}`,
          class: 'pg-input',
          type,
          autocomplete: 'off',
          spellcheck: false,
          inputmode: key === 'SDKAppID' ? 'numeric' : undefined,
          'data-testid': `tencent-${key}`,
          'aria-describedby': `pg-tc-${key}-hint`,
          value: login.value[key],
          onInput: (ev: Event) => (login.value = { ...login.value, [key]: (ev.target as HTMLInputElement).value }),
        }),
        h('p', { id: `pg-tc-${key}-hint`, class: 'pg-hint' }, hint),
      ])

    const tencentForm = () =>
      h('form', { class: 'pg-panel pg-tencent', 'aria-labelledby': 'pg-tc-title', onSubmit: connect, novalidate: true }, [
        h('h2', { id: 'pg-tc-title', class: 'pg-panel__title' }, 'Connect to Tencent Cloud Chat'),
        h('p', { class: 'pg-hint' }, [
          'The page loads ',
          h('code', null, '@tencentcloud/chat'),
          ', calls ',
          h('code', null, 'TencentCloudChat.create({ SDKAppID })'),
          ' and ',
          h('code', null, 'chat.login({ userID, userSig })'),
          ', then talks to the service account through ',
          h('code', null, 'createTencentChatTransport'),
          '. Nothing is stored.',
        ]),
        field('SDKAppID', 'SDKAppID', 'The app’s numeric ID from the Chat console.'),
        field('userID', 'userID', 'The customer’s user ID.'),
        field('userSig', 'userSig', 'A signature for that user ID, generated by your server.', 'password'),
        field('serviceUserID', 'Service account', 'The customer-service account (default @customer_service_account).'),
        h('div', { class: 'pg-buttons' }, [
          h('button', { type: 'submit', class: 'pg-button pg-button--primary', 'data-testid': 'tencent-connect', disabled: connecting.value }, connecting.value ? 'Connecting…' : 'Connect'),
        ]),
        connectError.value
          ? h('div', { class: 'pg-callout pg-callout--error', role: 'alert', 'data-testid': 'tencent-error' }, [
              h('p', null, [h('strong', null, connectError.value.step === 'input' ? 'Check the form. ' : `Could not connect (${connectError.value.step}). `), connectError.value.message]),
              connectError.value.code !== undefined ? h('p', { class: 'pg-hint' }, `Error code: ${connectError.value.code}`) : null,
            ])
          : null,
      ])

    // On a phone the chat must fit the first screen (composer included) below the page's own bar:
    // its height is the window's minus where the chat starts, measured after each layout change.
    const frame = ref<HTMLElement | null>(null)
    const phone = ref(false)
    const chatTop = ref(0)
    const measure = () => {
      phone.value = settings.width === '375' || window.matchMedia('(max-width: 760px)').matches
      if (frame.value) chatTop.value = Math.ceil(frame.value.getBoundingClientRect().top + window.scrollY)
    }
    // anything above the chat can change height later (a wrapped nav, a loaded font, a notice):
    // re-measure whenever the page's size changes (the chat's top does not depend on its height)
    let observer: ResizeObserver | undefined
    onMounted(() => {
      window.addEventListener('resize', measure)
      if (typeof ResizeObserver === 'function') {
        observer = new ResizeObserver(() => measure())
        observer.observe(document.body)
      }
      void nextTick(measure)
    })
    onBeforeUnmount(() => {
      window.removeEventListener('resize', measure)
      observer?.disconnect()
    })
    watch(() => [settings.width, notice.value, currentSession.value?.id, connectError.value], () => void nextTick(measure))

    return () => {
      const s = currentSession.value
      const narrow = settings.width === '375'
      // 2 px: the frame's border; 8 px: a margin under the chat
      const phoneHeight = `max(300px, calc(100dvh - ${chatTop.value + 10}px))`
      return h('div', { class: 'pg-chat' }, [
        h('div', { class: 'pg-chat__bar' }, [
          h('h1', { class: 'pg-page-title' }, 'Live chat'),
          h('fieldset', { class: 'pg-fieldset pg-segmented pg-chat__transport' }, [
            h('legend', null, 'Transport'),
            ...([
              ['simulator', 'Simulator'],
              ['tencent', 'Tencent Cloud Chat'],
            ] as const).map(([k, label]) =>
              h('label', { class: 'pg-radio', key: k }, [
                h('input', {
                  type: 'radio',
                  name: 'pg-transport',
                  value: k,
                  checked: transportKind.value === k,
                  'data-testid': `transport-${k}`,
                  onChange: () => switchTransport(k),
                }),
                ` ${label}`,
              ]),
            ),
          ]),
          transportKind.value === 'simulator'
            ? h('div', { class: 'pg-field pg-chat__kb' }, [
                h('label', { for: 'pg-kb' }, 'Bot knowledge'),
                h(
                  'select',
                  {
                    id: 'pg-kb',
                    'data-testid': 'kb-select',
                    value: kbFromUrl(),
                    // the address holds the choice (kb=kit); the shop is the default and needs none
                    onChange: (e: Event) => {
                      const kb = (e.target as HTMLSelectElement).value as BuiltInKnowledge
                      setQueryParam('kb', kb === 'shop' ? undefined : kb)
                    },
                  },
                  (['shop', 'kit'] as const).map((k) => h('option', { value: k, selected: k === kbFromUrl() }, KB_LABELS[k])),
                ),
              ])
            : null,
          h('button', { type: 'button', class: 'pg-button', 'data-testid': 'reset-conversation', onClick: reset }, 'Reset conversation'),
          h('p', { class: 'pg-status pg-muted', role: 'status', 'data-testid': 'chat-notice' }, notice.value),
        ]),
        h('div', { class: 'pg-chat__grid' }, [
          h('div', { class: 'pg-chat__main' }, [
            s
              ? h('div', { class: 'pg-chat__frame', ref: frame }, [
                  h('h2', { class: 'pg-sr-only' }, 'Customer view'),
                  h(KefuChat, {
                    key: s.id,
                    engine: s.engine,
                    theme: settings.theme,
                    locale: settings.locale,
                    height: phone.value && chatTop.value ? phoneHeight : narrow ? 560 : 640,
                  }),
                ])
              : transportKind.value === 'tencent'
                ? tencentForm()
                : h('p', { class: 'pg-muted' }, 'Starting…'),
          ]),
          s && s.simulator
            ? h(AgentPanel, { simulator: s.simulator, mode: s.options.mode, onModeChange: setMode, key: `agent-${s.id}` })
            : s
              ? h('section', { class: 'pg-panel', 'aria-labelledby': 'pg-tc-info' }, [
                  h('h2', { id: 'pg-tc-info', class: 'pg-panel__title' }, 'Tencent Cloud Chat'),
                  h('p', null, s.label),
                  h('p', { class: 'pg-hint' }, 'Agents answer from the customer-service desk of your app. Use “Reset conversation” to disconnect.'),
                ])
              : null,
        ]),
        s ? h(TransportLog, { log: s.log, key: `log-${s.id}` }) : null,
      ])
    }
  },
})
