// Where the customer types. Enter sends, Shift+Enter breaks the line, and an Enter that commits
// an IME candidate (Chinese, Japanese input) never sends. The composer never blocks: offline,
// messages queue in the engine's outbox; a refused send keeps the text. Nothing typed is lost.
import { computed, defineComponent, nextTick, onBeforeUnmount, onMounted, ref, watch, type PropType } from 'vue-demi'
import type { ChatMessage } from '../../protocol/engine/types'
import { hc, useElementRef } from '../../vue/compat'
import { useKefu } from '../../vue/context'
import { useSelect } from '../../vue/select'
import { useActionFeedback } from '../../vue/useActionFeedback'
import { smileIcon } from '../../messages/_shared/icons'
import { KefuEmojiPicker } from '../KefuEmojiPicker/KefuEmojiPicker'
import { insertAtCaret } from '../KefuEmojiPicker/caret'
import { useAttachments, type AttachmentOptions } from './attachments'
import './KefuComposer.css'

let uid = 0

/** Whether a keydown belongs to an IME composition (its Enter picks a candidate; it must not send). */
export function isImeKeydown(e: KeyboardEvent, composing: boolean): boolean {
  // keyCode 229 is what Safari (and older Chrome) report for keys the IME consumes; Safari also
  // fires compositionend *before* the committing keydown, which `composing` alone would miss.
  return composing || e.isComposing || e.keyCode === 229
}

