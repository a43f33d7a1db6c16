export { KefuLiveRegion } from './KefuLiveRegion'
