export { KefuProvider, kefuProviderProps, type KefuEngineOptions } from './KefuProvider'