/** The message input with its send button. */
export const KefuComposer = defineComponent({
  name: 'KefuComposer',
  // Vue 2 reads `model` so a host's plain `v-model` maps to modelValue / update:modelValue;
  // Vue 3 ignores it. (Without it a Vue 2 host's v-model never updates.)
  ...({ model: { prop: 'modelValue', event: 'update:modelValue' } } as {}),
  props: {
    /**
     * The draft, for a host that owns it with `v-model`. Leave undefined and the composer keeps
     * the draft itself (in the provider, so it survives the composer being re-mounted).
     * @default undefined
     */
    modelValue: { type: String as PropType<string | undefined>, default: undefined },
    /**
     * The textarea grows with its content up to this height (px), then scrolls.
     * @default 144
     */
    maxHeight: { type: Number, default: 144 },
    /**
     * Placeholder text.
     * @default the translated 'composer.placeholder'
     */
    placeholder: { type: String, default: undefined },
    /**
     * Show the character count once the draft reaches this share of the limit.
     * @default 0.8
     */
    countThreshold: { type: Number, default: 0.8 },
    /**
     * Show the emoji button (its picker's data loads when it first opens).
     * @default true
     */
    emoji: { type: Boolean, default: true },
    /**
     * Attaching files: `{ accept, maxBytes, maxCount }`, or `false` for none. Shown only when the
     * transport can send media (`transport.capabilities`).
     * @default undefined (whatever the transport can send, at most 9 files at once)
     */
    attachments: { type: [Object, Boolean] as PropType<AttachmentOptions | false | undefined>, default: undefined },
  },
  emits: {
    /** the draft changed (v-model) */
    'update:modelValue': (_value: string) => true,
    /** a message was accepted by the engine (it may still be queued while offline) */
    sent: (_message: ChatMessage) => true,
  },
  setup(props, { emit }) {
    const ctx = useKefu()
    // re-rendered when the connection changes, not on every message or stream chunk
    const connection = useSelect(ctx.state, (state) => state.connection)
    const { t } = ctx
    const id = `kefu-composer-${++uid}`
    const textarea = useElementRef<HTMLTextAreaElement>('textarea')
    const root = useElementRef<HTMLElement>('root')
    const att = useAttachments({
      engine: () => ctx.engine,
      options: () => props.attachments,
      t,
      locale: () => ctx.renderContext.locale,
      // files dropped anywhere on the chat, not just on the text box
      dropTarget: () => (root.value ? ((root.value.closest('.kefu-chat') as HTMLElement | null) ?? root.value) : null),
      onAdded: () => textarea.value?.focus(),
    })
    let composing = false
    // Some Safari versions report the committing Enter with keyCode 13 right after compositionend;
    // treat an Enter in the same task as compositionend as part of the composition.
    let justComposed = false
    let justComposedTimer: ReturnType<typeof setTimeout> | undefined

    const draft = computed(() => (props.modelValue !== undefined && props.modelValue !== null ? props.modelValue : ctx.draft.value))
    // UTF-16 units, as the engine counts them for maxTextLength (so the count and the refusal agree)
    const length = computed(() => draft.value.length)
    const max = ctx.maxTextLength
    // A refusal stays until the customer edits the draft (they are looking at it).
    const feedback = useActionFeedback({ t, clearAfter: 0, maxTextLength: max })
    const error = feedback.error

    function setDraft(value: string) {
      // Kept internally too, so a host that passes modelValue one-way (no update) and later drops
      // it does not lose the text.
      ctx.draft.value = value
      emit('update:modelValue', value)
      if (error.value) feedback.clear()
    }

    function resize() {
      const el = textarea.value
      if (!el) return
      el.style.height = 'auto'
      const full = el.scrollHeight
      // no layout (hidden, jsdom): leave the CSS height alone
      if (!(full > 0)) return
      el.style.height = `${Math.min(full, props.maxHeight)}px`
      el.style.overflowY = full > props.maxHeight ? 'auto' : 'hidden'
    }
    watch(draft, () => nextTick(resize))
    onMounted(resize)

    function send(): boolean {
      const text = draft.value
      const files = att.pending.value.length > 0
      if (!text.trim() && !files) return false
      if (text.trim()) {
        // a host's own engine that throws must not eat the draft (nor show its developer text)
        const result = feedback.run(() => ctx.engine.sendText(text))
        // a refused text keeps the files waiting too: the customer fixes the text, then sends all
        if (!result.ok) return false
        setDraft('')
        emit('sent', result.value)
      }
      // then the files, in the preview row's order; a refused one stays there with its reason
      if (files) att.sendAll((m) => emit('sent', m))
      return true
    }

    function onKeydown(e: KeyboardEvent) {
      if (e.key !== 'Enter') return
      if (isImeKeydown(e, composing) || justComposed) return
      if (e.shiftKey || e.altKey) return // a line break (the browser inserts it)
      e.preventDefault()
      send()
    }

    function onInput(e: Event) {
      setDraft((e.target as HTMLTextAreaElement).value)
    }

    function onSendClick() {
      send()
      // Back to the text box, so the phone keyboard stays open and typing can go on.
      textarea.value?.focus()
    }

    onBeforeUnmount(() => clearTimeout(justComposedTimer))

    // The emoji picker: the chosen emoji goes in at the caret (replacing a selection), then the
    // caret stands after it in the text box; Escape gives focus back to the emoji button.
    const emojiOpen = ref(false)
    const emojiButton = useElementRef<HTMLButtonElement>('emojiButton')
    function closeEmoji(returnFocus: boolean): void {
      emojiOpen.value = false
      if (returnFocus) nextTick(() => emojiButton.value?.focus())
    }
    function insertEmoji(emoji: string): void {
      const el = textarea.value
      const next = insertAtCaret(draft.value, emoji, el?.selectionStart, el?.selectionEnd)
      setDraft(next.value)
      emojiOpen.value = false
      nextTick(() => {
        const box = textarea.value
        if (!box) return
        box.focus()
        try { box.setSelectionRange(next.caret, next.caret) } catch { /* not a text field any more */ }
      })
    }

    return () => {
      const conn = connection.value
      const hint = conn === 'offline' ? t('composer.offline') : conn === 'kicked' ? t('composer.kicked') : ''
      const len = length.value
      const showCount = len >= Math.floor(max * props.countThreshold)
      const over = len > max
      const attachError = att.error.value
      const describedBy = [`${id}-hint`, hint ? `${id}-status` : '', error.value ? `${id}-error` : '', attachError ? `${id}-attach-error` : '', showCount ? `${id}-count` : ''].filter(Boolean).join(' ')
      const empty = !draft.value.trim() && att.pending.value.length === 0

      return hc('div', { ref: root.bind, class: ['kefu-composer', over ? 'kefu-composer--over' : null] }, [
        props.emoji && emojiOpen.value
          ? hc(KefuEmojiPicker, { props: { onPick: insertEmoji, onClose: closeEmoji, ignoreOutside: () => emojiButton.value } })
          : null,
        hint ? hc('p', { class: 'kefu-composer__status', attrs: { id: `${id}-status`, role: 'status' } }, hint) : null,
        att.drawPreview(),
        att.drawDropZone(),
        hc('div', { class: 'kefu-composer__row' }, [
          props.emoji
            ? hc('button', {
              ref: emojiButton.bind,
              class: 'kefu-composer__emoji',
              attrs: { type: 'button', 'aria-label': t('emoji.button'), title: t('emoji.button'), 'aria-expanded': emojiOpen.value ? 'true' : 'false', 'aria-haspopup': 'dialog' },
              on: { click: () => { if (emojiOpen.value) closeEmoji(false); else emojiOpen.value = true } },
            }, [smileIcon()])
            : null,
          att.drawButton(),
          hc('label', { class: 'kefu-sr-only', attrs: { for: id } }, t('composer.label')),
          hc('textarea', {
            ref: textarea.bind,
            class: 'kefu-composer__input',
            attrs: {
              id,
              rows: 1,
              placeholder: props.placeholder ?? t('composer.placeholder'),
              'aria-describedby': describedBy,
              'aria-invalid': over || error.value ? 'true' : 'false',
              enterkeyhint: 'send',
            },
            domProps: { value: draft.value },
            on: {
              input: onInput,
              keydown: onKeydown,
              paste: att.onPaste,
              compositionstart: () => { composing = true },
              compositionend: (e: CompositionEvent) => {
                composing = false
                justComposed = true
                clearTimeout(justComposedTimer)
                justComposedTimer = setTimeout(() => { justComposed = false }, 0)
                // Some IMEs (Android keyboards) deliver the committed text only here.
                const value = (e.target as HTMLTextAreaElement).value
                if (value !== draft.value) setDraft(value)
              },
            },
          }),
          hc('button', {
            class: 'kefu-composer__send',
            attrs: { type: 'button', disabled: empty },
            on: { click: onSendClick },
          }, t('composer.send')),
        ]),
        hc('div', { class: 'kefu-composer__footer' }, [
          hc('span', { class: 'kefu-sr-only', attrs: { id: `${id}-hint` } }, t('composer.hint')),
          error.value ? hc('p', { class: 'kefu-composer__error', attrs: { id: `${id}-error`, role: 'alert' } }, error.value) : null,
          attachError ? hc('p', { class: 'kefu-composer__error', attrs: { id: `${id}-attach-error`, role: 'alert' } }, attachError) : null,
          showCount
            ? hc('span', { class: ['kefu-composer__count', over ? 'kefu-composer__count--over' : null], attrs: { id: `${id}-count` } }, [
              hc('span', { attrs: { 'aria-hidden': 'true' } }, `${len}/${max}`),
              hc('span', { class: 'kefu-sr-only' }, t('composer.countLabel', { count: len, max })),
            ])
            : null,
        ]),
      ])
    }
  },
})
