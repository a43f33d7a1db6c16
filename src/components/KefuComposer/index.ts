export { KefuComposer, isImeKeydown } from './KefuComposer'
